package uk.lantern.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;

/**
 * Postcodes and outward codes to points. The shipped table holds approximate centres of the
 * Medway districts (ME1-ME5, ME7, ME8) and a few sample full postcodes; load an ONS Postcode
 * Directory with {@link OnsPostcodeDirectory} for real coverage. A full postcode that is not
 * known falls back to its district's centre, which is close enough to rank local services.
 */
public final class Gazetteer {
    static final String SHIPPED_RESOURCE = "/lantern/directory/postcodes.csv";
    /** Town names people give instead of a postcode, each mapped to its postcode district. */
    static final String TOWNS_RESOURCE = "/lantern/directory/towns.csv";

    private static final java.util.regex.Pattern SECTOR =
            java.util.regex.Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])");
    /** Counties people add after a town ("Chatham, Kent"); dropped before the town is looked up. */
    private static final List<String> COUNTIES = List.of("kent", "medway", "england", "uk", "united kingdom");

    private final Map<String, GeoPoint> points;
    private final Map<String, String> towns = new HashMap<>();

    Gazetteer(Map<String, GeoPoint> points) {
        this.points = points;
        try (InputStream in = Gazetteer.class.getResourceAsStream(TOWNS_RESOURCE)) {
            if (in != null) {
                new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), TOWNS_RESOURCE)
                        .forEachRecord(r -> towns.put(r.get("town"), r.get("district")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table shipped with Lantern (Medway only). */
    public static Gazetteer shipped() {
        Map<String, GeoPoint> points = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postcode table " + SHIPPED_RESOURCE
                        + " is missing from the classpath; rebuild the knowledge-base module.");
            }
            new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED_RESOURCE)
                    .forEachRecord(r -> put(points, r.get("pcds"), r.get("lat"), r.get("long")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(points);
    }

    /** The shipped table plus every postcode of an ONS Postcode Directory CSV. */
    public static Gazetteer shippedWithOns(Path onsCsv) {
        Gazetteer gazetteer = shipped();
        gazetteer.points.putAll(OnsPostcodeDirectory.read(onsCsv).points);
        return gazetteer;
    }

    static boolean put(Map<String, GeoPoint> points, String code, String lat, String lon) {
        Optional<Postcode> postcode = Postcode.parse(code);
        if (postcode.isEmpty() || lat == null || lon == null) {
            return false;
        }
        try {
            points.put(postcode.get().text(), new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public int size() {
        return points.size();
    }

    /** Looks up what a person typed; never throws. */
    public PlaceLookup lookup(String input) {
        // non-breaking, figure and other odd spaces count as spaces; Java's \\s does not match them
        String shown = input == null ? "" : input.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
        Optional<PlaceLookup> sector = sector(shown);
        if (sector.isPresent()) {
            return sector.get();
        }
        Optional<Postcode> parsed = Postcode.parse(shown);
        if (parsed.isEmpty()) {
            Optional<PlaceLookup> town = town(shown);
            if (town.isPresent()) {
                return town.get();
            }
            return new PlaceLookup.NotFound(shown, shown.isEmpty()
                    ? "No postcode given; showing services across the whole area."
                    : "We don't know \"" + shown + "\" as a postcode (for example ME7 1AB or ME7) or a town "
                            + "we cover; showing services across the whole area.");
        }
        Postcode postcode = parsed.get();
        GeoPoint exact = points.get(postcode.text());
        if (exact != null) {
            return new PlaceLookup.Found(shown, postcode,
                    exact, postcode.isFull() ? PlaceLookup.Precision.POSTCODE : PlaceLookup.Precision.DISTRICT);
        }
        GeoPoint district = points.get(postcode.outward());
        if (postcode.isFull() && district != null) {
            return new PlaceLookup.Found(shown, postcode, district, PlaceLookup.Precision.DISTRICT);
        }
        return new PlaceLookup.NotFound(shown,
                "We couldn't find " + postcode.text() + "; showing services across the whole area.");
    }

    /**
     * A postcode sector ("ME7 1", the outward code and the inward code's digit) stands for its
     * district: the sector's own centre is not in the table, and the district's is close enough
     * to rank services.
     */
    private Optional<PlaceLookup> sector(String shown) {
        java.util.regex.Matcher m = SECTOR.matcher(shown.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        Postcode district = new Postcode(m.group(1), null);
        GeoPoint centre = points.get(district.text());
        return centre == null ? Optional.empty()
                : Optional.of(new PlaceLookup.Found(shown, district, centre, PlaceLookup.Precision.DISTRICT));
    }

    /**
     * A place as words: lower case, letters only, without a leading "I live in", "near" or "in" and
     * without a trailing county ("Chatham, Kent" and "chatham kent" are "chatham").
     */
    public static String placeWords(String shown) {
        String words = shown.toLowerCase(Locale.UK).replace(",", " , ").replaceAll("[^a-z ,]", " ")
                .replaceAll("\\s+", " ").strip();
        for (String prefix : new String[] {"i live in ", "i m in ", "im in ", "near ", "in ", "around "}) {
            if (words.startsWith(prefix)) {
                words = words.substring(prefix.length());
            }
        }
        for (String county : COUNTIES) {
            if (words.endsWith(" " + county)) {
                words = words.substring(0, words.length() - county.length() - 1).strip();
            }
        }
        return words.replaceAll("\\s*,\\s*$", "").replace(",", " ").replaceAll("\\s+", " ").strip();
    }

    /** A known town name, alone or in a short phrase ("near Chatham", "I live in Strood"). */
    private Optional<PlaceLookup> town(String shown) {
        String district = towns.get(placeWords(shown));
        if (district == null) {
            return Optional.empty();
        }
        Postcode postcode = Postcode.parse(district).orElseThrow();
        GeoPoint centre = points.get(postcode.text());
        return centre == null ? Optional.empty()
                : Optional.of(new PlaceLookup.Found(shown, postcode, centre, PlaceLookup.Precision.TOWN));
    }
}
