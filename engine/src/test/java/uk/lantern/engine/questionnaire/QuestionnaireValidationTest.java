package uk.lantern.engine.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.questionnaire.AnswerProblem.Code;

class QuestionnaireValidationTest {

    private static Questionnaire questionnaire;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = QuestionnaireValidationTest.class.getResourceAsStream("/lantern/testrules/questionnaire.json")) {
            questionnaire = Questionnaire.read(in);
        }
    }

    private static Map<String, Object> valid() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 70);
        a.put("lives_alone", true);
        a.put("cares", "no");
        return a;
    }

    private static List<AnswerProblem> problems(Map<String, Object> answers) {
        return catchThrowableOfType(InvalidAnswersException.class, () -> questionnaire.validate(answers)).problems();
    }

    @Test
    void acceptsValidAnswersInQuestionnaireOrder() {
        ValidAnswers answers = questionnaire.validate(valid());
        assertThat(answers.all()).extracting(Answer::getQuestion).containsExactly("age", "lives_alone", "cares");
        assertThat(answers.get("lives_alone")).get().extracting(Answer::isYes).isEqualTo(true);
        assertThat(answers.get("cares")).get().extracting(Answer::isYes).isEqualTo(false);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 17);
        a.put("lives_alone", "perhaps");
        a.put("cares", true);
        a.put("cares_for", "neighbour");
        a.put("shoe_size", 9);
        a.put("postcode", "not a postcode");

        assertThat(problems(a))
                .extracting(AnswerProblem::question, AnswerProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("shoe_size", Code.UNKNOWN_QUESTION),
                        org.assertj.core.groups.Tuple.tuple("age", Code.OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("lives_alone", Code.WRONG_TYPE),
                        org.assertj.core.groups.Tuple.tuple("cares_for", Code.OPTION_NOT_OFFERED),
                        org.assertj.core.groups.Tuple.tuple("postcode", Code.INVALID_FORMAT));
    }

    @Test
    void missingRequiredAnswersAreEachNamed() {
        assertThat(problems(Map.of()))
                .extracting(AnswerProblem::question, AnswerProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("age", Code.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("lives_alone", Code.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("cares", Code.REQUIRED));
    }

    @Test
    void wholeNumbersAreCheckedAtBothEndsOfTheirRange() {
        for (int age : new int[] {18, 120}) {
            Map<String, Object> a = valid();
            a.put("age", age);
            assertThat(questionnaire.validate(a).get("age")).get().extracting(Answer::getNumber).isEqualTo(age);
        }
        for (Object age : new Object[] {17, 121, Long.MAX_VALUE, new BigInteger("99999999999999999999")}) {
            Map<String, Object> a = valid();
            a.put("age", age);
            assertThat(problems(a)).singleElement().extracting(AnswerProblem::code).isEqualTo(Code.OUT_OF_RANGE);
        }
    }

    @Test
    void numbersMustBeWholeNumbersNotTextOrFractions() {
        for (Object age : new Object[] {"70", 70.5, true}) {
            Map<String, Object> a = valid();
            a.put("age", age);
            assertThat(problems(a)).singleElement().extracting(AnswerProblem::code).isEqualTo(Code.WRONG_TYPE);
        }
    }

    @Test
    void skipLogicAsksFollowUpOnlyWhenItApplies() {
        Map<String, Object> carer = valid();
        carer.put("cares", "yes");
        assertThat(problems(carer)).singleElement()
                .satisfies(p -> {
                    assertThat(p.question()).isEqualTo("cares_for");
                    assertThat(p.code()).isEqualTo(Code.REQUIRED);
                });
        carer.put("cares_for", "partner");
        assertThat(questionnaire.validate(carer).get("cares_for")).get().extracting(Answer::getOption).isEqualTo("partner");

        Map<String, Object> notCarer = valid();
        notCarer.put("cares_for", "partner");
        assertThat(problems(notCarer)).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(Code.NOT_ASKED);
                    assertThat(p.message()).contains("cares").contains("yes");
                });
    }

    @Test
    void freeTextIsLimitedInLength() {
        Map<String, Object> a = valid();
        a.put("notes", "x".repeat(Questionnaire.FREE_TEXT_MAX));
        assertThat(questionnaire.validate(a).get("notes")).isPresent();
        a.put("notes", "x".repeat(Questionnaire.FREE_TEXT_MAX + 1));
        assertThat(problems(a)).singleElement().extracting(AnswerProblem::code).isEqualTo(Code.TOO_LONG);
    }

    @Test
    void problemMessagesDoNotEchoFreeText() {
        Map<String, Object> a = valid();
        a.put("lives_alone", "my name is Jane Smith");
        assertThat(problems(a)).singleElement().extracting(AnswerProblem::message).asString()
                .doesNotContain("Jane");
    }

    @Test
    void postcodesAreStoredInStandardForm() {
        Map<String, Object> a = valid();
        a.put("postcode", " me71ab ");
        assertThat(questionnaire.validate(a).get("postcode")).get().extracting(Answer::getText).isEqualTo("ME7 1AB");
    }

    @Test
    void blankOptionalAnswersCountAsNotGiven() {
        Map<String, Object> a = valid();
        a.put("postcode", "  ");
        assertThat(questionnaire.validate(a).get("postcode")).isEmpty();
    }

    @Test
    void aQuestionnaireWhoseSkipLogicPointsForwardIsRefused() {
        Question later = new Question("b", "s", "t", "h", AnswerType.YES_NO, List.of(), null, null, true,
                new AskIf("c", List.of("yes")));
        Question earlier = new Question("c", "s", "t", "h", AnswerType.YES_NO, List.of(), null, null, true, null);
        assertThatThrownBy(() -> new Questionnaire("v", List.of(later, earlier)))
                .hasMessageContaining("must come earlier");
    }
}
