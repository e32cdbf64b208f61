package uk.lantern.directory.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of results.
 *
 * @param totalHits  how many services matched in all (exact up to {@link ServiceSearch#EXACT_COUNT_LIMIT})
 * @param needCounts matching services per need term, ignoring the need filter so people can see
 *                   what else is available; empty unless facets were asked for
 * @param didYouMean a corrected query when some words are not in the directory
 */
public record SearchResults(List<ServiceHit> hits, long totalHits, int page, int pageSize,
                            Map<String, Integer> needCounts, Optional<String> didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        needCounts = Map.copyOf(needCounts);
    }

    public int totalPages() {
        return (int) Math.max(1, (totalHits + pageSize - 1) / pageSize);
    }
}
