package uk.lantern.engine.questionnaire;

import java.util.List;

/** Thrown when answers fail validation; carries every problem found, not just the first. */
public final class InvalidAnswersException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " with the answers: "
                + String.join("; ", problems.stream().map(p -> p.question() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
