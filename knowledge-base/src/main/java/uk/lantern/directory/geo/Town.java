package uk.lantern.directory.geo;

/**
 * A named place people give instead of a postcode.
 *
 * @param name      the name as words in lower case ("newcastle upon tyne"), see {@link PlaceNames#key}
 * @param county    the county as words in lower case ("kent"); null when the list gives none
 * @param authority the local authority as words in lower case ("medway"); null when the list gives none
 * @param district  the postcode district whose centre stands for the town; null when {@code point} is given
 * @param point     the town's own point; null when {@code district} stands for it
 * @param local     whether it comes from the shipped (local) list, which wins over a namesake elsewhere
 */
public record Town(String name, String county, String authority, Postcode district, GeoPoint point, boolean local) {

    /** Whether the county or local authority is {@code area} (lower-case words). */
    boolean liesIn(String area) {
        return area.equals(county) || area.equals(authority);
    }

    /** "Gillingham, Kent": the name and county as people write them. */
    String shown() {
        return PlaceNames.title(name) + (where() == null ? "" : ", " + where());
    }

    /** The county, or else the local authority, as people write it ("Kent"); null when neither is known. */
    String where() {
        String where = county != null ? county : authority;
        return where == null ? null : PlaceNames.title(where);
    }
}
