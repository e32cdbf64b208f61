package uk.lantern.web.records;

import java.util.List;

/** A screening or outcome that cannot be stored as sent; nothing was changed. */
public final class InvalidScreeningException extends RuntimeException {

    /** One thing to put right: the field (e.g. {@code reference}, {@code answers.age}) and what is wrong. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidScreeningException(List<Problem> problems) {
        super(problems.size() + " problem(s) with the screening");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
