package uk.lantern.rules.safeguarding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The plain disclosures the eighth sealed set showed missed or misread (docs/safeguarding.md,
 * "Round 7b"), each at its boundary: an injury from someone close with a cover story and control
 * said as a list are abuse, a fall told to the doctor is not; a relapse ("gone back to",
 * "relapsed") is self-harm or an eating disorder now, and keeps a past frame from setting the
 * message aside, while "gone back to cutting the hedges" stays quiet; starving to lose weight is
 * an eating disorder; past sexual abuse given as an answer is sexual violence; the person someone
 * shops for not answering is a worry unless they are away; a child heard begging a parent and a
 * baby left unfed are a child at risk, a baby's ordinary news is not; a soap, a sorted gas leak
 * and a laughed-off denial stay quiet while a denial followed by "but I can't stop" does not.
 * Only the rules read each message here, so a rule that stopped working fails this test even
 * where the wording model would have covered for it.
 */
class RoundSevenBKindsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            My husband split my lip and I told the nurse I fell.                                  | ABUSE
            He cracked my ribs, I said to the GP I'd fallen off a ladder.                        | ABUSE
            I told the doctor I fell on the stairs and he sent me for an x-ray.                  | none
            She decides who I can see and what I can wear.                                        | ABUSE
            She decides what we eat on holiday, she's the best cook.                              | none
            I've gone back to cutting, I thought I'd left all that behind me.                     | SELF_HARM
            I've gone back to cutting the hedges myself now my knee is better.                   | none
            I used to cut myself as a teenager but I've been fine for twenty years.              | none
            I cut myself as a teenager and got help, but I relapsed and cut my legs last night.  | SELF_HARM
            I've gone back to starving myself like I did when I was a girl.                      | EATING_DISORDER
            Not eaten for four days to get my weight down and I keep feeling faint.               | EATING_DISORDER
            purgin agen 3 times 2day                                                              | EATING_DISORDER
            Yes, someone did sexually abuse me, when I was 20.                                    | SEXUAL_VIOLENCE
            The lady I shop for didn't answer the door today, she always does.                    | THIRD_PERSON
            My neighbour didn't answer the door but she's on holiday in Spain.                    | none
            I didn't answer the door to the man selling windows.                                  | none
            I could hear a small child screaming please stop daddy.                               | CHILD
            The baby next door is never fed and is getting thinner.                               | CHILD
            The baby next door is gorgeous, she's putting on weight nicely.                       | none
            Corrie has a storyline about a man being controlled by his wife, very well done.      | none
            There was a programme on about bulimia and purging last night.                        | none
            We had a gas leak last month but it's all been sorted now.                            | none
            no i dont want to kill myself lol i just miss my mates                                | none
            no i dont want to hurt myself but i cant stop cutting                                 | SELF_HARM
            I had a fall years ago but I'm fine now, my husband gave me this black eye last night. | ABUSE
            """)
    void eachKindAtItsBoundary(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }
}
