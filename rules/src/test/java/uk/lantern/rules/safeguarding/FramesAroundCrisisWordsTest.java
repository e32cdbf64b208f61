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
 *
 * <p>Round 12 (docs/safeguarding.md, "Round 12"): danger now with a weapon, a time or a blocked door; a child
 * minded by someone who has harmed children; someone else's plan is theirs; quiet control of spending and a card
 * used; care refused calmly and "let it all go"; a plan set by a day; a quiet method; an overdose played down; a
 * tiny intake with a body-image worry; a denial in its own clause is reassurance unless taken back.
 *
 * <p>Round 13 (docs/safeguarding.md, "Round 13"): danger now in the house (a weapon on the stairs, a threat with him in
 * the hall, just in and already throwing, a hold on the arm), threats if one tells, blows as a habit, aids withheld,
 * hands round the neck; a hand-shaped bruise, a thin grubby child who flinches; an adult in a care home and forced
 * sex are sexual violence; slurring then cut off, dementia out for hours; meals binned for fear of weight; going for
 * good with peace made; a head injury in a fall; hopelessness as a figure of speech; method questions with no method
 * word; new self-harm acts and a cover story taken back; denials asked back, no children to worry about, a wait, dressed
 * late, a falling-out made up, stabilisers and guilt at enjoying oneself are not a crisis.
 *
 * <p>Round 14 (docs/safeguarding.md, "Round 14"): a plan tied to a place or to someone's death, a method asked by its
 * pain or its knot, hopelessness said through bedtime or a list; someone else's words or searches are theirs; children
 * left alone or terrified; someone who "does things" at night; food locked away; eating rituals; the litter left.
 * A crisis waved off, a burden denied, no one making me do things, sayings and the past got through are not a crisis.
 *
 * <p>Round 14b (docs/safeguarding.md, "Round 14b"): a bereaved person's wish to follow the one who died (a loss named,
 * then going to them, being where they are, or saying so with intent); a high place and a jump, BSL-style; self-harm
 * told as over or small; a plan set by an event ("once ... I'm done, I'll go then"); not expecting to be here and not
 * sorry. A grave shared "one day", a visit, a burn or cut from the washing up, and going somewhere then are not a crisis.
 *
 * <p>Round 15 (docs/safeguarding.md, "Round 15"): an adult's age said in the third person makes a mother's partner an
 * adult's partner, not a child's step-parent (unless a child's age is said too); a grown man collecting a schoolchild;
 * someone else saying they would all be better off without him; an accident welcomed; a gun that would not be missed;
 * an eating disorder come back; BSL-style danger now, not eating to be thin, not washed, medicine stopped for not
 * caring, a friend who said before she wanted to die; sexual violence at bath time, in a taxi, grabbed and silenced,
 * in a ward bed; a child babysat, a baby in months, a teenager thrown out, drugs where grandchildren live; a home sold,
 * a person kept sedated or locked in; hoarding and mould shut away; water up the stairs. A loss that hit hard, jokes,
 * tedium, a dosette change, washing late and the past made peace with are not a crisis.
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
            # Each kind at its boundary, from the earlier rounds (docs/safeguarding.md, rounds 6 to 9b): a wish to die
            # beside an everyday wish, hiding food, blades kept, a child told of by a grandparent, danger now, "he'd kill me",
            # denials and reassurance, trifles, the news, recovery, a child at risk, neglect of medicine, a carer's harm,
            # a plan after a chore, something past and reported, a crisis phrase taken back as a joke, a field of work.
            I'd welcome death if it came knocking tonight.                                         | PASSIVE
            I'd welcome a visit from anyone these days.                                            | none
            Part of me hopes the cancer comes back so it's all over with.                          | PASSIVE
            I hope the cancer doesn't come back, the treatment was awful.                          | none
            I've stopped wanting to be here.                                                       | PASSIVE
            The care home staff think I'm eating but I flush my dinner down the loo.               | EATING_DISORDER
            Pretend I've eaten at the lunch club then go home and have nothing.                    | EATING_DISORDER
            My grandson pretends he's eaten his greens.                                            | none
            I flush the toilet twice because the cistern is weak.                                  | none
            I've got a stash of blades hidden in my sewing box for when I need them.               | SELF_HARM
            I keep my craft blades in a tin in the sewing box.                                     | none
            I keep blades for my craft knife in case I need to trim the mount board.               | none
            My granddaughter told me her dad's friend has been touching her private parts.         | CHILD
            My grandson's scout leader took them camping and he loved it.                          | none
            He's got hold of my grandson and says he'll hurt him unless I hand over the money.     | DANGER
            A woman's just shoved me over and grabbed my handbag and she's still hanging about.    | DANGER
            We were burgled back in the eighties, nothing like that since.                         | none
            Took an overdose on Tuesday, didn't tell anyone, still feel rough.                     | DANGER SELF_HARM
            I took all my tablets this morning like the pharmacist showed me.                      | none
            Mr Patel next door's had no heating on all winter.                                     | THIRD_PERSON SELF_NEGLECT
            The lady across the road has had her heating fixed at last.                            | none
            The gentleman opposite has lost a lot of weight and his curtains stay shut.            | THIRD_PERSON
            Gentleman's son takes his pension.                                                     | ABUSE
            I can't cope any more, which bridge round here is the highest?                         | METHOD
            I can't cope with these stairs, which bridge has a lift down to the riverside path?    | none
            I've set the date, it'll be Friday.                                                    | EXPLICIT
            I've set the date for my hip operation, it's in May.                                   | none
            Tonight's the night, I've made up my mind.                                             | EXPLICIT
            Tonight's the night for the quiz, I've made up my mind to win.                         | none
            When my time comes I want to die at home in my own bed, not in a hospital.             | none
            I want to die at home tonight.                                                         | EXPLICIT
            Bell-ringing practice tonight, an hour hanging on the ropes.                           | none
            He'll kill me if I forget his birthday again, ha.                                      | none
            He'll kill me if I tell anyone what he does.                                           | ABUSE
            He'd kill me for telling you this but he snores like a train.                          | none
            He'd kill me for telling you this but he hits me.                                      | ABUSE
            He'd kill me for telling you this.                                                     | ABUSE
            He'd kill me if he knew I was talking to you.                                          | ABUSE
            In answer to your question about feeling unsafe, no, not at all.                       | none
            No, not at all.                                                                        | none
            No, I don't feel safe at home.                                                         | ABUSE
            I'm not going to kill myself over a lost library book, don't fret.                     | none
            I'm going to kill myself over this, I can't take any more.                             | EXPLICIT
            Self-harm has never once crossed my mind, I'm just bored.                              | none
            I've never made myself throw up in my life.                                            | none
            I make myself throw up after tea most nights.                                          | EATING_DISORDER
            Not thinking about hurting myself at all, just can't sleep.                            | none
            I can't stop thinking about hurting myself.                                            | SELF_HARM
            I'd never end my own life, I've the grandchildren to think of.                         | none
            I don't want to be alive any more.                                                     | PASSIVE
            Me hurt myself? No way.                                                                | none
            Plenty of food in and the radiators are on, I'm fine.                                  | none
            I've got food in but I can't be bothered to eat it.                                    | SELF_NEGLECT
            If I hear that jingle one more time I'll top myself.                                   | none
            If he hits me again I'll kill myself.                                                  | EXPLICIT
            I'll kill myself if it happens again.                                                  | EXPLICIT
            There was an interview with a singer about her bulimia.                                | none
            There was an interview on the radio and I realised I make myself sick too.             | EATING_DISORDER
            The paper says a runner collapsed at the finish line.                                  | none
            A man's collapsed outside my house and he's not moving.                                | DANGER
            My wrist is healing nicely, the physio's pleased.                                      | none
            Our new neighbour is drop dead gorgeous.                                               | none
            Had bulimia at sixteen but I recovered and I love my food now.                         | none
            I still have bulimia, I was sick after tea tonight.                                    | EATING_DISORDER
            Had my dinner then brought it all back up like I always do.                            | EATING_DISORDER
            Had a tummy bug and brought it all back up.                                            | none
            I chucked my tea in the bin as soon as the carer had gone.                             | EATING_DISORDER
            I chucked the mouldy bread in the bin.                                                 | none
            By the way my electric was cut off on Monday, it's only candles now.                   | SELF_NEGLECT
            The electric was cut off for an hour while they fixed the cable.                       | none
            I don't bother with my heart tablets now.                                              | SELF_NEGLECT
            I came off my blood pressure tablets myself, the GP doesn't know.                      | SELF_NEGLECT
            The GP took me off my blood pressure tablets.                                          | none
            The man upstairs has gone very quiet and I haven't heard him since Thursday.           | THIRD_PERSON
            I'm 16 and my brother touches me when mum's at work.                                   | CHILD
            Am 16 and my brother forces me to do sexual stuff.                                     | CHILD
            The bairns next door are skin and bone and out at all hours in the cold.               | CHILD
            The family opposite leave their little boy alone while they go drinking.               | CHILD
            My husband's punching me right now.                                                    | DANGER
            My husband used to hit me years ago but he's long gone.                                | none
            The grandkids are beating me at cards again.                                           | none
            I've just passed out and I'm on my own.                                                | DANGER
            I felt faint at the bus stop but my daughter was with me.                              | none
            My husband split my lip and I told the nurse I fell.                                   | ABUSE
            He cracked my ribs, I said to the GP I'd fallen off a ladder.                          | ABUSE
            I told the doctor I fell on the stairs and he sent me for an x-ray.                    | none
            She decides who I can see and what I can wear.                                         | ABUSE
            She decides what we eat on holiday, she's the best cook.                               | none
            I've gone back to cutting, I thought I'd left all that behind me.                      | SELF_HARM
            I've gone back to cutting the hedges myself now my knee is better.                     | none
            I used to cut myself as a teenager but I've been fine for twenty years.                | none
            I cut myself as a teenager and got help, but I relapsed and cut my legs last night.    | SELF_HARM
            I've gone back to starving myself like I did when I was a girl.                        | EATING_DISORDER
            Not eaten for four days to get my weight down and I keep feeling faint.                | EATING_DISORDER
            purgin agen 3 times 2day                                                               | EATING_DISORDER
            Yes, someone did sexually abuse me, when I was 20.                                     | SEXUAL_VIOLENCE
            The lady I shop for didn't answer the door today, she always does.                     | THIRD_PERSON
            My neighbour didn't answer the door but she's on holiday in Spain.                     | none
            I didn't answer the door to the man selling windows.                                   | none
            I could hear a small child screaming please stop daddy.                                | CHILD
            The baby next door is never fed and is getting thinner.                                | CHILD
            The baby next door is gorgeous, she's putting on weight nicely.                        | none
            Corrie has a storyline about a man being controlled by his wife, very well done.       | none
            There was a programme on about bulimia and purging last night.                         | none
            We had a gas leak last month but it's all been sorted now.                             | none
            no i dont want to kill myself lol i just miss my mates                                 | none
            no i dont want to hurt myself but i cant stop cutting                                  | SELF_HARM
            I had a fall years ago but I'm fine now, my husband gave me this black eye last night. | ABUSE
            Haven't touched my insulin for days now, can't be doing with it.                       | SELF_NEGLECT
            I don't bother with the oxygen any more.                                               | SELF_NEGLECT
            I've given up going for dialysis, told them not to expect me.                          | SELF_NEGLECT
            The consultant said I can stop the oxygen at night now, so I have.                     | none
            The ham's gone green but that's all I've got in till Friday.                           | SELF_NEGLECT
            The ham's gone green so I've binned it.                                                | none
            My hair's all matted and I can't remember my last wash.                                | SELF_NEGLECT
            Passages blocked with bags and she uses candles, no smoke alarm fitted.                | SELF_NEGLECT
            He threw a mug at me this morning, missed, but still.                                  | ABUSE
            My son has taken my zimmer frame away so I have to sit here till he's back.            | ABUSE
            She holds my pills back if I've upset her.                                             | ABUSE
            My grandson keeps my stick by the bed so I can reach it.                               | none
            My wife chooses what I wear to church and I'm glad she does.                           | none
            The plumber cornered me in the bathroom and kissed me, I was shaking.                  | SEXUAL_VIOLENCE
            The driver wouldn't let me go until I let him touch me.                                | SEXUAL_VIOLENCE
            The night carer gets into bed with Mum, she's got dementia and can't tell anyone.      | SEXUAL_VIOLENCE
            The driver wouldn't let me out until I'd paid the fare, quite right.                   | none
            All of a sudden I've got a headache like being hit with a brick.                       | DANGER
            My chest's gone tight and it's spreading down my left arm.                             | DANGER
            The socket in the hall is smoking.                                                     | DANGER
            My mum and dad's friend said they'd only let me go if I kissed them.                   | SEXUAL_VIOLENCE
            im 13 and theres never enough food at home                                             | CHILD
            im 13 and always hungry after rugby                                                    | none
            I lie down each night hoping tonight's the last one.                                   | PASSIVE
            I hope tonight's the last night of this heatwave.                                      | none
            Where can someone get a rifle round here without a licence?                            | METHOD
            How do I apply for a firearms licence for deer stalking?                               | none
            Is there a cheaper way to do what Dignitas do, at home?                                | METHOD
            My BMI is 14 and I want it lower.                                                      | EATING_DISORDER
            My BMI is 30 and the nurse wants it lower.                                             | none
            Dad has Alzheimer's and he went out after breakfast and still isn't home.              | THIRD_PERSON
            my mate says hes going to jump off the bridge tonight                                  | THIRD_PERSON
            Nobody has ever hit me or touched me in a way I didn't like.                           | none
            My daughter doesn't hit me very often, only when I forget things.                      | ABUSE
            He doesn't like me ringing my brother or seeing the neighbours.                        | ABUSE
            My husband doesn't like me going out after dark.                                       | none
            I look after Dad and I lose my patience and pinch him when he won't stand up.          | ABUSE
            I push her round the park in her wheelchair every Sunday.                              | none
            They're just scratches, not deep, I've been doing it since the divorce.                | SELF_HARM
            How can I make it look like an accident so my wife gets the payout?                    | METHOD
            If I stopped my heart pills and took all the sleeping tablets would that do it?        | METHOD
            I'm going to end it myself before they move me into a nursing home.                    | EXPLICIT
            I weigh myself after every meal and I won't eat until I'm under six stone.             | EATING_DISORDER
            Her dad's on heroin and keeps turning up trying to take the baby.                      | CHILD
            My neighbour keeps saying life isn't worth living, I'm worried about her.              | THIRD_PERSON
            It's been five years and the loss still hits me like a wave.                           | none
            My knee won't let me get up the stairs any more.                                       | none
            Nobody has ever hit me or shouted at me in my life.                                    | none
            Once the flat is sold and it's all sorted I'm going to take my own life.               | EXPLICIT
            Once the boiler is sorted I'm going to have the family round again.                    | none
            Not suicidal, no. I just cut now and then when it gets too much.                       | SELF_HARM
            i swallowed some of my sleeping tablets deliberately last night                        | SELF_HARM
            I took my tablets with food on purpose, the doctor told me to.                         | none
            A neighbour hit me once years ago, I reported him and he was arrested.                 | none
            A neighbour hit me years ago and now he's started doing it again.                      | ABUSE
            I had thoughts of ending my life in my thirties, had counselling, and I've been fine ever since. | none
            I had counselling in my thirties for thoughts of ending my life and they have come back this week. | EXPLICIT
            We had a kitchen fire in 1998 but we all got out safely.                               | none
            If United lose again tonight I'm ending it all haha                                    | none
            If United lose again tonight I'm ending it all and I'm not joking                      | EXPLICIT
            I want to end it all lol                                                               | EXPLICIT
            Is there anything for women whose partners take all their wages?                       | none
            Is there anything for women whose partners take their wages? My husband takes my pension. | ABUSE
            My daughter works on a suicide crisis line and finds it hard going.                    | none
            I used to work on a suicide crisis line and now I want to kill myself.                 | EXPLICIT
            I've recorded a video for the grandchildren to watch after I've passed.                | none
            No, nobody's ever hit me.                                                              | none
            Money's short but I get my pension on a Thursday.                                      | none
            Money's short because my nephew takes my pension every week.                           | ABUSE
            My stepson's in the back garden with a cricket bat shouting at the window.             | DANGER
            She said she'll kill me when she gets back from the pub.                               | DANGER
            The plumber is in the garden now fixing the outside tap.                               | none
            My sister lets her boyfriend babysit and he's a registered sex offender.               | CHILD
            My dad says he's got a plan to end his life once the farm is sold.                     | THIRD_PERSON
            My dad says he's got a plan to sell the farm and buy a caravan.                        | none
            I'm not allowed to buy anything without asking my husband first.                       | ABUSE
            My carer has been using my card for her own shopping.                                  | ABUSE
            I told the nurses not to bother coming back, the sore can do what it likes.            | SELF_NEGLECT
            Since she died I've let it all go, haven't washed or cooked in weeks.                  | SELF_NEGLECT
            My plan is to go after my last birthday party. Anyway, the garden's lovely.            | EXPLICIT
            Is it nitrogen people use? I've heard it's painless.                                   | METHOD
            I had a bit of an overdose last night but I'm fine now.                                | SELF_HARM
            Only having one apple a day and I still hate my body in the mirror.                    | EATING_DISORDER
            No, I've never thought about suicide.                                                  | none
            Suicide? No, I have never thought about that.                                          | none
            My wife has never laid a finger on me.                                                 | none
            No, I don't self harm. Well, sometimes I do.                                           | SELF_HARM
            Watched Casualty last night, a man collapsed in the waiting room.                      | none
            Is there a walking group for men? My husband won't go to anything for old ladies.      | none
            My neighbour keeps threatening me and he's on the stairs now with a hammer.       | DANGER
            My husband's in the kitchen with a knife chopping onions for the stew.             | none
            My lodger says he'll snap my fingers if I don't pay him, he's in the hallway.      | DANGER ABUSE
            My son's just come in from work and he's already put the kettle on.                | none
            She's got me by the wrist and won't let me go.                                     | DANGER
            He had his hands round my throat on Sunday, he always says sorry after.            | ABUSE
            My nephew says I'll be put in a home if I tell anyone what he does.                | ABUSE
            My daughter-in-law gives me a smack if I spill anything.                           | ABUSE
            They've hidden my hearing aids so I can't use the phone.                           | ABUSE
            I keep my hearing aids in a drawer so I can find them in the morning.              | none
            My granddaughter has a handprint bruise on her arm and wouldn't tell me who did it. | CHILD
            The boy across the road is filthy and skinny and he cowers when his mum shouts.     | CHILD
            The lass at the till was so thin, she jumps when the tannoy goes.                   | none
            One of the staff at Dad's care home has been touching him, he has bruises on his thighs. | SEXUAL_VIOLENCE
            Client says partner forced sex on her last night.                                  | SEXUAL_VIOLENCE
            Client's grandson (9) staying, says dad hits him with a belt. Marks seen on backs of legs. | CHILD
            My brother sounded slurred and confused on the phone and then the line went dead.  | THIRD_PERSON
            The line went dead when I rang the bank, I'll try again later.                     | none
            My wife went out four hours ago, she has dementia and it's dark now.               | THIRD_PERSON
            I tip my dinners down the toilet because I'm scared of getting fat again.          | EATING_DISORDER
            When the results come I'll be taking myself off for good, I've made my peace.      | EXPLICIT
            If the scan's bad I've made my peace, I'd like to be at home at the end.           | none
            My husband's fallen on the stairs and hit his head, there's a lot of blood.        | DANGER
            I've outstayed my welcome on this earth.                                           | PASSIVE
            I've outstayed my welcome at my son's, I'm going home on Friday.                   | none
            I'm a burden round her neck, I'd be doing her a kindness by going.                 | PASSIVE
            I'd be doing her a kindness by going to the shops for her.                         | none
            I don't look when I cross the road now. If a bus hits me, so be it.                | PASSIVE
            I'm not living, I'm just existing.                                                 | PASSIVE
            How do you make sure you're not found until it's too late?                         | METHOD
            Would a washing line hold a grown man's weight from the loft hatch?                | METHOD
            Could I go to a clinic in Switzerland if I'm not ill, I've just had enough?         | METHOD
            My granddaughter put a true crime podcast on my phone, I'm hooked.                  | none
            I stubbed a cigarette out on my arm last night.                                     | SELF_HARM
            I punch myself when I forget things.                                               | SELF_HARM
            I hit myself on the head with the cupboard door getting the pans out.               | none
            The doctor saw the cuts on my arm and I told him it was the cat. It wasn't the cat. | SELF_HARM
            Nobody at home hurts me, my wife's a gentle soul.                                   | none
            Nobody at home hurts me. Well, my son does sometimes.                               | ABUSE
            Me? Kill myself? Good heavens no, I've a cruise booked.                             | none
            Kill myself? No, never, I've a cruise booked.                                       | none
            No I don't think about ending my life, I've too much to live for.                   | none
            No I don't think about killing myself. Well, sometimes I do.                        | EXPLICIT
            No, there are no children in the house and none I'm worried about.                  | none
            The queue at the bank was that long I nearly lost the will to live.                 | none
            I don't get dressed till lunchtime but I do get there in the end.                   | none
            My brother borrowed money and never paid it back, but we've made it up now.         | none
            My grandson's just come off his stabilisers, proper proud.                          | none
            I feel guilty laughing sometimes, like I shouldn't be enjoying myself without her.  | none
            Some mornings I stand on the bridge and think today could be the day I jump.        | EXPLICIT
            When the cat goes I'm going too, I've decided.                                      | EXPLICIT
            When he goes to bed I'm going too, I'm shattered.                                   | none
            There's a rope in the garage, how do you tie it so it doesn't slip?                 | METHOD
            Does it hurt, drowning? I've wondered.                                              | METHOD
            Does it hurt, having your ears pierced?                                             | none
            I go to bed hoping. Hoping it will be my last night.                                | PASSIVE
            What's there to live for? Wife's gone, dog's gone.                                  | PASSIVE
            My neighbour said she'd be better off dead.                                         | THIRD_PERSON
            My daughter has been searching how to do it on her laptop.                          | THIRD_PERSON
            The kids next door are left on their own again tonight.                             | CHILD
            The boy's terrified of him, his dad drags him about.                                | CHILD
            My nephew does things at night and she is frightened of him.                        | SEXUAL_VIOLENCE
            My daughter locks the fridge and says I eat too much.                               | ABUSE
            We put a lock on the fridge to keep the grandchildren out of the beer.              | none
            I walk for hours after tea to burn it off.                                          | EATING_DISORDER
            I walk for an hour after tea to help my digestion.                                  | none
            I haven't done the cat litter in weeks.                                             | SELF_NEGLECT
            It's not the end of the world, I'll get the next train.                             | none
            Suicide? Goodness no.                                                               | none
            Suicide? No... well, sometimes I think about it.                                    | EXPLICIT
            I don't feel like a burden, they love having me.                                    | none
            No, there's nobody that makes me do things I don't want to.                         | none
            I had a breakdown, no point in anything, but a good GP got me through, years ago.   | none
            My wife died in May and I'd like to go and join her now.                            | PASSIVE
            Since he died I only want to be where he is.                                        | PASSIVE
            Tell him I'm coming soon, and I mean it.                                            | EXPLICIT
            I'll be buried with him one day, not yet.                                           | none
            My husband died and I want to go and visit his sister.                              | none
            Tell him I'm coming soon, I'll bring the cake.                                      | none
            church tower near flat, high. me go there think jump                                | EXPLICIT
            Went too far with the lighter on Tuesday, it's blistered.                           | SELF_HARM
            I cut my arm with broken glass last week, it's healing.                             | SELF_HARM
            Took about twelve of my paracetamol on Friday, I was sick after.                    | SELF_HARM
            I used to ping a hair band on my wrist, then I started using a blade.               | SELF_HARM
            Cut my finger on the broken glass washing up, silly me.                             | none
            After the christening I'm done, I'll go then.                                       | EXPLICIT
            After the christening I'm done, I'll go then to my sister's.                        | none
            I doubt I'll be here by the summer, and I'm not sorry.                              | PASSIVE
            Mum's partner treats her like dirt and hides the bruises, she's 80, I'm her carer.  | ABUSE THIRD_PERSON
            My mum's boyfriend hits me and I'm 13.                                              | CHILD
            A man in his 40s keeps collecting the schoolgirl at number 6 in a different car.    | CHILD
            My brother keeps saying we'd all be better off without him.                         | THIRD_PERSON
            If a van knocks me over then so be it.                                              | PASSIVE
            If the taxi gets me home, it gets me home.                                          | none
            My uncle has a rifle in his cabinet, would he notice if I took it?                  | METHOD
            Would my neighbour notice if I took his ladder?                                     | none
            Since my wife died the bulimia's come back.                                         | EATING_DISORDER
            me not eat 4 day, me want be thin                                                   | EATING_DISORDER
            me not wash long time                                                               | SELF_NEGLECT
            me not wash car long time                                                           | none
            me stop take heart pills, me not care                                               | SELF_NEGLECT PASSIVE
            me stop take tablets, doctor say finish                                             | none
            daughter drunk now, throw plates, me scared                                         | DANGER
            The kids are mad now, kicking a ball about, I'm not scared of a bit of noise.       | none
            friend not answer phone, before he say want die                                     | THIRD_PERSON
            My carer said not to tell anyone what he does at bath time.                         | SEXUAL_VIOLENCE
            The driver wouldn't let me out until I did something for him.                      | SEXUAL_VIOLENCE
            My cousin grabbed me at the party and said no one would believe me.                 | SEXUAL_VIOLENCE
            A man on Nan's ward keeps getting into her bed and the carers laugh.                | SEXUAL_VIOLENCE
            My step brother does things to me when he's babysitting.                            | CHILD
            He's eleven months and she leaves him on his own all evening.                       | CHILD
            My grandson's only 15 and his dad's thrown him out, he's sleeping rough.            | CHILD
            My son's partner is on crack and she has the grandkids.                             | CHILD
            He's put my house up for sale and I'm still living in it.                           | ABUSE
            The home keeps Mum doped up so she's no bother.                                     | ABUSE THIRD_PERSON
            Client found locked in her bedroom, key on the outside.                             | ABUSE
            Bags piled up to the ceiling, I only get through sideways.                          | SELF_NEGLECT
            The back room's black with mould and I keep the door shut on it.                    | SELF_NEGLECT
            The river's over the bottom step and still rising.                                  | DANGER
            Losing the cat hit me hard.                                                         | none
            I could smother them in custard.                                                    | none
            I threatened to strangle him if he snored again, haha.                              | none
            That quiz was so dull I wanted to hang myself.                                      | none
            The pharmacy has stopped packing my statins in the blister pack.                    | none
            I don't get washed till the afternoon but I always get there.                       | none
            I was groped at work when I was young, I've made my peace with it.                  | none
            My ex controlled me but I left him twenty years ago and I've been happy since.      | none
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
            My granddaughter told me her dad's friend has been touching her private parts.         | none
            Was chatting to my neighbour about the bins and it hit me, I don't want to carry on living. | ABUSE
            Mum's partner treats her like dirt and hides the bruises, she's 80, I'm her carer.  | CHILD
            My brother keeps saying we'd all be better off without him.                         | PASSIVE
            My carer said not to tell anyone what he does at bath time.                         | CHILD
            I'm 15 and I'm my mum's carer, her boyfriend hits her, she's 45.                    | none
            """)
    void theFrameAlsoDecidesWhoIsAtRiskAndWhatKind(String message, String notExpected) {
        // "is not none": the message must raise something.
        if (notExpected.equals("none")) {
            assertThat(rules.check(message).kinds()).as(message).isNotEmpty();
        } else {
            assertThat(rules.check(message).kinds()).as(message).doesNotContain(Concern.valueOf(notExpected));
        }
    }
}
