package uk.lantern.directory;

import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.search.SearchResults;

/**
 * Results with how the person's place was understood; {@code place.message()} is worth showing,
 * especially when the postcode was not found and the search covered the whole area.
 */
public record DirectoryAnswer(PlaceLookup place, SearchResults results) {}
