package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.WeightSource;

/** The measures and their cut-offs: ONS three-item score, the direct question, the isolation index, the Age UK model. */
class MeasureRulesTest {

    private static Optional<Assessment.Measure> measure(Map<String, Object> answers, String id) {
        return Screenings.engine().assess(answers).measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @ParameterizedTest(name = "{0}+{1}+{2} = {3}: {4}")
    @CsvSource({
        "hardly_ever, hardly_ever, hardly_ever, 3, not lonely on this scale (below 6)",
        "some_of_the_time, some_of_the_time, hardly_ever, 5, not lonely on this scale (below 6)",
        "some_of_the_time, some_of_the_time, some_of_the_time, 6, lonely (6 or more out of 9)",
        "often, often, often, 9, lonely (6 or more out of 9)"
    })
    void uclaItemsAddUpAndSixOrMoreIsLonely(String a, String b, String c, int total, String meaning) {
        Assessment.Measure m = measure(noRiskWith("lack_companionship", a, "left_out", b, "isolated_from_others", c),
                "ucla3").orElseThrow();
        assertThat(m.value()).isEqualTo(total);
        assertThat(m.display()).isEqualTo(Integer.toString(total));
        assertThat(m.interpretation()).isEqualTo(meaning);
        assertThat(m.terms()).hasSize(3);
    }

    @ParameterizedTest(name = "{0} is ONS code {1}")
    @CsvSource({
        "often_always, 1, often or always (chronic loneliness)",
        "some_of_the_time, 2, some of the time",
        "occasionally, 3, occasionally",
        "hardly_ever, 4, hardly ever",
        "never, 5, never"
    })
    void directQuestionIsStoredAsItsOnsCodeAndReportedInItsOwnWords(String option, int onsCode, String meaning) {
        Assessment.Measure m = measure(noRiskWith("how_often_lonely", option), "ons_direct").orElseThrow();
        assertThat(m.value()).isEqualTo(onsCode);
        assertThat(m.interpretation()).isEqualTo(meaning);
        assertThat(m.display()).isEqualTo(meaning);
    }

    @Test
    void directQuestionOffersTheAnswersInTheOnsOrder() {
        assertThat(Screenings.engine().ruleBase().questionnaire().question("how_often_lonely").orElseThrow().options())
                .extracting(o -> o.id() + "=" + o.score())
                .containsExactly("often_always=1", "some_of_the_time=2", "occasionally=3", "hardly_ever=4", "never=5");
    }

    @Test
    void isolationIndexCountsOnePointPerItem() {
        Map<String, Object> allFive = noRiskWith("lives_with_partner", "no", "contact_children", "none",
                "contact_family", "less_than_monthly", "contact_friends", "none", "group_member", "no");
        Assessment.Measure m = measure(allFive, "isolation_index").orElseThrow();
        assertThat(m.value()).isEqualTo(5);
        assertThat(m.terms()).hasSize(5);
        assertThat(measure(Screenings.noRisk(), "isolation_index").orElseThrow().value()).isZero();
    }

    @Test
    void thePartnerItemIsLivingWithAPartnerNotMaritalStatus() {
        // married but living apart: no partner at home is the ELSA item
        assertThat(measure(noRiskWith("marital_status", "married_or_partner", "lives_with_partner", "no"),
                "isolation_index").orElseThrow().value()).isEqualTo(1);
        // single but living with a partner
        assertThat(measure(noRiskWith("marital_status", "single", "lives_with_partner", "yes"),
                "isolation_index").orElseThrow().value()).isZero();
        // living alone is no partner at home, and the question is not asked
        Assessment.Measure alone = measure(noRiskWith("household_size", 1), "isolation_index").orElseThrow();
        assertThat(alone.value()).isEqualTo(1);
        assertThat(alone.terms()).extracting(Assessment.Term::name).containsExactly("no spouse or partner living with them");
    }

    @Test
    void isolationIndexOfThreeIsMoreIsolatedAndTwoIsNot() {
        Map<String, Object> two = noRiskWith("lives_with_partner", "no", "group_member", "no");
        Map<String, Object> three = noRiskWith("lives_with_partner", "no", "group_member", "no",
                "contact_children", "none");

        Assessment atTwo = Screenings.engine().assess(two);
        Assessment atThree = Screenings.engine().assess(three);

        assertThat(measure(two, "isolation_index").orElseThrow().interpretation()).startsWith("less isolated");
        assertThat(measure(three, "isolation_index").orElseThrow().interpretation()).startsWith("more isolated");
        assertThat(atTwo.needs()).extracting(Assessment.Need::id).doesNotContain("community_navigators");
        assertThat(atThree.needs()).filteredOn(n -> n.id().equals("community_navigators")).singleElement()
                .satisfies(n -> assertThat(n.because()).containsExactly("Social isolation index"));
    }

    @Test
    void ageUkModelAppliesFromSixtyFiveAndSaysWhyNotBelow() {
        Assessment at64 = Screenings.engine().assess(noRiskWith("age", 64));
        assertThat(measure(noRiskWith("age", 64), "ageuk_often_lonely")).isEmpty();
        assertThat(at64.notComputed()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo("ageuk_often_lonely");
            assertThat(n.reason()).startsWith("Not computed").contains("65");
        });
        assertThat(measure(noRiskWith("age", 65), "ageuk_often_lonely")).isPresent();
        assertThat(Screenings.engine().assess(noRiskWith("age", 65)).notComputed()).isEmpty();
    }

