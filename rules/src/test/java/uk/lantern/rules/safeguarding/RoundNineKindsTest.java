package uk.lantern.rules.safeguarding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The kinds the eleventh sealed set missed or gave help that did not fit (docs/safeguarding.md,
 * "Round 9 (help side)"), each beside a look-alike that must stay quiet: a treatment left undone
 * and spoiled food that is all there is are self-neglect, a doctor's say-so and milk gone off are
 * not; a plate thrown, a walking frame taken and tablets held back as a punishment are abuse, a stick
 * kept by the door is not; cornered and kissed, held in a car until touched and a carer in bed with
 * someone who cannot consent are sexual violence, a fare waited for is not; a sudden worst headache,
 * a chest tight down the arm and a smoking socket are danger now; a child with never enough food at
 * home is a child at risk, hunger after football is not; hoping each night is the last, a gun got
 * without a licence and a clinic's way at home are suicide risks; a low BMI pushed lower is an eating
 * disorder; someone with dementia missing for hours and a friend about to jump are a worry about them.
 * Only the rules read each message here, so a rule that stopped working fails this test even where the
 * wording model would have covered for it.
 */
class RoundNineKindsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Haven't touched my insulin for days now, can't be doing with it.                        | SELF_NEGLECT
            I don't bother with the oxygen any more.                                                  | SELF_NEGLECT
            I've given up going for dialysis, told them not to expect me.                             | SELF_NEGLECT
            The consultant said I can stop the oxygen at night now, so I have.                        | none
            The ham's gone green but that's all I've got in till Friday.                              | SELF_NEGLECT
            The ham's gone green so I've binned it.                                                   | none
            My hair's all matted and I can't remember my last wash.                                   | SELF_NEGLECT
            Passages blocked with bags and she uses candles, no smoke alarm fitted.                   | SELF_NEGLECT
            He threw a mug at me this morning, missed, but still.                                     | ABUSE
            My son has taken my zimmer frame away so I have to sit here till he's back.               | ABUSE
            She holds my pills back if I've upset her.                                                | ABUSE
            My grandson keeps my stick by the bed so I can reach it.                                  | none
            My wife chooses what I wear to church and I'm glad she does.                              | none
            The plumber cornered me in the bathroom and kissed me, I was shaking.                     | SEXUAL_VIOLENCE
            The driver wouldn't let me go until I let him touch me.                                   | SEXUAL_VIOLENCE
            The night carer gets into bed with Mum, she's got dementia and can't tell anyone.         | SEXUAL_VIOLENCE
            The driver wouldn't let me out until I'd paid the fare, quite right.                      | none
            All of a sudden I've got a headache like being hit with a brick.                          | DANGER
            My chest's gone tight and it's spreading down my left arm.                                | DANGER
            The socket in the hall is smoking.                                                        | DANGER
            My mum and dad's friend said they'd only let me go if I kissed them.                      | SEXUAL_VIOLENCE
            im 13 and theres never enough food at home                                                | CHILD
            im 13 and always hungry after rugby                                                       | none
            I lie down each night hoping tonight's the last one.                                      | PASSIVE
            I hope tonight's the last night of this heatwave.                                         | none
            Where can someone get a rifle round here without a licence?                               | METHOD
            How do I apply for a firearms licence for deer stalking?                                  | none
            Is there a cheaper way to do what Dignitas do, at home?                                   | METHOD
            My BMI is 14 and I want it lower.                                                         | EATING_DISORDER
            My BMI is 30 and the nurse wants it lower.                                                | none
            Dad has Alzheimer's and he went out after breakfast and still isn't home.                 | THIRD_PERSON
            my mate says hes going to jump off the bridge tonight                                     | THIRD_PERSON
            Nobody has ever hit me or touched me in a way I didn't like.                              | none
            """)
    void eachKindAtItsBoundary(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }
}
