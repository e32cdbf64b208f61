package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.Assessment;

/**
 * Needs follow causes. When cost is what keeps someone in, nothing free is held back: befriending
 * stays, money help is added, and {@code free_services} asks the signposting to mark what charges.
 */
class NeedRulesTest {

    private static List<String> needs(Map<String, Object> answers) {
        return Screenings.engine().assess(answers).needs().stream().map(Assessment.Need::id).toList();
    }

    private static final Object[] LONELY = {"lack_companionship", "often", "left_out", "often",
            "isolated_from_others", "often", "how_often_lonely", "often_always"};

    @Test
    void aPersonWithNoRiskFactorsIsOfferedNothingInParticular() {
        assertThat(needs(Screenings.noRisk())).isEmpty();
    }

    @Test
    void lonelinessCallsForBefriendingAndGroups() {
        assertThat(needs(noRiskWith(LONELY)))
                .contains("befriending", "telephone_befriending", "social_groups")
                .doesNotContain("warmth_income");
    }

    @Test
    void whenCostKeepsThemInFreeHelpIsKeptAndMoneyHelpAdded() {
        Map<String, Object> answers = noRiskWith(LONELY);
        answers.put("money_worries", "yes");
        answers.put("money_stops_going_out", "yes");

        // befriending is usually free: holding it back sent people to paid help instead (issue 14)
        assertThat(needs(answers))
                .contains("warmth_income", "social_groups", "befriending", "telephone_befriending", "free_services");
    }

    @Test
    void onlyCostKeepingThemInAsksForFreeServices() {
        Map<String, Object> answers = noRiskWith(LONELY);
        answers.put("money_worries", "yes");
        answers.put("money_stops_going_out", "no");
        assertThat(needs(answers)).doesNotContain("free_services");
    }

    @Test
    void noOneToTurnToAndFewVisitorsCallForBefriending() {
        assertThat(needs(noRiskWith("confidant", "no"))).containsExactlyInAnyOrder("befriending", "community_navigators");
        assertThat(needs(noRiskWith("household_size", 1, "visitors", "monthly")))
                .containsExactlyInAnyOrder("befriending", "community_navigators");
        assertThat(needs(noRiskWith("household_size", 1, "visitors", "weekly")))
                .containsExactly("community_navigators");
    }

    @Test
    void moneyWorriesAloneDoNotHoldBackBefriending() {
        Map<String, Object> answers = noRiskWith(LONELY);
        answers.put("money_worries", "yes");
        answers.put("money_stops_going_out", "no");
        assertThat(needs(answers)).contains("befriending", "warmth_income");
    }

    @Test
    void eachNeedSaysWhatCalledForIt() {
        Assessment a = Screenings.engine().assess(noRiskWith("marital_status", "widowed", "recent_loss", "yes",
                "stopped_driving", "yes"));
        assertThat(a.needs()).filteredOn(n -> n.id().equals("bereavement_support")).singleElement()
                .satisfies(n -> assertThat(n.because()).containsExactlyInAnyOrder("Widowed", "Recent loss of someone close"));
        assertThat(a.needs()).filteredOn(n -> n.id().equals("transport")).singleElement()
                .satisfies(n -> assertThat(n.because()).containsExactly("Stopped driving"));
    }

    @Test
    void aMaleCarerIsPointedToCarersSupportAndMensGroups() {
        assertThat(needs(noRiskWith("is_carer", "yes", "cares_for", "partner", "sex", "male")))
                .containsExactlyInAnyOrder("carers_support", "mens_groups");
        assertThat(needs(noRiskWith("is_carer", "yes", "cares_for", "partner", "sex", "female")))
                .containsExactly("carers_support");
    }

    @Test
    void caringForAPartnerIsReadAndNamedAsAReasonForCarersSupport() {
        Assessment a = Screenings.engine().assess(noRiskWith("is_carer", "yes", "cares_for", "partner"));
        assertThat(a.needs()).filteredOn(n -> n.id().equals("carers_support")).singleElement()
                .satisfies(n -> assertThat(n.because())
                        .containsExactly("Caring for someone", "Caring for a husband, wife or partner"));
        assertThat(Screenings.engine().assess(noRiskWith("is_carer", "yes", "cares_for", "parent")).factors())
                .extracting(Assessment.Factor::id).containsExactly("carer");
    }
}
