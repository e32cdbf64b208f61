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
import uk.lantern.engine.catalogue.WeightSource;
import org.junit.jupiter.api.Test;

/**
 * Band thresholds at their edges (4 low, 5 moderate, 9 moderate, 10 high), and the minimum bands
 * measured isolation and loneliness set, each at its edge.
 */
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

    /** A person scoring little but measured as isolated or lonely: each floor on both sides of its edge. */
    static Stream<Arguments> floors() {
        Object[] indexThree = {"lives_with_partner", "no", "contact_children", "none", "contact_family", "none"};
        Object[] indexFour = {"lives_with_partner", "no", "contact_children", "none", "contact_family", "none",
            "group_member", "no"};
        Object[] uclaFive = {"lack_companionship", "some_of_the_time", "left_out", "some_of_the_time"};
        Object[] uclaSix = {"lack_companionship", "some_of_the_time", "left_out", "some_of_the_time",
            "isolated_from_others", "some_of_the_time"};
        return Stream.of(
                Arguments.of("isolation index 3", noRiskWith(indexThree), Band.LOW, null),
                Arguments.of("isolation index 4", noRiskWith(indexFour), Band.MODERATE, "isolated_index_4_plus"),
                Arguments.of("UCLA 5", noRiskWith(uclaFive), Band.LOW, null),
                Arguments.of("UCLA 6", noRiskWith(uclaSix), Band.MODERATE, "lonely_ucla3"),
                Arguments.of("some of the time lonely", noRiskWith("how_often_lonely", "some_of_the_time"), Band.LOW, null),
                Arguments.of("often or always lonely", noRiskWith("how_often_lonely", "often_always"), Band.MODERATE,
                        "chronic_loneliness"),
                Arguments.of("index 4 and UCLA 6", noRiskWith(concat(indexFour, uclaSix)), Band.HIGH,
                        "isolated_and_lonely"),
                Arguments.of("index 3 and UCLA 6", noRiskWith(concat(indexThree, uclaSix)), Band.MODERATE,
                        "lonely_ucla3"),
                Arguments.of("index 4 and often lonely", noRiskWith(concat(indexFour,
                        new Object[] {"how_often_lonely", "often_always"})), Band.HIGH, "isolated_and_lonely"));
    }

    @ParameterizedTest(name = "{0} gives at least {2}")
    @MethodSource("floors")
    void measuredIsolationAndLonelinessSetAMinimumBand(String what, Map<String, Object> answers, Band band,
                                                       String floor) {
        Assessment a = Screenings.engine().assess(answers);
        assertThat(a.score()).as("the score alone is low").isLessThan(5);
        assertThat(a.band()).isEqualTo(band);
        assertThat(a.bandDetail().scoreBand()).isEqualTo(Band.LOW);
        if (floor == null) {
            assertThat(a.bandDetail().minimumSetBy()).isEmpty();
        } else {
            assertThat(a.bandDetail().minimumSetBy()).extracting(Assessment.BandFloor::id).first().isEqualTo(floor);
            String floorWords = Screenings.engine().ruleBase().catalogue().bandFloors().get(floor).publicWords();
            assertThat(a.bandDetail().publicWords()).startsWith(floorWords);
        }
        assertThat(a.bandDetail().thresholdSource()).isEqualTo(WeightSource.EXPERT_SET);
        assertThat(a.bandDetail().publicWords()).doesNotContainIgnoringCase("good connections");
    }

    @Test
    void aFloorNeverLowersAScoresBand() {
        Map<String, Object> highScoreAndLonely = noRiskWith("self_rated_health", "poor", "hearing_loss", "yes",
                "household_size", 1, "cold_home", "yes", "long_term_condition", "yes", "how_often_lonely", "often_always");
        Assessment a = Screenings.engine().assess(highScoreAndLonely);
        assertThat(a.band()).isEqualTo(Band.HIGH);
        assertThat(a.bandDetail().scoreBand()).isEqualTo(Band.HIGH);
    }

    @Test
    void theLowBandsWordsPraiseNoConnections() {
        Assessment a = Screenings.engine().assess(Screenings.noRisk());
        assertThat(a.band()).isEqualTo(Band.LOW);
        assertThat(a.bandDetail().publicWords()).doesNotContainIgnoringCase("connections")
                .doesNotContainIgnoringCase("high risk");
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