    @Test
    void underSixtyFiveTheModelsPointsAreLabelledExpertSet() {
        // a 23-year-old in good health: the model's 2 points stay, but they are not "published" at this age
        Assessment young = Screenings.engine().assess(noRiskWith("age", 23, "self_rated_health", "good"));
        assertThat(young.factors()).singleElement().satisfies(f -> {
            assertThat(f.points()).isEqualTo(2);
            assertThat(f.weightSource()).isEqualTo(WeightSource.EXPERT_SET);
        });
        Assessment at64 = Screenings.engine().assess(noRiskWith("age", 64, "self_rated_health", "good"));
        assertThat(at64.factors()).singleElement().extracting(Assessment.Factor::weightSource)
                .isEqualTo(WeightSource.EXPERT_SET);
        Assessment at65 = Screenings.engine().assess(noRiskWith("age", 65, "self_rated_health", "good"));
        assertThat(at65.factors()).singleElement().extracting(Assessment.Factor::weightSource)
                .isEqualTo(WeightSource.PUBLISHED);
        // expert-set factors stay expert-set at any age
        assertThat(Screenings.engine().assess(noRiskWith("age", 70, "cold_home", "yes")).factors()).singleElement()
                .extracting(Assessment.Factor::weightSource).isEqualTo(WeightSource.EXPERT_SET);
    }

    @Test
    void aSkippedEyeConditionsAnswerMeansTheModelIsNotComputed() {
        Map<String, Object> skipped = noRiskWith("age", 70, "sight_loss", "yes");
        skipped.remove("eye_conditions");
        Assessment a = Screenings.engine().assess(skipped);
        assertThat(a.measures()).extracting(Assessment.Measure::id).doesNotContain("ageuk_often_lonely");
        assertThat(a.notComputed()).singleElement().satisfies(n -> assertThat(n.reason()).contains("eye conditions"));
        // not asked (no sight problems) is not missing: the model runs
        assertThat(measure(noRiskWith("age", 70, "sight_loss", "no"), "ageuk_often_lonely")).isPresent();
        assertThat(measure(noRiskWith("age", 70, "sight_loss", "yes", "eye_conditions", 0), "ageuk_often_lonely"))
                .isPresent();
    }

    @ParameterizedTest(name = "household of {0} counts as {1}")
    @CsvSource({"5, 5", "6, 5", "20, 5"})
    void householdSizeIsCountedUpToTheModelsRange(int household, int counted) {
        Assessment.Measure m = measure(noRiskWith("age", 70, "household_size", household), "ageuk_often_lonely")
                .orElseThrow();
        double logOdds = -2.62 - 1.04 * counted;
        assertThat(m.value()).isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-9));
        assertThat(m.terms()).extracting(Assessment.Term::name)
                .contains(household > 5 ? "household size (counted as 5)" : "household size");
    }

    @Test
    void thePetsTermIsShownAsNotAskedAndAddsNothing() {
        Assessment.Measure m = measure(noRiskWith("age", 70), "ageuk_often_lonely").orElseThrow();
        assertThat(m.terms()).filteredOn(t -> t.name().startsWith("owns a pet")).singleElement()
                .satisfies(t -> assertThat(t.value()).isZero());
    }

    @Test
    void ageUkModelAddsThePublishedLogOdds() {
        // Coefficients from the Age UK model as published (see catalogue source).
        Map<String, Object> answers = noRiskWith("age", 77, "self_rated_health", "poor", "marital_status", "widowed",
                "household_size", 1, "sight_loss", "yes", "eye_conditions", 3, "daily_activities", "two_or_more");
        double logOdds = -2.62 + 2.03 + 1.03 - 1.04 * 1 + 0.86 + 0.38 - 0.35;

        Assessment.Measure m = measure(answers, "ageuk_often_lonely").orElseThrow();

        assertThat(m.value()).isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-9));
        assertThat(m.estimate()).isTrue();
        assertThat(m.display()).isEqualTo(Math.round(100 / (1 + Math.exp(-logOdds))) + "%");
        assertThat(m.terms()).extracting(Assessment.Term::name).containsExactlyInAnyOrder("constant", "poor health",
                "widowed", "household size", "three or more eye conditions",
                "difficulty with two or more daily tasks", "aged 75 to 79", "owns a pet (not asked, taken as no)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"fair, 1.58", "good, 0.98", "very_good, 0", "excellent, 0"})
    void ageUkModelHealthTermsAgainstVeryGoodOrExcellent(String health, double term) {
        Map<String, Object> answers = noRiskWith("age", 70, "self_rated_health", health);
        double logOdds = -2.62 + term - 1.04 * 2;
        assertThat(measure(answers, "ageuk_often_lonely").orElseThrow().value())
                .isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-9));
    }

    @Test
    void ageUkModelTermsAtTheirEdges() {
        double base = -2.62 - 1.04 * 2;
        assertThat(measure(noRiskWith("age", 74), "ageuk_often_lonely").orElseThrow().value())
                .isCloseTo(1 / (1 + Math.exp(-base)), within(1e-9));
        assertThat(measure(noRiskWith("age", 80), "ageuk_often_lonely").orElseThrow().value())
                .isCloseTo(1 / (1 + Math.exp(-base)), within(1e-9));
        assertThat(measure(noRiskWith("age", 70, "sight_loss", "yes", "eye_conditions", 2), "ageuk_often_lonely")
                .orElseThrow().value()).isCloseTo(1 / (1 + Math.exp(-base)), within(1e-9));
        assertThat(measure(noRiskWith("age", 70, "daily_activities", "one"), "ageuk_often_lonely")
                .orElseThrow().value()).isCloseTo(1 / (1 + Math.exp(-(base + 0.32))), within(1e-9));
    }
}
