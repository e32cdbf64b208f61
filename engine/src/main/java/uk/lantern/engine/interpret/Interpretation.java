package uk.lantern.engine.interpret;

/**
 * What a typed answer was read as: either a value the questionnaire's validation accepts, or a
 * reason it could not be read safely.
 */
public sealed interface Interpretation permits Interpretation.Understood, Interpretation.Unclear {

    /**
     * The answer was understood.
     *
     * @param value what validation accepts for the question's type: a {@link Boolean} for yes/no,
     *              the option id for a single choice, an {@link Integer} for a whole number, the
     *              postcode in standard form, or the text itself for free text
     */
    record Understood(Object value) implements Interpretation {
    }

    /**
     * The answer could not be read without guessing.
     *
     * @param why a short reason in plain English, fit to show before asking again
     */
    record Unclear(String why) implements Interpretation {
    }

    static Interpretation understood(Object value) {
        return new Understood(value);
    }

    static Interpretation unclear(String why) {
        return new Unclear(why);
    }
}
