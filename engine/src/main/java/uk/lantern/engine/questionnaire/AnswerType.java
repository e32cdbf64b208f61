package uk.lantern.engine.questionnaire;

/** The kinds of answer a question accepts; each front end renders and parses them alike. */
public enum AnswerType {
    YES_NO,
    SINGLE_CHOICE,
    WHOLE_NUMBER,
    POSTCODE,
    FREE_TEXT
}
