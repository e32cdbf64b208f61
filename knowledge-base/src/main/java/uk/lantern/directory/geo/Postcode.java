package uk.lantern.directory.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised UK postcode or outward code ("ME7 1AB" or "ME7"). Input may be in any case and
 * with any spacing; the inward part, when present, is always separated by one space.
 */
public record Postcode(String outward, String inward) {
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");

    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (OUTWARD.matcher(compact).matches()) {
            return Optional.of(new Postcode(compact, null));
        }
        if (compact.length() >= 5) {
            String outward = compact.substring(0, compact.length() - 3);
            String inward = compact.substring(compact.length() - 3);
            if (OUTWARD.matcher(outward).matches() && INWARD.matcher(inward).matches()) {
                return Optional.of(new Postcode(outward, inward));
            }
        }
        return Optional.empty();
    }

    public boolean isFull() {
        return inward != null;
    }

    /** "ME7 1AB", or "ME7" for an outward code. */
    public String text() {
        return inward == null ? outward : outward + " " + inward;
    }
}
