package uk.lantern.web.chat;

import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.Question;

/**
 * How a typed answer was read, said back before the next question so a misreading can be put
 * right: "I've put that as: Fair."
 */
final class ReadBack {

    /** The quick reply that reopens the answer just read back. */
    static final QuickReply CHANGE = new QuickReply("Change my answer", "change my answer");

    private ReadBack() {
    }

    /** The sentence for the value kept for {@code q}. */
    static String of(Question q, Object value) {
        String shown = switch (q.type()) {
            case YES_NO -> Boolean.TRUE.equals(value) ? "yes" : "no";
            case SINGLE_CHOICE -> q.option(String.valueOf(value)).map(AnswerOption::label).orElse(String.valueOf(value));
            case WHOLE_NUMBER, POSTCODE, FREE_TEXT -> String.valueOf(value);
        };
        return "I've put that as: " + shown + ". If that's not right, say \"change my answer\".";
    }
}
