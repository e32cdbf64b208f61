package uk.lantern.engine.facts;

import java.util.Objects;

/**
 * A validated answer to one question: the fact the rules match on. Exactly one of the value
 * accessors is meaningful, according to the question's type; the others hold neutral values so
 * that rule constraints never meet a null.
 */
public final class Answer {

    private final String question;
    private final boolean yes;
    private final String option;
    private final int number;
    private final String text;
    private final String canonical;

    private Answer(String question, boolean yes, String option, int number, String text, String canonical) {
        this.question = Objects.requireNonNull(question);
        this.yes = yes;
        this.option = option == null ? "" : option;
        this.number = number;
        this.text = text == null ? "" : text;
        this.canonical = canonical;
    }

    public static Answer yesNo(String question, boolean yes) {
        return new Answer(question, yes, null, yes ? 1 : 0, null, yes ? "yes" : "no");
    }

    /** A chosen option; {@code score} is the option's score from the questionnaire. */
    public static Answer choice(String question, String option, int score) {
        return new Answer(question, false, option, score, null, option);
    }

    public static Answer wholeNumber(String question, int number) {
        return new Answer(question, false, null, number, null, Integer.toString(number));
    }

    public static Answer text(String question, String text) {
        return new Answer(question, false, null, 0, text, text);
    }

    public String getQuestion() {
        return question;
    }

    public boolean isYes() {
        return yes;
    }

    public String getOption() {
        return option;
    }

    /** The whole number given, or the chosen option's score. */
    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    /** The answer as text: "yes"/"no", the option id, the number, or the text itself. */
    public String canonical() {
        return canonical;
    }

    @Override
    public String toString() {
        return question + "=" + canonical;
    }
}
