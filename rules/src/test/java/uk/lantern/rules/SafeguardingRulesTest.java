package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.rules.Screenings.noRiskWith;

import org.junit.jupiter.api.Test;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;

/** Answers that reveal immediate danger set the urgent flag whatever the score. */
class SafeguardingRulesTest {

    @Test
    void notFeelingSafeAtHomeIsUrgentEvenWithALowScore() {
        Assessment a = Screenings.engine().assess(noRiskWith("feel_safe_at_home", "no"));
        assertThat(a.urgent()).isTrue();
        assertThat(a.band()).isEqualTo(Band.LOW);
        assertThat(a.urgentConcerns()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("unsafe_at_home");
            assertThat(c.help()).isEqualTo("abuse");
            assertThat(c.whatToDoNow()).contains("999").contains("0808 2000 247").contains("0808 808 8141")
                    .contains("116 123");
        });
    }

    @Test
    void thoughtsOfHarmAreUrgentWithCrisisNumbers() {
        Assessment a = Screenings.engine().assess(noRiskWith("thoughts_of_harm", "yes"));
        assertThat(a.urgent()).isTrue();
        assertThat(a.urgentConcerns()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("thoughts_of_harm");
            assertThat(c.help()).isEqualTo("suicide_self_harm");
            assertThat(c.whatToDoNow()).contains("999").contains("NHS 111").contains("option 2")
                    .contains("116 123").contains("85258");
        });
    }

    @Test
    void bothConcernsAreReported() {
        Assessment a = Screenings.engine().assess(noRiskWith("thoughts_of_harm", "yes", "feel_safe_at_home", "no"));
        assertThat(a.urgentConcerns()).extracting(Assessment.UrgentConcern::id)
                .containsExactlyInAnyOrder("unsafe_at_home", "thoughts_of_harm");
    }

    @Test
    void safeAnswersRaiseNoFlag() {
        Assessment a = Screenings.engine().assess(Screenings.noRisk());
        assertThat(a.urgent()).isFalse();
        assertThat(a.urgentConcerns()).isEmpty();
    }

    @Test
    void concernsAreFoundFromAPartScreeningAsSoonAsTheAnswerIsGiven() {
        assertThat(Screenings.engine().urgentConcernsSoFar(java.util.Map.of("feel_safe_at_home", "no")))
                .extracting(Assessment.UrgentConcern::id).containsExactly("unsafe_at_home");
        assertThat(Screenings.engine().urgentConcernsSoFar(java.util.Map.of("age", 80, "feel_safe_at_home", "yes")))
                .isEmpty();
        assertThat(Screenings.engine().urgentConcernsSoFar(java.util.Map.of())).isEmpty();
    }

    @Test
    void aPartScreeningStillRefusesInvalidAnswers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Screenings.engine().urgentConcernsSoFar(java.util.Map.of("thoughts_of_harm", "perhaps")))
                .isInstanceOf(uk.lantern.engine.questionnaire.InvalidAnswersException.class);
    }
}
