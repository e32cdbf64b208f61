package uk.lantern.directory;

import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.search.SearchResults;

/**
 * Results with how the person's place was understood; {@code place.message()} is worth showing,
 * especially when the place was not found and only services by phone or online across the nation were kept.
 *
 * @param noneFree true when only free services were asked for, none matched, and the results are
 *                 therefore the matches that charge (or whose cost is not known), to be shown marked
 *                 as paid with {@link #NONE_FREE} beside them; false otherwise (issue 13: a search for
 *                 something free never answers with nothing when paid ones exist)
 */
public record DirectoryAnswer(PlaceLookup place, SearchResults results, boolean noneFree) {

    /** Said beside paid results shown because nothing free matched. */
    public static final String NONE_FREE = "None of the services that match are free. These ones charge or may"
            + " charge, so please ask them about the cost.";

    /** An answer with the services as asked for (free ones only when asked). */
    public DirectoryAnswer(PlaceLookup place, SearchResults results) {
        this(place, results, false);
    }
}
