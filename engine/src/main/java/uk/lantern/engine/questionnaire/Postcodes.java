package uk.lantern.engine.questionnaire;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads UK postcodes written any way ("me71ab", " Me7  1AB ") into their standard form
 * ("ME7 1AB"). An outward code alone ("ME7") is accepted too: it is enough to find nearby
 * services and says less about the person.
 */
public final class Postcodes {

    private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    private Postcodes() {
    }

    /** The postcode or outward code in standard form, or empty when the text is not one. */
    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String compact = written.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.UK);
        Matcher full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(full.group(1) + " " + full.group(2));
        }
        return OUTWARD.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
