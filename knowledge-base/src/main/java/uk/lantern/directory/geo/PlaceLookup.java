package uk.lantern.directory.geo;

/**
 * The answer to "where is this place?". Not finding a place is an ordinary answer with a
 * message to show, never an exception, because search should carry on without a place.
 */
public sealed interface PlaceLookup {

    /** The text the person typed. */
    String input();

    /** A sentence to show the person about how their place was understood. */
    String message();

    /**
     * What Lantern read from the words, whether or not it knows where that is: a postcode, sector
     * or district in standard form ("ME7 1AA", "ME7 1", "ME7"), a town as {@code town:} and its name
     * in lower case ({@code town:chatham}), {@code unknown} for a place given that cannot be placed
     * (a town not known, a postcode too malformed to mend, a district that does not exist such as "ME0"),
     * or {@code none} when the text gives no place (a refusal, "don't know", nonsense). A well-formed
     * postcode, sector or district is read as itself even when the tables do not hold it ("SW1A 1AA",
     * "DA12", "ME14 5" with the Medway tables): it is then a {@link NotFound} whose {@code postcode} is set,
     * and the person is told Lantern does not cover that area yet.
     */
    String reading();

    /**
     * Found; {@code precision} says whether the point is the postcode itself, the centre of a sector or
     * district, or a named town's point.
     *
     * @param postcode the postcode, sector or district read (a town's district when a town was given)
     * @param town     the town's name in lower case when a town was given, otherwise null
     * @param mendedFrom round 19 (a23): the words as typed when the town was read from a near-miss spelling of its
     *                 name ("Gilingham" for Gillingham, "chattam" for Chatham), so the reading is said back and never
     *                 taken silently (issue 13); null when the town was named as it is spelt, or no town was given
     */
    record Found(String input, Postcode postcode, GeoPoint point, Precision precision, String town, String mendedFrom)
            implements PlaceLookup {
        public Found(String input, Postcode postcode, GeoPoint point, Precision precision) {
            this(input, postcode, point, precision, null, null);
        }

        public Found(String input, Postcode postcode, GeoPoint point, Precision precision, String town) {
            this(input, postcode, point, precision, town, null);
        }

        /** The same reading for another text typed (the whole message a part was read from). */
        Found as(String typed) {
            return new Found(typed, postcode, point, precision, town, mendedFrom);
        }

        @Override
        public String message() {
            return switch (precision) {
                case POSTCODE -> "Showing services near " + postcode.text() + ".";
                case DISTRICT -> "Showing services near the centre of "
                        + (postcode.isSector() ? postcode.text() : postcode.outward()) + ".";
                case TOWN -> "Showing services near " + (town != null ? PlaceNames.title(town) : input)
                        + (postcode == null ? "."
                        : " (the centre of " + postcode.outward() + ").");
            };
        }

        @Override
        public String reading() {
            return town != null ? "town:" + town : postcode.text();
        }
    }

    /**
     * Unknown, ambiguous or no place at all; search goes on without a place.
     *
     * @param postcode   the postcode, sector or district read when one was, otherwise null
     * @param placeGiven whether the text gave a place at all (false for a refusal or nonsense)
     */
    record NotFound(String input, String message, Postcode postcode, boolean placeGiven) implements PlaceLookup {
        public NotFound(String input, String message) {
            this(input, message, null, input != null && !input.isBlank());
        }

        @Override
        public String reading() {
            // a well-formed postcode, sector or district is read as itself even when the tables do not hold it
            return postcode != null ? postcode.text() : placeGiven ? "unknown" : "none";
        }
    }

    /**
     * How closely the point matches: the postcode itself, the centre of its sector or district
     * (a sector is read as a {@link Postcode#isSector() sector} with this precision), or a named town.
     */
    enum Precision { POSTCODE, DISTRICT, TOWN }
}
