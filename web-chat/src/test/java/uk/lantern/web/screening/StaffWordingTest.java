package uk.lantern.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.lantern.engine.RuleBase;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/** Every question has worker wording that fits its type and range, and no wording is left over. */
class StaffWordingTest {

    private final RuleBase ruleBase = RuleBase.load();
    private final Map<String, StaffWording.Entry> wording = new StaffWording().questions();

    @Test
    void everyQuestionHasWordingAndNoWordingIsLeftOver() {
        assertThat(wording.keySet()).containsExactlyInAnyOrderElementsOf(
                ruleBase.questionnaire().questions().stream().map(Question::id).toList());
    }

    @Test
    void wordingFitsEachQuestionsType() {
        for (Question q : ruleBase.questionnaire().questions()) {
            StaffWording.Entry entry = wording.get(q.id());
            assertThat(entry.label()).as(q.id()).isNotBlank().hasSizeLessThan(30);
            assertThat(entry.missing()).as(q.id()).isNotBlank().doesNotEndWith(".");
            switch (q.type()) {
                case YES_NO -> assertThat(entry.missing()).as(q.id()).startsWith("Select yes if");
                case SINGLE_CHOICE -> assertThat(entry.missing()).as(q.id()).startsWith("Select");
                case WHOLE_NUMBER -> {
                    assertThat(entry.missing()).as(q.id()).startsWith("Enter");
                    assertThat(entry.format()).as(q.id()).startsWith("Enter").contains("like ");
                    // The range message states the questionnaire's own range, so the two cannot drift.
                    assertThat(entry.range()).as(q.id())
                            .endsWith("must be between " + q.min() + " and " + q.max());
                }
                case POSTCODE -> assertThat(entry.format()).as(q.id()).containsPattern("like ME[0-9]+ [0-9][A-Z]{2}");
                default -> assertThat(q.type()).isEqualTo(AnswerType.FREE_TEXT);
            }
        }
    }
}
