package uk.lantern.engine.interpret;

import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * Reads what a person typed in the chat as the answer to one question, in everyday English:
 * "afraid so", "now and then", "my wife died", "eighty two", "just me since Jim died",
 * "it's me7 1ab thanks". The value of an {@link Interpretation.Understood} is what
 * {@link Questionnaire#validate} accepts for the question; anything that cannot be read without
 * guessing is {@link Interpretation.Unclear}, with a reason the chat can show before asking
 * again.
 *
 * <p>Stateless and thread-safe: share one instance.
 */
public final class AnswerInterpreter {

    public Interpretation interpret(Question question, String text) {
        Words words = Words.of(text);
        return switch (question.type()) {
            case YES_NO -> YesNoReading.read(words);
            case SINGLE_CHOICE -> ChoiceReading.read(question, words);
            case WHOLE_NUMBER -> HouseholdReading.QUESTION_ID.equals(question.id())
                    ? HouseholdReading.read(question, words)
                    : WholeNumberReading.read(question, words);
            case POSTCODE -> PostcodeReading.read(text);
            case FREE_TEXT -> freeText(text);
        };
    }

    private static Interpretation freeText(String text) {
        if (text == null || text.isBlank()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        String kept = text.strip();
        return kept.length() <= Questionnaire.FREE_TEXT_MAX
                ? Interpretation.understood(kept)
                : Interpretation.unclear("That is longer than I can keep (" + Questionnaire.FREE_TEXT_MAX + " characters at most).");
    }
}
