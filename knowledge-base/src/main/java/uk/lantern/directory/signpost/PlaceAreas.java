package uk.lantern.directory.signpost;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.geo.Postcode;
import uk.lantern.directory.model.ServiceArea;

/**
 * Which named areas a place lies in, so a service's HSDS {@code service_area} names can be checked
 * against the person's place. Read from {@value #RESOURCE}: one row per postcode district with its
 * local authority, county and nation (the shipped table covers Medway only, like the postcodes).
 * Area names compare case-blind with "&amp;"/"and" and punctuation ignored.
 */
public final class PlaceAreas {
    static final String RESOURCE = "/lantern/directory/areas.csv";

    private final Map<String, List<String>> byDistrict = new HashMap<>();

    private PlaceAreas() {
    }

    /** The shipped table. */
    public static PlaceAreas shipped() {
        PlaceAreas areas = new PlaceAreas();
        try (InputStream in = PlaceAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The area table " + RESOURCE + " is missing from the classpath.");
            }
            new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE).forEachRecord(r ->
                    areas.byDistrict.put(r.get("district"), List.of(norm(r.get("local_authority")),
                            norm(r.get("county")), norm(r.get("nation")))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return areas;
    }

    /**
     * A table from rows in memory, for benchmarks over areas beyond the shipped one.
     *
     * @param rows postcode district ("LS1") to its local authority, county and nation, as written
     */
    static PlaceAreas of(Map<String, List<String>> rows) {
        PlaceAreas areas = new PlaceAreas();
        rows.forEach((district, names) -> areas.byDistrict.put(district, names.stream().map(PlaceAreas::norm).toList()));
        return areas;
    }

    /** The normalised names of the areas the postcode lies in, smallest first; empty when unknown. */
    public Set<String> of(Postcode postcode) {
        List<String> row = byDistrict.get(postcode.outward());
        return row == null ? Set.of() : new LinkedHashSet<>(row);
    }

    /** The local authority's name as the table spells it, for reasons ("in Medway"); null when unknown. */
    public String localName(Postcode postcode) {
        List<String> row = byDistrict.get(postcode.outward());
        return row == null ? null : title(row.getFirst());
    }

    /** A nation no national area names, so that only UK-wide services reach the person. */
    static final String UK_ONLY = ServiceArea.WHOLE_UK;

    /**
     * Postcode areas (the letters that start a postcode) wholly in Scotland, Wales or Northern
     * Ireland, and those that cross a border. Source: Royal Mail postcode areas as listed in the
     * ONS Postcode Directory user guide (area to country); an area not listed is in England.
     */
    private static final Map<String, String> AREA_NATIONS = areaNations();

    private static Map<String, String> areaNations() {
        Map<String, String> nations = new HashMap<>();
        for (String area : List.of("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE")) {
            nations.put(area, "scotland");
        }
        for (String area : List.of("CF", "LD", "LL", "SA")) {
            nations.put(area, "wales");
        }
        nations.put("BT", "northern ireland");
        // areas that span a border, and the Crown Dependencies, which are not in the UK's nations
        for (String area : List.of("CH", "NP", "SY", "TD", "GY", "JE", "IM")) {
            nations.put(area, UK_ONLY);
        }
        return Map.copyOf(nations);
    }

    /**
     * The normalised nation of a postcode, sector or district Lantern cannot place, from its
     * postcode area: {@code wales} for "CF10 1EP", {@link #UK_ONLY} for an area that crosses a
     * border; null when there is no postcode. The postcode is the one the place reader found
     * ({@link uk.lantern.directory.geo.PlaceLookup.NotFound#postcode()}), so "my postcode is CF10 1EP"
     * and the sector "CF10 1" are read as the chat reads them.
     */
    static String nationOf(Postcode postcode) {
        if (postcode == null) {
            return null;
        }
        return AREA_NATIONS.getOrDefault(postcode.outward().replaceAll("[0-9].*", ""), "england");
    }

    /** True when the service area names a nation or the whole UK. */
    public static boolean national(ServiceArea area) {
        return area.national();
    }

    /** True when a national area includes the nation (a normalised name such as {@code england}). */
    static boolean nationCovers(ServiceArea area, String nation) {
        return area.covers(nation);
    }

    static String norm(String name) {
        return ServiceArea.key(name);
    }

    /** "Hoo St Werburgh" from "hoo st werburgh". */
    static String title(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
