package uk.lantern.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.spell.LevenshteinDistance;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;

/**
 * Towns by name: the shipped Medway list ({@code towns.csv}: town, county, district) and, when a
 * council loads it, the ONS Index of Place Names (IPN) or an equivalent open list. Both are read by
 * column name: the name from {@code placeNNnm} (IPN, NN the edition's year), {@code place23nm} and so
 * on, or {@code town}/{@code name}; the county from {@code ctyNNnm}, {@code ctyltnm} or
 * {@code county}; the local authority from {@code ladNNnm} or {@code local_authority}; the point from
 * {@code lat}/{@code long} or else a postcode {@code district}. Names are kept as lower-case words,
 * so "Newcastle-upon-Tyne" and "newcastle upon tyne" are one name.
 */
public final class PlaceNames {
    static final String SHIPPED_RESOURCE = "/lantern/directory/towns.csv";
    private static final Pattern IPN_NAME = Pattern.compile("place\\d\\dnm");
    private static final Pattern IPN_COUNTY = Pattern.compile("cty\\d\\dnm");
    private static final Pattern IPN_AUTHORITY = Pattern.compile("lad\\d\\dnm");
    /** The longest name in words looked for in what people type ("newcastle upon tyne" is 3). */
    static final int MAX_WORDS = 6;

    private final Map<String, List<Town>> byName = new HashMap<>();
    private final Set<String> areas = new HashSet<>(PlaceWords.COUNTIES);
    {
        areas.addAll(PlaceWords.LOCAL_AUTHORITIES);
    }
    /** The shipped (local) names, the only ones slips are mended towards. */
    private final Set<String> local = new HashSet<>();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance();

    private PlaceNames() {
    }

