package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lantern.engine.interpret.Interpretation.Unclear;

/** What the chat is told when an answer cannot be read. */
class UnclearAnswersTest {

    private final AnswerInterpreter interpreter = new AnswerInterpreter();

    @Test
    void anUnknownChoiceListsTheOptions() {
        Interpretation reading = interpreter.interpret(ShippedQuestions.byId("marital_status"), "banana");
        assertThat(reading).isInstanceOfSatisfying(Unclear.class,
                unclear -> assertThat(unclear.why()).contains("Widowed").doesNotContain("banana"));
    }

    @Test
    void aNumberOutOfRangeSaysWhatIsAccepted() {
        Interpretation reading = interpreter.interpret(ShippedQuestions.byId("age"), "eight");
        assertThat(reading).isInstanceOfSatisfying(Unclear.class,
                unclear -> assertThat(unclear.why()).contains("18 to 120"));
    }

    @Test
    void aHalfAnswerIsAskedAgainWithoutGuessingEitherWay() {
        Interpretation reading = interpreter.interpret(ShippedQuestions.byId("can_get_out"), "with a bit of help");
        assertThat(reading).isInstanceOfSatisfying(Unclear.class,
                unclear -> assertThat(unclear.why()).contains("rather not guess").contains("fits best"));
        // An opening no settles it.
        assertThat(interpreter.interpret(ShippedQuestions.byId("is_carer"), "no, I just pop in on my neighbour"))
                .isEqualTo(new Interpretation.Understood(Boolean.FALSE));
    }

    @Test
    void freeTextThatIsTooLongIsNotCut() {
        Interpretation reading = interpreter.interpret(ShippedQuestions.byId("notes"), "a".repeat(501));
        assertThat(reading).isInstanceOf(Unclear.class);
    }

    @Test
    void nullIsUnclearForEveryType() {
        for (String id : new String[] {"low_mood", "sex", "age", "household_size", "postcode", "notes"}) {
            assertThat(interpreter.interpret(ShippedQuestions.byId(id), null)).as(id).isInstanceOf(Unclear.class);
        }
    }
}
