package uk.lantern.rules.safeguarding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The kinds the seventh sealed set showed missed, misread or alarmed on (docs/safeguarding.md,
 * "Round 7"), each at its boundary: a concern word inside a plain denial or reassurance stays
 * quiet while a disclosure with a negation near it still raises; a past, recovered eating
 * disorder or collapse, one in the news, jokey hyperbole about a song and "drop dead gorgeous"
 * stay quiet; purging or binning food said in passing, the gas cut off said lightly, tablets
 * given up and a neighbour gone quiet are caught; a teenager harmed by family and children
 * neglected nearby are a child at risk; being hit right now and fainting alone are danger. Only
 * the rules read each message here: a rule that stopped working must fail this test even where
 * the wording model would have covered for it.
 */
class RoundSevenKindsTest {

    private static final SafeguardingCheck rules = ExpectedKinds.shippedRulesAlone();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm not going to kill myself over a lost library book, don't fret.                  | none
            I'm going to kill myself over this, I can't take any more.                          | EXPLICIT
            Self-harm has never once crossed my mind, I'm just bored.                           | none
            I've never made myself throw up in my life.                                         | none
            I make myself throw up after tea most nights.                                       | EATING_DISORDER
            Not thinking about hurting myself at all, just can't sleep.                         | none
            I can't stop thinking about hurting myself.                                         | SELF_HARM
            I'd never end my own life, I've the grandchildren to think of.                      | none
            I don't want to be alive any more.                                                  | PASSIVE
            Me hurt myself? No way.                                                             | none
            Plenty of food in and the radiators are on, I'm fine.                               | none
            I've got food in but I can't be bothered to eat it.                                 | SELF_NEGLECT
            If I hear that jingle one more time I'll top myself.                                | none
            If he hits me again I'll kill myself.                                               | EXPLICIT
            I'll kill myself if it happens again.                                               | EXPLICIT
            There was an interview with a singer about her bulimia.                             | none
            There was an interview on the radio and I realised I make myself sick too.          | EATING_DISORDER
            The paper says a runner collapsed at the finish line.                               | none
            A man's collapsed outside my house and he's not moving.                             | DANGER
            My wrist is healing nicely, the physio's pleased.                                   | none
            Our new neighbour is drop dead gorgeous.                                            | none
            Had bulimia at sixteen but I recovered and I love my food now.                      | none
            I still have bulimia, I was sick after tea tonight.                                 | EATING_DISORDER
            Had my dinner then brought it all back up like I always do.                         | EATING_DISORDER
            Had a tummy bug and brought it all back up.                                         | none
            I chucked my tea in the bin as soon as the carer had gone.                          | EATING_DISORDER
            I chucked the mouldy bread in the bin.                                              | none
            By the way my electric was cut off on Monday, it's only candles now.                | SELF_NEGLECT
            The electric was cut off for an hour while they fixed the cable.                    | none
            I don't bother with my heart tablets now.                                           | SELF_NEGLECT
            I came off my blood pressure tablets myself, the GP doesn't know.                   | SELF_NEGLECT
            The GP took me off my blood pressure tablets.                                       | none
            The man upstairs has gone very quiet and I haven't heard him since Thursday.        | THIRD_PERSON
            I'm 16 and my brother touches me when mum's at work.                                | CHILD
            Am 16 and my brother forces me to do sexual stuff.                                  | CHILD
            The bairns next door are skin and bone and out at all hours in the cold.            | CHILD
            The family opposite leave their little boy alone while they go drinking.            | CHILD
            My husband's punching me right now.                                                 | DANGER
            My husband used to hit me years ago but he's long gone.                             | none
            The grandkids are beating me at cards again.                                        | none
            I've just passed out and I'm on my own.                                             | DANGER
            I felt faint at the bus stop but my daughter was with me.                           | none
            """)
    void eachKindAtItsBoundary(String message, String expected) {
        ExpectedKinds.assertRaised(message, rules.check(message).kinds(), expected);
    }
}
