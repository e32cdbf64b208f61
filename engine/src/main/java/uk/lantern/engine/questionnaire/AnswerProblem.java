package uk.lantern.engine.questionnaire;

/**
 * One thing wrong with a set of answers, worded so that the person sending them can fix it.
 *
 * @param question the question concerned
 * @param code     a stable machine-readable kind of problem
 * @param message  what is wrong and what is accepted
 */
public record AnswerProblem(String question, Code code, String message) {

    public enum Code {
        UNKNOWN_QUESTION,
        WRONG_TYPE,
        OUT_OF_RANGE,
        OPTION_NOT_OFFERED,
        REQUIRED,
        NOT_ASKED,
        INVALID_FORMAT,
        TOO_LONG
    }
}
