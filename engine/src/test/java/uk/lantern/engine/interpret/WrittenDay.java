package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Answers read as on 30 November 2026, the day the tuning sets were written, against the test
 * copy of the shipped questions ({@link ShippedQuestions}), and a kept value as the corpus files
 * write it ("yes", "no", an option id, a number). The one setup the interpreter's tests share.
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

    /**
     * Asserts how {@code typed} is read as the answer to {@code questionId}. {@code expected} is
     * a kept value as written ({@code yes}, {@code no}, an option id, a number, a postcode);
     * {@code unclear}, asked again with a reason the chat can show; {@code again}, not kept (asked
     * again, or taken as a question about services); {@code service}, a question about services;
     * {@code notservice}, anything but a question about services; or {@code !value}, anything but
     * that value kept.
     */
    static void assertReads(String questionId, String expected, String typed) {
        Interpretation reading = read(questionId, typed);
        switch (expected) {
            case "unclear" -> assertThat(reading).isInstanceOfSatisfying(Interpretation.Unclear.class,
                    u -> assertThat(u.why()).isNotBlank());
            case "again" -> assertThat(reading).isNotInstanceOf(Interpretation.Understood.class);
            case "service" -> assertThat(reading).isInstanceOf(Interpretation.AboutServices.class);
            case "notservice" -> assertThat(reading).isNotInstanceOf(Interpretation.AboutServices.class);
            default -> {
                if (expected.startsWith("!")) {
                    if (reading instanceof Interpretation.Understood u) {
                        assertThat(written(u.value())).isNotEqualTo(expected.substring(1));
                    }
                } else {
                    assertThat(reading).isInstanceOfSatisfying(Interpretation.Understood.class,
                            u -> assertThat(written(u.value())).isEqualTo(expected));
                }
            }
        }
    }
}
