package uk.lantern.directory.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised UK postcode ("ME7 1AB"), postcode sector ("ME7 1") or outward code, also called the
 * district ("ME7"). Input may be in any case and with any spacing; the inward part, when present, is
 * always separated by one space.
 *
 * @param outward the outward code, 2 to 4 characters ("ME7", "SW1A")
 * @param inward  the inward code ("1AB"), its digit alone for a sector ("1"), or null for a district
 */
public record Postcode(String outward, String inward) {
    static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");

    /** Reads a postcode or outward code alone (never a sector, which is only read in {@link Gazetteer#lookup}). */
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

    /** The sector of an outward code and the inward code's digit ("ME7", '1' gives "ME7 1"). */
    public static Postcode sector(String outward, char digit) {
        return new Postcode(outward, String.valueOf(digit));
    }

    /** A whole postcode, with its inward code. */
    public boolean isFull() {
        return inward != null && inward.length() == 3;
    }

    /** A sector: the outward code and the inward code's digit. */
    public boolean isSector() {
        return inward != null && inward.length() == 1;
    }

    /** This postcode's sector ("ME7 1AB" gives "ME7 1"); a sector or district is returned as it is. */
    public Postcode sector() {
        return isFull() ? sector(outward, inward.charAt(0)) : this;
    }

    /** The district alone ("ME7"). */
    public Postcode district() {
        return inward == null ? this : new Postcode(outward, null);
    }

    /** "ME7 1AB", "ME7 1" for a sector, or "ME7" for an outward code. */
    public String text() {
        return inward == null ? outward : outward + " " + inward;
    }
}
