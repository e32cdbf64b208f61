package uk.lantern.engine.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.lantern.engine.facts.Answer;

/**
 * One screening question as the rule base defines it.
 *
 * @param id       stable identifier used by answers, rules and the catalogue
 * @param section  the part of the screening it belongs to, for grouping on screen
 * @param text     the question as asked
 * @param help     "why we ask": shown on request
 * @param type     what kind of answer it takes
 * @param options  the fixed options of a single-choice question, in display order
 * @param min      lowest whole number accepted (whole-number questions)
 * @param max      highest whole number accepted (whole-number questions)
 * @param required whether an answer must be given when the question is asked
 * @param askIf    skip logic, or null when the question is always asked
 */
public record Question(
        String id,
        String section,
        String text,
        String help,
        AnswerType type,
        List<AnswerOption> options,
        Integer min,
        Integer max,
        boolean required,
        AskIf askIf) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** Whether the question applies given the answers so far. */
    public boolean isAskedGiven(Function<String, Answer> earlier) {
        return askIf == null || askIf.isMetBy(earlier.apply(askIf.question()));
    }
}