    /** The shipped list: the Medway towns only. */
    public static PlaceNames shipped() {
        PlaceNames names = new PlaceNames();
        try (InputStream in = PlaceNames.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The town list " + SHIPPED_RESOURCE
                        + " is missing from the classpath; rebuild the knowledge-base module.");
            }
            new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED_RESOURCE)
                    .forEachRecord(r -> names.add(r, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * The shipped list plus every place of an IPN-layout CSV (rows without a name or a point are
     * skipped). About 100,000 places take some 30 MB of heap.
     *
     * @throws IllegalArgumentException when the file has no name column or neither lat/long nor district
     */
    public static PlaceNames shippedWith(Path csv) {
        PlaceNames names = shipped();
        CsvReader.forEachRecord(csv, r -> names.add(r, false));
        return names;
    }

    private void add(CsvRecord record, boolean local) {
        String name = cell(record, IPN_NAME, "town", "name", "placename");
        if (name == null && !record.header().keySet().stream().anyMatch(c -> IPN_NAME.matcher(c).matches()
                || Set.of("town", "name", "placename").contains(c))) {
            throw new IllegalArgumentException("The place list has no name column; expected an ONS Index of Place"
                    + " Names CSV (placeNNnm, ctyNNnm, ladNNnm, lat, long) or town, county, district.");
        }
        String county = key(cell(record, IPN_COUNTY, "ctyltnm", "county", "ctyhistnm"));
        String authority = key(cell(record, IPN_AUTHORITY, "local_authority", "authority"));
        Postcode district = Optional.ofNullable(record.get("district")).flatMap(Postcode::parse)
                .filter(p -> !p.isFull()).orElse(null);
        GeoPoint point = point(record.get("lat"), record.get("long"));
        String words = key(name);
        if (words == null || words.isEmpty() || (district == null && point == null)) {
            return;
        }
        if (local) {
            this.local.add(words);
        }
        byName.computeIfAbsent(words, k -> new ArrayList<>(1))
                .add(new Town(words, county, authority, district, point, local));
        if (county != null) {
            areas.add(county);
        }
        if (authority != null) {
            areas.add(authority);
        }
    }

    private static String cell(CsvRecord record, Pattern pattern, String... names) {
        for (String column : record.header().keySet()) {
            if (pattern.matcher(column).matches() && record.get(column) != null) {
                return record.get(column);
            }
        }
        for (String column : names) {
            if (record.get(column) != null) {
                return record.get(column);
            }
        }
        return null;
    }

    private static GeoPoint point(String lat, String lon) {
        try {
            return lat == null || lon == null ? null : new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lower-case words: "Newcastle-upon-Tyne" and "St. Mary's" become "newcastle upon tyne" and "st marys". */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        // "Saint" and "St" are one word in place names ("Hoo Saint Werburgh" is Hoo St Werburgh)
        return name.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("['\u2019.]", "")
                .replaceAll("[^a-z]+", " ").replaceAll("\\bsaint\\b", "st").strip();
    }

    /** The towns called {@code words} (lower-case words); empty when none. */
    List<Town> named(String words) {
        return byName.getOrDefault(words, List.of());
    }

    /**
     * The local (shipped) town whose name is clearly nearest to {@code words} (lower-case words), for slips
     * such as "chatam", "rochster" or "Lords Wood": the same first letter, spaces ignored, at most two
     * edits for names of seven letters or more and one added or dropped letter for shorter ones (so
     * "Stroud" is not taken for Strood), words run together or split only letter for letter, and no
     * other local town as near. National names are never
     * guessed at: among 100,000 of them too many lie one letter apart.
     */
    Optional<String> nearestLocal(String words) {
        return nearestLocal(words, false);
    }

    /**
     * As {@link #nearestLocal(String)}; when {@code inLocalCounty} (the person named the local towns' county
     * after it, "Stroud, Kent"), one changed letter is allowed in a short name too, since the namesake
     * elsewhere is ruled out.
     */
    Optional<String> nearestLocal(String words, boolean inLocalCounty) {
        String typed = words.replace(" ", "");
        if (typed.length() < 5) {
            return Optional.empty();
        }
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : local) {
            String compact = name.replace(" ", "");
            if (compact.length() < 5 || compact.charAt(0) != typed.charAt(0)) {
                continue;
            }
            // two neighbouring letters swapped ("Medwya") count as one slip, as in Damerau's measure
            int edits = swapped(typed, compact) ? 1 : edits(typed, compact);
            // words run together or split ("Lords Wood") only when every letter is right: "rochester ny" is not a slip
            int allowed = words.split(" ").length != name.split(" ").length ? 0
                    : compact.length() >= 7 ? 2 : typed.length() != compact.length() || swapped(typed, compact) || inLocalCounty ? 1 : 0;
            if (edits <= allowed && edits <= bestEdits) {
                tie = edits == bestEdits;
                if (edits < bestEdits) {
                    best = name;
                    bestEdits = edits;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Whether {@code a} is {@code b} with two neighbouring letters swapped, nothing else changed. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Levenshtein edits between two words, from Lucene's similarity (1 - edits / longer length). */
    private static int edits(String a, String b) {
        float similarity = LEVENSHTEIN.getDistance(a, b);
        return Math.round((1 - similarity) * Math.max(a.length(), b.length()));
    }

    /** Whether {@code words} name the county or local authority of a shipped (local) town ("kent", "medway"). */
    boolean isLocalArea(String words) {
        return local.stream().flatMap(name -> named(name).stream()).filter(Town::local).anyMatch(t -> t.liesIn(words));
    }

    /** Whether {@code words} name a county or local authority of a listed town, or a nation. */
    boolean isArea(String words) {
        return areas.contains(words);
    }

    /** Number of distinct names. */
    public int size() {
        return byName.size();
    }

    /** A place's name in lower case ("hoo st werburgh") as shown ("Hoo St Werburgh"), small words kept small. */
    public static String title(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean small = Set.of("upon", "on", "in", "under", "the", "of", "and", "le", "de", "la").contains(word)
                    && !out.isEmpty();
            out.append(small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
