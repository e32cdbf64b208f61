package uk.lantern.engine.interpret;

/**
 * What a typed answer was read as: a value the questionnaire's validation accepts, a reason it
 * could not be read safely, or a question about local services asked instead.
 */
public sealed interface Interpretation permits Interpretation.Understood, Interpretation.Unclear,
        Interpretation.AboutServices {

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

    /**
     * The person asked about local services instead of answering; the chat answers that and asks
     * the question again.
     */
    record AboutServices(ServiceQuestion question) implements Interpretation {
    }

    static Interpretation understood(Object value) {
        return new Understood(value);
    }

    static Interpretation unclear(String why) {
        return new Unclear(why);
    }
}
