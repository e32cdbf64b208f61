package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The frames round 5 of issue 10 taught the rules (docs/safeguarding.md, "Round 5"), each at its
 * boundary: a denial, a resolved past, a story, reported words, a job at the window and a reason
 * for closed curtains set the crisis words aside; the same words without the frame, or with a
 * crisis said beside it, still raise. A worker's note is about the person at risk; danger now,
 * starving on purpose and self-harm done again are their own kinds. Read by the rules alone, so
 * the wording model cannot hide a rule that stopped working.
 *
 * <p>Round 10 (docs/safeguarding.md, "Round 10"): a set-aside gives way to a clause that says something
 * now (hoping not to wake, tablets that would do it, notes written); self-neglect, a child at risk, sexual
 * "favours", danger about to happen, cuckooing and a client's own intent said plainly; someone else's
 * jump, pills and wish to join the dead are theirs; being carried out feet first, a threat to disown, a
 * chore to die before, a past attempt now well, a denial named with its question, treats and a bungee
 * jump are not a crisis.
 *
 * <p>Round 10b (docs/safeguarding.md, "Round 10b"): a household poison drunk, pins or needles stuck in, a
 * fire still burning, a weapon with "do me in", affairs sorted and gone by a date, "would it be instant"
 * with a gun, a medicine stopped and kept quiet, water only to a low weight, small children left and found
 * at night, a carer slapping or dragging, money "managed" with nothing left; an eating disorder or a
 * robbery long over is not a crisis.
 *
 * <p>Round 11 (docs/safeguarding.md, "Round 11"): who a message is about decides its kind: a young person made to
 * marry is a child at risk; someone else's posts, tablets taken or rope are a worry about them; sexual touching
 * is sexual violence whoever did it; purging and weight goals are an eating disorder; one's own clothes unchanged
 * and teeth too sore to eat are self-neglect; a carer who will not help me wash or hides my tablets is abuse;
 * a hair pulled is someone hurt. Fasting before a scan, marks put down to a pet after a denial and a child
 * pulling a grandparent's hair are not a crisis.
 */
class FramesAroundCrisisWordsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm not being abused, my husband's a gentle soul.                                  | none
            I'm being abused by my husband.                                                    | ABUSE
            Nobody hits me but my son takes my pension.                                        | ABUSE
            No, I don't cut myself, that scratch is from the cat.                              | none
            I haven't cut myself in a week but the urge is back.                               | SELF_HARM
            I watched a film where a man hangs himself.                                        | none
            I watched a film where a man hangs himself and I want to kill myself too.          | EXPLICIT
            My friend says she can't go on.                                                    | THIRD_PERSON
            I can't go on.                                                                     | PASSIVE
            We had a gas leak a couple of months back, the engineer fixed it and fitted an alarm. | none
            We had a gas leak a couple of months back and I can smell gas again right now.     | DANGER
            The man who attacked me last month is parked outside.                              | DANGER
            There's a man outside my window cleaning it.                                       | none
            There's a man outside my window.                                                   | DANGER
            I haven't eaten for three days on purpose.                                         | EATING_DISORDER
            I stopped cutting years ago but I did it again last night.                         | SELF_HARM
            I stopped cutting years ago.                                                       | none
            My neighbour keeps her curtains shut because the sun fades the carpet.             | none
            My neighbour's curtains have been shut for days.                                   | THIRD_PERSON
            Client gave away the dog this week and said she won't be a bother much longer.     | EXPLICIT
            Gentleman reports he has been stockpiling his tablets for when he's ready.         | EXPLICIT
            I'm ok. No, I'm not really. I get into bed praying I don't wake up.                | PASSIVE
            I hope I don't wake up too early, the bin men come at six.                         | none
            How many of these painkillers would it take to never wake up?                      | METHOD
            Which cheeses would do it for a party? I've got a fridge full.                     | none
            I've finished my goodbye letters now.                                              | EXPLICIT
            I've written notes for my son about the bank and the bills.                        | none
            I've written my goodbye letters, they're for when I've gone through with it.       | EXPLICIT
            I'm not dieting, I just don't deserve my tea.                                      | EATING_DISORDER
            I barely eat these days and the fridge is bare.                                    | SELF_NEGLECT
            I've sent the district nurse away, my dressings can wait.                          | SELF_NEGLECT
            I sleep in the armchair and I haven't changed my pad in two days.                  | SELF_NEGLECT
            I've stopped opening my post and the power's off.                                  | SELF_NEGLECT
            The power was off for an hour this morning.                                        | none
            I keep forgetting to eat since the funeral.                                        | SELF_NEGLECT
            The twins upstairs are living on sweets and I haven't seen their dad for a week.   | CHILD
            The wee girl across the road has bruises again and her dad says she's clumsy.      | CHILD
            My landlord says he'll knock a bit off the rent if I'm nice to him.                | SEXUAL_VIOLENCE
            A man at work assaulted me in the lift, sexually I mean.                           | SEXUAL_VIOLENCE
            She's about to hit me, she's screaming in the kitchen.                             | DANGER
            On the doorstep now, her partner is threatening to hurt her and won't let me in.   | DANGER
            I'm worn out from being frightened all the time, he's been like this for years.    | ABUSE
            My nephew's friends are using my flat to sell drugs from.                          | ABUSE
            My nephew's friends use my flat to watch the football.                             | none
            Home visit. Client says he plans to end his life when the dog goes.                | EXPLICIT
            Client reports her son says he wants to end his life.                              | THIRD_PERSON
            My cousin said she'd throw herself off the pier and now her phone's off.           | THIRD_PERSON
            My uncle's been telling me how many tablets he's put by.                           | THIRD_PERSON
            Since his wife died Dad keeps saying he wants to join her.                         | THIRD_PERSON
            My sister says she wants to be with her friends at New Year.                       | none
            They'll carry me out of this flat in a box, I'm not moving to a care home.          | none
            My son threatened to never speak to me again if I dyed my hair pink.               | none
            I'll be dead before this queue moves! Only joking.                                 | none
            My friend tried to kill herself back in 2008 and she's doing really well now.      | none
            We were burgled in 2016, the police caught them and we had new locks fitted.       | none
            As for ending my life, no, definitely not.                                         | none
            Self harm, never.                                                                  | none
            Where can I ring if I think my neighbour is being hit by her son? Not urgent.      | none
            The grandkids live on chips and chocolate at mine, I spoil them rotten.            | none
            My daughter did a bungee jump off a crane for charity.                             | none
            I'm not moving to sheltered housing, I love my garden.                             | none
            I drank a little of the drain cleaner yesterday, I can't say why.                  | SELF_HARM
            I clean the sink with bleach every morning.                                        | none
            I push needles into my palms when I'm wound up.                                    | SELF_HARM
            The frying pan's on fire and it won't go out.                                      | DANGER
            He's got a poker and he says he's going to do me in.                               | DANGER
            My letters are written and my affairs are sorted. I won't see another summer.      | EXPLICIT
            If I took my brother's rifle, would it be instant?                                 | METHOD
            The GP put me on insulin but I stopped it last month. I haven't told anybody.      | SELF_NEGLECT
            Only black coffee until I get down to seven stone.                                 | EATING_DISORDER
            She leaves the little ones on their own and they were found on the road at midnight. | CHILD
            The carers at Mum's home pull her up by her hair and I saw one slap her.           | ABUSE
            My son manages my pension and there's never enough for the electric.              | ABUSE
            I had bulimia in my twenties and I've eaten normally for thirty years.             | none
            I was robbed in the seventies. Ancient history now.                                | none
            My sister is 15 and her dad is forcing her to marry a cousin.                      | CHILD
            I'm 17 and they say I have to marry him this summer or else.                       | CHILD
            My granddaughter is 17 and engaged to a lovely lad.                                | none
            My son took all his sleeping tablets with him when he stormed out.                 | THIRD_PERSON
            My son has taken his inhaler with him to football.                                 | none
            My niece keeps posting online about not wanting to be here.                        | THIRD_PERSON
            Some bloke grabbed me between the legs in the pub.                                 | SEXUAL_VIOLENCE
            He touched me up at the works do and everyone laughed.                             | SEXUAL_VIOLENCE
            I'm not eating till I'm under 7st.                                                 | EATING_DISORDER
            How do you make yourself sick after tea without anyone hearing?                    | EATING_DISORDER
            I've slept in the same clothes for a week.                                         | SELF_NEGLECT
            My gums are that sore it hurts to chew so I don't.                                 | SELF_NEGLECT
            My son won't help me to the toilet any more.                                       | ABUSE
            She hides my water tablets so I can't take them.                                   | ABUSE
            Would it be quick with my grandad's shotgun?                                       | METHOD
            He yanked her hair so hard she cried.                                              | ABUSE
            Nephew has taken client's bank card, client says nothing left for food.            | ABUSE
            Nothing to eat from midnight before my scan tomorrow.                              | none
            No, I don't harm myself. The marks on my hands are from the dog.                   | none
            My daughter pulled my hair when she was little, cheeky thing.                      | none
            """)
    void aFrameSetsCrisisWordsAsideOnlyWhereItHolds(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            My friend says she can't go on.                                                    | PASSIVE
            Client gave away the dog this week and said she won't be a bother much longer.     | THIRD_PERSON
            I haven't eaten for three days.                                                    | EATING_DISORDER
            The man who attacked me last month.                                                | DANGER
            Client reports her son says he wants to end his life.                              | EXPLICIT
            My cousin said she'd throw herself off the pier and now her phone's off.           | METHOD
            My uncle's been telling me how many tablets he's put by.                           | METHOD
            I've not been out of the chair since the summer.                                   | THIRD_PERSON
            My husband went out with all his pills and said he won't be back.                  | SELF_HARM
            """)
    void theFrameAlsoDecidesWhoIsAtRiskAndWhatKind(String message, String notExpected) {
        assertThat(rules.check(message).kinds()).as(message).doesNotContain(Concern.valueOf(notExpected));
    }
}
