package uk.lantern.engine.interpret;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Answers read as on 30 November 2026, the day the tuning sets were written, against the test
 * copy of the shipped questions ({@link ShippedQuestions}), and a kept value as the corpus files
 * write it ("yes", "no", an option id, a number).
 */
final class WrittenDay {

    private static final AnswerInterpreter INTERPRETER = new AnswerInterpreter(
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/London")));

    private WrittenDay() {
    }

    static Interpretation read(String questionId, String typed) {
        return INTERPRETER.interpret(ShippedQuestions.byId(questionId), typed);
    }

    static String written(Object value) {
        return String.valueOf(value instanceof Boolean b ? (b ? "yes" : "no") : value);
    }
}
