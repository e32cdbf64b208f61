package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The second opinion's gate and threshold, on a two-number classifier so no embedding model is
 * loaded: p(help) = e^x / (1 + e^x) for the vector (x, 0), so the threshold 0.8 sits at x = ln 4.
 */
class SecondOpinionTest {

    private static final String FILE = """
            # a tiny classifier for the test
            threshold\t0.80
            trained-on\tcorpus/tuning.tsv\t00ff
            class\tnone\t0\t0 0
            class\tsuicide_self_harm\t0\t1 0
            example\tsuicide_self_harm\tI can't go on
            """;

    private final SecondOpinion opinion = SecondOpinion.parse(FILE);
    private final SafeguardingResult silent = SafeguardingResult.nothingFound();

    private static float[] at(double x) {
        return new float[] {(float) x, 0};
    }

    @Test
    void raisesAConcernJustAboveTheThresholdAndNotJustBelow() {
        double boundary = Math.log(4);
        assertThat(opinion.read(at(boundary + 0.01)).probability()).isGreaterThan(0.8);
        assertThat(opinion.read(at(boundary - 0.01)).probability()).isLessThan(0.8);
        assertThat(opinion.reconsider(at(boundary - 0.01), silent).crisis()).isFalse();
        SafeguardingResult raised = opinion.reconsider(at(boundary + 0.01), silent);
        assertThat(raised.crisis()).isTrue();
        assertThat(raised.kinds()).containsExactly(Concern.PASSIVE);
        assertThat(raised.matchedRules()).singleElement().asString().startsWith("Close in meaning to messages needing");
    }

    @Test
    void neverOverridesALookAlikeTheRulesSetAsideNorAConcernTheyRaised() {
        SafeguardingResult setAside = new SafeguardingResult(false, Set.of(), List.of(), List.of("an idiom"));
        assertThat(opinion.reconsider(at(20), setAside)).isEqualTo(setAside);
        SafeguardingResult raised = new SafeguardingResult(true, Set.of(Concern.ABUSE), List.of("a rule"), List.of());
        assertThat(opinion.reconsider(at(20), raised)).isEqualTo(raised);
        assertThat(opinion.reconsider("", silent)).isEqualTo(silent);
    }

    @Test
    void readsTheTrainedFileAndNamesALineItCannotRead() {
        assertThat(opinion.threshold()).isEqualTo(0.8);
        assertThat(opinion.trainedOn()).containsExactly(new SecondOpinion.TrainedOn("corpus/tuning.tsv", "00ff"));
        assertThatThrownBy(() -> SecondOpinion.parse(FILE.replace("class\tnone\t0", "class\tnone\tzero")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":4");
        assertThatThrownBy(() -> SecondOpinion.parse(FILE.replace("threshold\t0.80", "threshold\t1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }
}
