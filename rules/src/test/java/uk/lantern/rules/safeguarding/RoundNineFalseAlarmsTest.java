package uk.lantern.rules.safeguarding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The false-alarm kinds of round 9 (docs/safeguarding.md, "Round 9 (false alarms)"), each beside a
 * real disclosure of the same shape that must still raise help: something past that was reported,
 * treated or got out of; a crisis phrase over a team or the wifi taken back as a joke; help asked
 * for people in general; suicide or self-harm as a field of work; a letter for after one's death;
 * "nobody has ever touched me"; one's own pension. The rules alone read these, so a look-alike
 * that stopped working fails here even where the wording model would cover for it.
 *
 * <p>The everyday answers to the screening (a task one cannot manage, "could be better") were the
 * wording model's false alarms, so they are read by the whole shipped check: the look-alike that
 * sets them aside is what keeps the model from being asked.
 */
class RoundNineFalseAlarmsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();
    private static final SafeguardingCheck shipped = SafeguardingCheck.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A neighbour hit me once years ago, I reported him and he was arrested.                       | none
            A neighbour hit me years ago and now he's started doing it again.                             | ABUSE
            I had thoughts of ending my life in my thirties, had counselling, and I've been fine ever since. | none
            I had counselling in my thirties for thoughts of ending my life and they have come back this week. | EXPLICIT
            We had a kitchen fire in 1998 but we all got out safely.                                      | none
            If United lose again tonight I'm ending it all haha                                           | none
            If United lose again tonight I'm ending it all and I'm not joking                             | EXPLICIT
            I want to end it all lol                                                                      | EXPLICIT
            Is there anything for women whose partners take all their wages?                              | none
            Is there anything for women whose partners take their wages? My husband takes my pension.     | ABUSE
            My daughter works on a suicide crisis line and finds it hard going.                           | none
            I used to work on a suicide crisis line and now I want to kill myself.                       | EXPLICIT
            I've recorded a video for the grandchildren to watch after I've passed.                        | none
            No, nobody's ever hit me.                                                                     | none
            Money's short but I get my pension on a Thursday.                                             | none
            Money's short because my nephew takes my pension every week.                                  | ABUSE
            """)
    void eachRuleKindAtItsBoundary(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I can't manage the steps without the rail                                                     | none
            I can't manage my tights any more                                                             | none
            I can't manage the buttons on my blouse any more                                              | none
            I can't reach the high shelves any more                                                       | none
            I can't open jars any more                                                                    | none
            the hoovering and the ironing                                                                 | none
            I can't get out of the armchair without a push                                               | none
            Oh it could be better, my legs are bad                                                        | none
            could be better tbh                                                                           | none
            I've had better weeks                                                                         | none
            My neighbour fries fish every night and I can't bear the smell of it                           | none
            I can't stand the smell in the kitchen, it's like gas and it's getting stronger               | DANGER
            Could be better, to be honest I'd rather not wake up tomorrow                                 | PASSIVE
            I can't manage the stairs any more and I want to end my life                                  | EXPLICIT
            I can't manage the stairs so I've stopped eating                                              | SELF_NEGLECT
            """)
    void everydayAnswersToTheScreeningStayQuiet(String message, String expected) {
        ExpectedKinds.assertRaised(message, shipped.check(message).kinds(), expected);
    }
}
