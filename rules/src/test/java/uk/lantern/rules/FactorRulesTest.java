package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.catalogue.WeightSource;

/**
 * Each risk factor at its boundary: the answers on one side raise it with the catalogue's points,
 * the answers just on the other side do not. Rows are named by factor id, as in the catalogue.
 */
class FactorRulesTest {

    static Stream<Arguments> boundaries() {
        return Stream.of(
                row("living_alone", noRiskWith("household_size", 1), noRiskWith("household_size", 2)),
                row("widowed", noRiskWith("marital_status", "widowed"), noRiskWith("marital_status", "separated_or_divorced")),
                row("recent_loss", noRiskWith("recent_loss", "yes"), noRiskWith("recent_loss", "no")),
                row("sight_loss", noRiskWith("sight_loss", "yes"), noRiskWith("sight_loss", "no")),
                row("many_eye_conditions", noRiskWith("sight_loss", "yes", "eye_conditions", 3),
                        noRiskWith("sight_loss", "yes", "eye_conditions", 2)),
                row("hearing_loss", noRiskWith("hearing_loss", "yes"), noRiskWith("hearing_loss", "no")),
                row("stopped_driving", noRiskWith("stopped_driving", "yes"), noRiskWith("stopped_driving", "no")),
                row("cannot_get_out", noRiskWith("can_get_out", "no"), noRiskWith("can_get_out", "yes")),
                row("carer", noRiskWith("is_carer", "yes", "cares_for", "partner"), noRiskWith("is_carer", "no")),
                row("male_carer", noRiskWith("is_carer", "yes", "cares_for", "partner", "sex", "male"),
                        noRiskWith("is_carer", "yes", "cares_for", "partner", "sex", "female")),
                row("partner_carer", noRiskWith("is_carer", "yes", "cares_for", "partner"),
                        noRiskWith("is_carer", "yes", "cares_for", "parent")),
                row("cold_home", noRiskWith("cold_home", "yes"), noRiskWith("cold_home", "no")),
                row("low_income", noRiskWith("money_worries", "yes", "money_stops_going_out", "no"),
                        noRiskWith("money_worries", "no")),
                row("money_barrier", noRiskWith("money_worries", "yes", "money_stops_going_out", "yes"),
                        noRiskWith("money_worries", "yes", "money_stops_going_out", "no")),
                row("age_80_plus", noRiskWith("age", 80), noRiskWith("age", 79)),
                row("age_80_plus", noRiskWith("age", 120), noRiskWith("age", 18)),
                row("health_poor", noRiskWith("self_rated_health", "poor"), noRiskWith("self_rated_health", "fair")),
                row("health_fair", noRiskWith("self_rated_health", "fair"), noRiskWith("self_rated_health", "good")),
                row("health_good", noRiskWith("self_rated_health", "good"), noRiskWith("self_rated_health", "very_good")),
                row("long_term_condition", noRiskWith("long_term_condition", "yes"), noRiskWith("long_term_condition", "no")),
                row("daily_activities_one", noRiskWith("daily_activities", "one"), noRiskWith("daily_activities", "none")),
                row("daily_activities_two_plus", noRiskWith("daily_activities", "two_or_more"),
                        noRiskWith("daily_activities", "one")),
                row("dementia", noRiskWith("memory_problems", "yes"), noRiskWith("memory_problems", "no")),
                row("mental_health", noRiskWith("low_mood", "yes"), noRiskWith("low_mood", "no")),
                row("recently_retired", noRiskWith("work", "retired_recently"), noRiskWith("work", "retired")),
                row("unemployed", noRiskWith("work", "unemployed"), noRiskWith("work", "unable_to_work")),
                row("language_barrier", noRiskWith("language_barrier", "yes"), noRiskWith("language_barrier", "no")),
                row("infrequent_contact", noRiskWith("contact_family", "less_than_monthly", "contact_friends", "none"),
                        noRiskWith("contact_family", "less_than_monthly", "contact_friends", "monthly_or_more")),
                row("infrequent_contact", noRiskWith("contact_family", "none", "contact_friends", "less_than_monthly"),
                        noRiskWith("contact_family", "monthly_or_more", "contact_friends", "less_than_monthly")),
                row("no_group", noRiskWith("group_member", "no"), noRiskWith("group_member", "yes")),
                row("no_confidant", noRiskWith("confidant", "no"), noRiskWith("confidant", "yes")),
                row("alone_few_visitors", noRiskWith("household_size", 1, "visitors", "monthly"),
                        noRiskWith("household_size", 1, "visitors", "weekly")),
                row("alone_rarely_visited", noRiskWith("household_size", 1, "visitors", "rarely"),
                        noRiskWith("household_size", 1, "visitors", "monthly")),
                row("older_man_few_contacts",
                        noRiskWith("sex", "male", "age", 65, "contact_family", "none", "contact_friends", "none"),
                        noRiskWith("sex", "male", "age", 64, "contact_family", "none", "contact_friends", "none")),
                row("older_man_few_contacts",
                        noRiskWith("sex", "male", "age", 65, "contact_family", "none", "contact_friends", "none"),
                        noRiskWith("sex", "female", "age", 65, "contact_family", "none", "contact_friends", "none")),
                row("lonely_ucla3",
                        noRiskWith("lack_companionship", "some_of_the_time", "left_out", "some_of_the_time",
                                "isolated_from_others", "some_of_the_time"),
                        noRiskWith("lack_companionship", "some_of_the_time", "left_out", "some_of_the_time",
                                "isolated_from_others", "hardly_ever")),
                row("chronic_loneliness", noRiskWith("how_often_lonely", "often_always"),
                        noRiskWith("how_often_lonely", "some_of_the_time")));
    }

    private static Arguments row(String factor, Map<String, Object> raises, Map<String, Object> doesNotRaise) {
        return Arguments.of(factor, raises, doesNotRaise);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void raisesTheFactorOnlyOnItsSideOfTheBoundary(String factor, Map<String, Object> raises,
                                                   Map<String, Object> doesNotRaise) {
        FactorEntry entry = Screenings.engine().ruleBase().catalogue().factor(factor).orElseThrow();

        Assessment raised = Screenings.engine().assess(raises);
        assertThat(raised.factors()).filteredOn(f -> f.id().equals(factor)).singleElement().satisfies(f -> {
            assertThat(f.points()).isEqualTo(entry.points());
            // a model's published weight is expert-set outside the ages the model was fitted on
            boolean outsideModel = entry.model() != null && ((Number) raises.get("age")).intValue() < 65;
            assertThat(f.weightSource()).isEqualTo(outsideModel ? WeightSource.EXPERT_SET : entry.weightSource());
            assertThat(f.reason()).isEqualTo(entry.reason());
            assertThat(f.rule()).isNotBlank();
        });
        assertThat(raised.score()).isEqualTo(raised.factors().stream().mapToInt(Assessment.Factor::points).sum());

        Assessment notRaised = Screenings.engine().assess(doesNotRaise);
        assertThat(notRaised.factors()).extracting(Assessment.Factor::id).doesNotContain(factor);
    }
}

