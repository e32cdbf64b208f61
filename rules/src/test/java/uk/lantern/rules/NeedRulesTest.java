package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.Assessment;

/** Needs follow causes, and befriending is not offered when cost is what keeps someone in. */
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
    void whenCostKeepsThemInMoneyHelpReplacesBefriending() {
        Map<String, Object> answers = noRiskWith(LONELY);
        answers.put("money_worries", "yes");
        answers.put("money_stops_going_out", "yes");

        assertThat(needs(answers))
                .contains("warmth_income", "social_groups")
                .doesNotContain("befriending", "telephone_befriending");
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
}
