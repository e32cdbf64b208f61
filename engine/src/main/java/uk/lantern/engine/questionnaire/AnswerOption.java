package uk.lantern.engine.questionnaire;

/**
 * One fixed option of a single-choice question.
 *
 * @param id    the value a client sends
 * @param label the wording shown to the person
 * @param score the number the rules read (for example 1 to 3 on the UCLA items); zero when the
 *              option carries no score
 */
public record AnswerOption(String id, String label, int score) {
}
