package uk.lantern.engine.questionnaire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of answer a question accepts; each front end renders and parses them alike. */
public enum AnswerType {
    @JsonProperty("yes_no")
    YES_NO,
    @JsonProperty("single_choice")
    SINGLE_CHOICE,
    @JsonProperty("whole_number")
    WHOLE_NUMBER,
    @JsonProperty("postcode")
    POSTCODE,
    @JsonProperty("free_text")
    FREE_TEXT
}
