package uk.lantern.directory.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.ImportOptions;
import uk.lantern.directory.ImportOutcome;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.TestDatabase;
import uk.lantern.directory.store.TestPostgresDatabase;
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
 * (add {@code -Dbench.stages=import-only} for the whole import alone, {@code -Dbench.db=postgres} for
 * the whole import into the local PostgreSQL server, {@code -Dbench.heap=8g} for
 * another heap than the default 3 GB).
 *
 * Arguments: {@code [services] [queries] [import-only] [postgres]}; {@code import-only} runs the whole-import
 * stage alone, for profiling it. Targets: p99 at most 5 ms per query; the index alone
 * at least 20,000 services a second; a whole import (full HSDS JSON read, kept in the database and
 * indexed, as an admin import or a harvest does it) at least 10,000 services a second.
 *
 * <p>The whole-import stage writes each synthetic service as a full HSDS 3.0 record (organisation,
 * location with address and accessibility, phone, schedule, cost, languages, funding, required
 * documents, eligibility, attributes), reads them back as one JSON file with {@link HsdsJsonImporter}
 * and offers them to {@link LocalServicesDirectory#replace} over a real H2 file database made by
 * the application's migrations: the same path as a file import or a harvest after download.
 */
public final class DirectoryBenchmark {
    private static final int WARM_UP_QUERIES = 3_000;

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Service> services = SyntheticDirectory.generate(count, 42);
        boolean postgres = args.length > 3 && "postgres".equals(args[3]);
        if (args.length > 2 && "import-only".equals(args[2])) {
            // For profiling the whole import alone (JFR): no index-alone stage, no queries.
            wholeImport(services, postgres);
            return;
        }
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
            report("text + need + distance (10 km)", search, queries, false, false);
            report("text + need + distance + facets", search, queries / 2, true, false);
            report("need + age + distance (the search API's filters, no words)", search, queries, false, true);
        } finally {
            delete(dir);
        }
        wholeImport(services, postgres);
    }

    /** Full HSDS JSON through the importer into the database and the index, twice (the second changes nothing). */
    private static void wholeImport(List<Service> services, boolean postgres) throws Exception {
        Path dir = Files.createTempDirectory("lantern-bench-db");
        String schema = postgres ? TestPostgresDatabase.newSchema() : null;
        try {
            byte[] json = fullRecords(services);
            System.out.printf(Locale.ROOT, "full HSDS JSON: %.1f MB, %.1f KB a service; database: %s%n",
                    json.length / 1e6, json.length / 1e3 / services.size(), postgres ? "PostgreSQL" : "H2 file");
            DirectoryStore store = postgres ? new DirectoryStore(TestPostgresDatabase.dataSource(schema))
                    : TestDatabase.store(dir);
            try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), store)) {
                for (String run : new String[] {"first, every service new", "again, nothing changed"}) {
                    System.gc(); // each run starts from the live heap alone
                    long start = System.nanoTime();
                    ImportReport report = new HsdsJsonImporter().read(new java.io.ByteArrayInputStream(json), "bench.json");
                    double readSeconds = (System.nanoTime() - start) / 1e9;
                    ImportOutcome outcome = directory.replace(report, ImportRecord.IMPORT,
                            new ImportOptions(false, false, true), 0.25, java.time.Instant.now());
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (!(outcome instanceof ImportOutcome.Applied applied)) {
                        throw new IllegalStateException("The benchmark import was not applied: " + outcome);
                    }
                    System.out.printf(Locale.ROOT, "whole import (%s): %.2f s = %.0f services/s (reading JSON %.2f s;"
                                    + " database and index %.2f s); %d added, %d changed%n", run, seconds,
                            services.size() / seconds, readSeconds, seconds - readSeconds, applied.record().added(),
                            applied.record().changed());
                }
            }
        } finally {
            delete(dir);
            if (schema != null) {
                TestPostgresDatabase.drop(schema);
            }
        }
    }

    /** Each service as a full HSDS 3.0 record, all in one JSON array. */
    private static byte[] fullRecords(List<Service> services) {
        ArrayNode all = HsdsServiceWriter.JSON.createArrayNode();
        Random words = new Random(11);
        for (Service service : services) {
            ObjectNode s = HsdsServiceWriter.write(service);
            s.put("eligibility_description", eligibility(words, service));
            s.put("application_process", "Phone or walk in");
            s.put("last_modified", "2026-11-01T09:00:00Z");
            s.putArray("languages").addObject().put("id", service.id() + "-lang").put("name", "English")
                    .put("code", "en");
            s.putArray("funding").addObject().put("id", service.id() + "-fund").put("source", "Council grant");
            s.putArray("required_documents").addObject().put("id", service.id() + "-doc")
                    .put("document", "None needed");
            for (tools.jackson.databind.JsonNode sal : s.path("service_at_locations")) {
                if (sal.path("location") instanceof ObjectNode location) {
                    location.putArray("accessibility").addObject().put("id", service.id() + "-access")
                            .put("description", "Step-free entrance").put("details", "Hearing loop at reception");
                }
            }
            all.add(s);
        }
        return HsdsServiceWriter.JSON.writeValueAsBytes(all);
    }

    private static final String[] WHO = {"People", "Older people", "Men", "Women", "Unpaid carers", "Carers of disabled adults",
            "Anyone who has lost someone close", "People with sight loss", "Deaf and hard of hearing people",
            "Disabled people", "People who find it hard to leave home", "Adults", "Everyone", "Widows and widowers",
            "Grandparents", "Residents"};
    private static final String[] AGES = {"", " aged 50 and over", " over 60", " aged 18 to 64", " (65+)", " of any age",
            " aged sixty-five or over", " under 80"};
    private static final String[] WHERE = {"", " living in the area", " living in Medway", " in Rochester and Strood",
            " across Kent", " who live locally", " in Chatham & Gillingham", " <b>in the borough</b>"};

    /**
     * An {@code eligibility_description} as councils write them: most repeat one of a few hundred sentences
     * (who, what age, where; some with HTML), and one in ten is the service's own (round 16: with one
     * sentence for every service, as before, a memo of the reading would flatter the import).
     */
    private static String eligibility(Random random, Service service) {
        String sentence = WHO[random.nextInt(WHO.length)] + AGES[random.nextInt(AGES.length)]
                + WHERE[random.nextInt(WHERE.length)] + ".";
        return random.nextInt(10) == 0 ? sentence + " Ask " + service.name() + " first, on " + (10_000 + random.nextInt(90_000))
                : sentence;
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void report(String label, ServiceSearch search, int queries, boolean facets, boolean eligibility) {
        Random random = new Random(7);
        List<String> needs = List.copyOf(NeedsTaxonomy.termIds());
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(query(random, needs, facets, eligibility));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            ServiceQuery q = query(random, needs, facets, eligibility);
            long t = System.nanoTime();
            hits += search.search(q).totalHits();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, mean hits %.0f%n", label,
                nanos[queries / 2] / 1e6, nanos[queries * 9 / 10] / 1e6, nanos[queries * 99 / 100] / 1e6,
                nanos[queries - 1] / 1e6, (double) hits / queries);
    }

    /**
     * A query: words, one need and a point with a 10 km radius; or, for {@code eligibility}, the
     * search API's filters without words: a need, another boosted, the person's age and where they
     * live (half the people cannot travel, so services that come to them count at any distance).
     * Signposting's own query (by area and nation too) is timed in
     * {@code uk.lantern.directory.signpost.SignpostingBenchmark}.
     */
    private static ServiceQuery query(Random random, List<String> needs, boolean facets, boolean eligibility) {
        String[] words = SyntheticDirectory.WORDS;
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        GeoPoint town = SyntheticDirectory.TOWNS[random.nextInt(SyntheticDirectory.TOWNS.length)];
        if (eligibility) {
            return ServiceQuery.builder()
                    .need(needs.get(random.nextInt(needs.size())))
                    .boostNeeds(java.util.Set.of(needs.get(random.nextInt(needs.size()))))
                    .age(50 + random.nextInt(45))
                    .cannotTravel(random.nextBoolean())
                    .near(new GeoPoint(town.latitude() + random.nextGaussian() * 0.03,
                            town.longitude() + random.nextGaussian() * 0.04))
                    .radiusKm(10)
                    .build();
        }
        return ServiceQuery.builder()
                .text(text.toString().trim())
                .need(needs.get(random.nextInt(needs.size())))
                .near(new GeoPoint(town.latitude() + random.nextGaussian() * 0.03, town.longitude() + random.nextGaussian() * 0.04))
                .radiusKm(10)
                .withFacets(facets)
                .build();
    }
}
