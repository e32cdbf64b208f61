package uk.lantern.directory;

import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.search.SearchResults;

/**
 * Results with how the person's place was understood; {@code place.message()} is worth showing,
 * especially when the place was not found and only services by phone or online across the nation were kept.
 */
public record DirectoryAnswer(PlaceLookup place, SearchResults results) {}
