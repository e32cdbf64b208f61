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
     * The person asked about local services. With no {@code carried} answer the chat answers the
     * question about services and asks its own again; with one ("I am a carer, is there any carer's
     * allowance?" carries a yes) it answers both, keeping the answer as it keeps an {@link Understood}.
     *
     * @param question the question about services
     * @param carried  a value for the question asked, as {@link Understood#value()}, said in a
     *                 clause before the question about services; null when none was said
     */
    record AboutServices(ServiceQuestion question, Object carried) implements Interpretation {

        /** A question about services asked instead of an answer. */
        public AboutServices(ServiceQuestion question) {
            this(question, null);
        }
    }

    static Interpretation understood(Object value) {
        return new Understood(value);
    }

    static Interpretation unclear(String why) {
        return new Unclear(why);
    }
}
