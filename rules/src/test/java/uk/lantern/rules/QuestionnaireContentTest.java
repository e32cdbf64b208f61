package uk.lantern.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.questionnaire.AnswerProblem;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Question;

/** The shipped questionnaire: complete wording, and invalid answers refused with every problem named. */
class QuestionnaireContentTest {

    @Test
    void everyQuestionHasWordingAndAWhyWeAsk() {
        for (Question q : Screenings.engine().ruleBase().questionnaire().questions()) {
            assertThat(q.text()).as(q.id()).isNotBlank();
            assertThat(q.help()).as(q.id()).isNotBlank();
            assertThat(q.section()).as(q.id()).isNotBlank();
            if (q.type() == AnswerType.SINGLE_CHOICE) {
                assertThat(q.options()).as(q.id()).hasSizeGreaterThan(1);
            }
            if (q.type() == AnswerType.WHOLE_NUMBER) {
                assertThat(q.min()).as(q.id()).isNotNull();
                assertThat(q.max()).as(q.id()).isGreaterThan(q.min());
            }
        }
    }

    @Test
    void theNoRiskFixtureAnswersEveryRequiredQuestion() {
        assertThat(Screenings.engine().ruleBase().questionnaire().validate(Screenings.noRisk()).size())
                .isEqualTo(Screenings.noRisk().size());
    }

    @Test
    void aBadScreeningIsRefusedWithEveryProblem() {
        Map<String, Object> answers = Screenings.noRiskWith("age", 130, "marital_status", "engaged",
                "group_member", 3, "favourite_colour", "blue");
        answers.put("cares_for", "partner"); // after noRiskWith, which drops answers to questions not asked
        answers.remove("thoughts_of_harm");

        InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
                () -> Screenings.engine().assess(answers));

        assertThat(e.problems()).extracting(AnswerProblem::question, AnswerProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("favourite_colour", AnswerProblem.Code.UNKNOWN_QUESTION),
                org.assertj.core.groups.Tuple.tuple("age", AnswerProblem.Code.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("marital_status", AnswerProblem.Code.OPTION_NOT_OFFERED),
                org.assertj.core.groups.Tuple.tuple("group_member", AnswerProblem.Code.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("cares_for", AnswerProblem.Code.NOT_ASKED),
                org.assertj.core.groups.Tuple.tuple("thoughts_of_harm", AnswerProblem.Code.REQUIRED));
    }
}
