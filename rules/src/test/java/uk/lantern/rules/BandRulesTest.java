package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;

/** Band thresholds at their edges: 4 low, 5 moderate, 9 moderate, 10 high. */
class BandRulesTest {

    static Stream<Arguments> edges() {
        Map<String, Object> four = noRiskWith("self_rated_health", "poor");
        Map<String, Object> five = noRiskWith("self_rated_health", "poor", "hearing_loss", "yes");
        Map<String, Object> nine = noRiskWith("self_rated_health", "poor", "hearing_loss", "yes",
                "household_size", 1, "cold_home", "yes");
        Map<String, Object> ten = noRiskWith("self_rated_health", "poor", "hearing_loss", "yes",
                "household_size", 1, "cold_home", "yes", "long_term_condition", "yes");
        return Stream.of(
                Arguments.of(0, Band.LOW, Screenings.noRisk()),
                Arguments.of(4, Band.LOW, four),
                Arguments.of(5, Band.MODERATE, five),
                Arguments.of(9, Band.MODERATE, nine),
                Arguments.of(10, Band.HIGH, ten));
    }

    @ParameterizedTest(name = "{0} points is {1}")
    @MethodSource("edges")
    void bandFollowsTheScore(int score, Band band, Map<String, Object> answers) {
        Assessment a = Screenings.engine().assess(answers);
        assertThat(a.score()).isEqualTo(score);
        assertThat(a.band()).isEqualTo(band);
        assertThat(a.firedRules()).filteredOn(r -> r.contains("risk") && r.startsWith("A score")).hasSize(1);
    }
}
