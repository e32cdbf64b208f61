package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.bench.SyntheticDirectory;
import uk.lantern.directory.model.Service;

/**
 * The phrase pairs rescore only the first {@link ServiceSearch#RESCORE_WINDOW} hits, so these run over
 * a synthetic directory large enough that a search matches many more services than that.
 */
class RescoringWindowTest {
    private static final String WORDS = "lunch club coffee morning";

    @TempDir
    static Path dir;
    static ServiceIndex index;
    static ServiceSearch search;
    static List<Service> services;

    @BeforeAll
    static void open() {
        services = SyntheticDirectory.generate(3_000, 7);
        index = ServiceIndex.open(dir, () -> services);
        search = new ServiceSearch(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<ServiceHit> pages(int pageSize, int pages) {
        List<ServiceHit> hits = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            hits.addAll(search.search(ServiceQuery.builder().text(WORDS).page(page).pageSize(pageSize).build()).hits());
        }
        return hits;
    }

    @Test
    void pagesOfAnySizeFollowOneOrderAcrossTheWindowsEdge() {
        List<ServiceHit> big = pages(100, 2);
        assertThat(big).hasSize(200);
        assertThat(pages(50, 4)).extracting(h -> h.service().id())
                .isEqualTo(big.stream().map(h -> h.service().id()).toList());
        assertThat(pages(30, 7).subList(0, 200)).extracting(h -> h.service().id())
                .isEqualTo(big.stream().map(h -> h.service().id()).toList());
        assertThat(big).extracting(ServiceHit::score).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aServiceWithThePersonsPhraseRisesWithinTheWindow() {
        List<ServiceHit> top = pages(100, 1);
        ServiceHit first = top.get(0);
        String described = (first.service().name() + " " + first.service().description()).toLowerCase();
        assertThat(described).containsAnyOf("lunch club", "club coffee", "coffee morning");
    }

    @Test
    void countsAndFacetsAreThoseOfTheWordsAlone() {
        SearchResults results = search.search(ServiceQuery.builder().text(WORDS).withFacets(true).build());
        long matching = search.count(ServiceQuery.builder().text(WORDS).build());
        assertThat(matching).isGreaterThan(ServiceSearch.RESCORE_WINDOW);
        assertThat(results.totalHits()).isBetween(Math.min(matching, ServiceSearch.EXACT_COUNT_LIMIT), matching);
        Map<String, Integer> facets = results.needCounts();
        assertThat(facets).isNotEmpty();
        facets.forEach((need, n) -> assertThat(n).as(need)
                .isEqualTo((int) search.count(ServiceQuery.builder().text(WORDS).need(need).build())));
    }
}
