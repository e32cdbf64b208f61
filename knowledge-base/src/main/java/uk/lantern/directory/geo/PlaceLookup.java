package uk.lantern.directory.geo;

/**
 * The answer to "where is this postcode?". Not finding a place is an ordinary answer with a
 * message to show, never an exception, because search should carry on across the whole area.
 */
public sealed interface PlaceLookup {

    /** The text the person typed. */
    String input();

    /** A sentence to show the person about how their place was understood. */
    String message();

    /** Found; {@code precision} says whether the point is the postcode itself or its district's centre. */
    record Found(String input, Postcode postcode, GeoPoint point, Precision precision) implements PlaceLookup {
        @Override
        public String message() {
            return switch (precision) {
                case POSTCODE -> "Showing services near " + postcode.text() + ".";
                case DISTRICT -> "Showing services near the centre of " + postcode.outward() + ".";
                case TOWN -> "Showing services near " + input + " (the centre of " + postcode.outward() + ").";
            };
        }
    }

    /** Unknown or malformed; search falls back to the whole area. */
    record NotFound(String input, String message) implements PlaceLookup {}

    /** How closely the point matches: the postcode itself, its district's centre, or a named town's district. */
    enum Precision { POSTCODE, DISTRICT, TOWN }
}
