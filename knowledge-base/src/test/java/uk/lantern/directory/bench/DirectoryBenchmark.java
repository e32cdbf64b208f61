package uk.lantern.directory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Measures import rate and query latency over a synthetic directory (100,000 services by
 * default). A plain harness rather than JMH because the interesting figure is the latency
 * distribution of single queries, p50 and p99, which it records directly.
 *
 * <pre>./mvnw -pl knowledge-base verify -Pbench -DskipTests</pre>
 *
 * Arguments: {@code [services] [queries]}. Targets: p99 at most 5 ms per query, import at least
 * 20,000 services a second.
 */
public final class DirectoryBenchmark {
    private static final int WARM_UP_QUERIES = 3_000;

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Service> services = SyntheticDirectory.generate(count, 42);
        Path dir = Files.createTempDirectory("lantern-bench-index");
        System.out.printf(Locale.ROOT, "services: %d, queries: %d, cores: %d, JDK: %s%n", count, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        long start = System.nanoTime();
        try (ServiceIndex index = ServiceIndex.open(dir, () -> services)) {
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            index.replaceAll(services);
            double secondSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "import (first, cold JVM): %.2f s = %.0f services/s%n", firstSeconds, count / firstSeconds);
            System.out.printf(Locale.ROOT, "import (second, warm JVM): %.2f s = %.0f services/s%n", secondSeconds, count / secondSeconds);

            ServiceSearch search = new ServiceSearch(index);
            report("text + need + distance (10 km)", search, queries, false);
            report("text + need + distance + facets", search, queries / 2, true);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String label, ServiceSearch search, int queries, boolean facets) {
        Random random = new Random(7);
        List<String> needs = List.copyOf(NeedsTaxonomy.termIds());
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(query(random, needs, facets));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            ServiceQuery q = query(random, needs, facets);
            long t = System.nanoTime();
            hits += search.search(q).totalHits();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, mean hits %.0f%n", label,
                nanos[queries / 2] / 1e6, nanos[queries * 9 / 10] / 1e6, nanos[queries * 99 / 100] / 1e6,
                nanos[queries - 1] / 1e6, (double) hits / queries);
    }

    private static ServiceQuery query(Random random, List<String> needs, boolean facets) {
        String[] words = SyntheticDirectory.WORDS;
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        GeoPoint town = SyntheticDirectory.TOWNS[random.nextInt(SyntheticDirectory.TOWNS.length)];
        return ServiceQuery.builder()
                .text(text.toString().trim())
                .need(needs.get(random.nextInt(needs.size())))
                .near(new GeoPoint(town.latitude() + random.nextGaussian() * 0.03, town.longitude() + random.nextGaussian() * 0.04))
                .radiusKm(10)
                .withFacets(facets)
                .build();
    }
}
