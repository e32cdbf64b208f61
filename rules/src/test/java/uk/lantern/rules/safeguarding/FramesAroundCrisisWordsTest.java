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
            """)
    void theFrameAlsoDecidesWhoIsAtRiskAndWhatKind(String message, String notExpected) {
        assertThat(rules.check(message).kinds()).as(message).doesNotContain(Concern.valueOf(notExpected));
    }
}
