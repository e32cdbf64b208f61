package uk.lantern.rules.safeguarding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The kinds the twelfth sealed set missed or gave help that did not fit (docs/safeguarding.md,
 * "Round 9b"), each beside a look-alike that must stay quiet: blows played down, control said as a
 * dislike of one's contact with people and a carer owning up to a shove are abuse, pushing someone in a
 * wheelchair is not; cuts "I've been doing" are self-harm; a death made to look like an accident and
 * stopping one medicine to take a lot of another are method-seeking; ending one's life before a home is
 * explicit; weighing rituals are an eating disorder; a parent on drugs taking the children is a child at
 * risk; someone else saying life's not worth living is a worry about them; a feeling that "hits me",
 * a hip that won't let me, and two denied clauses are not. Only the rules read each message here.
 */
class RoundNineBKindsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            My daughter doesn't hit me very often, only when I forget things.                    | ABUSE
            He doesn't like me ringing my brother or seeing the neighbours.                      | ABUSE
            My husband doesn't like me going out after dark.                                     | none
            I look after Dad and I lose my patience and pinch him when he won't stand up.    | ABUSE
            I push her round the park in her wheelchair every Sunday.                            | none
            They're just scratches, not deep, I've been doing it since the divorce.              | SELF_HARM
            How can I make it look like an accident so my wife gets the payout?                  | METHOD
            If I stopped my heart pills and took all the sleeping tablets would that do it?      | METHOD
            I'm going to end it myself before they move me into a nursing home.                  | EXPLICIT
            I weigh myself after every meal and I won't eat until I'm under six stone.           | EATING_DISORDER
            Her dad's on heroin and keeps turning up trying to take the baby.                    | CHILD
            My neighbour keeps saying life isn't worth living, I'm worried about her.            | THIRD_PERSON
            It's been five years and the loss still hits me like a wave.                         | none
            My knee won't let me get up the stairs any more.                                     | none
            Nobody has ever hit me or shouted at me in my life.                                  | none
            Once the flat is sold and it's all sorted I'm going to take my own life.          | EXPLICIT
            Once the boiler is sorted I'm going to have the family round again.                  | none
            Not suicidal, no. I just cut now and then when it gets too much.                     | SELF_HARM
            i swallowed some of my sleeping tablets deliberately last night                      | SELF_HARM
            I took my tablets with food on purpose, the doctor told me to.                       | none
            """)
    void eachKindAtItsBoundary(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }
}
