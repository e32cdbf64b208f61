package uk.lantern.engine.questionnaire;

import java.util.List;
import uk.lantern.engine.facts.Answer;

/**
 * Skip logic: a question is asked only when an earlier answer is one of {@code anyOf}. Answers
 * are compared in their canonical text form ({@code "yes"}, an option id, or a number).
 *
 * @param question the earlier question
 * @param anyOf    the answers that make this question relevant
 */
public record AskIf(String question, List<String> anyOf) {

    public AskIf {
        anyOf = List.copyOf(anyOf);
    }

    boolean isMetBy(Answer earlier) {
        return earlier != null && anyOf.contains(earlier.canonical());
    }
}
