package uk.lantern.directory.signpost;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;

/**
 * Latency of one whole signposting call, as the chat's closing message, the doorstep result and
 * {@code POST /api/signposts} make it ({@link Signposting#suggest}: candidates from the index by
 * need, age and distance, then eligibility, area, delivery, cost and cause rules, ranking and the
 * plain-words reasons), over {@link EnglandDirectory}'s generated directory (100,000 services by
 * default) in a real Lucene index on disk, with postcodes of 20 towns in the ONS Postcode
 * Directory layout loaded into the gazetteer. A plain harness rather than JMH because the figure
 * is the distribution of single calls.
 *
 * <pre>./mvnw -pl knowledge-base -am verify -Pbench-signposting -DskipTests</pre>
 *
 * <p>The same run then times the search alone as signposting asks it (issue 12: p99 at most 5 ms
 * with the eligibility and area filters), and the search as it was before the index carried area
 * names and outlines, side by side.
 *
 * Arguments: {@code [services] [calls]}. Target: p99 at most 20 ms for a whole call. People are varied: ages 18 to
 * 95, men and women, carers, bereaved, sight or hearing loss, some who cannot get out or whom cost
 * keeps in, one to three needs; 85% give a postcode in one of the towns, 5% a place Lantern does not
 * know, 10% none.
 */
public final class SignpostingBenchmark {
    private static final int WARM_UP_CALLS = 5_000;
    private static final int SUGGESTIONS = 6;
    private static final List<String> NEEDS = List.of("befriending", "social_groups", "telephone_befriending",
            "physical_activity", "digital_skills", "transport", "community_navigators", "information_advice",
            "mental_health", "volunteering", "mens_groups");

    private SignpostingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("lantern-signposting-bench");
        try {
            List<Service> services = EnglandDirectory.services(count, 42);
            var postcodes = EnglandDirectory.postcodes(200, 43);
            Gazetteer gazetteer = Gazetteer.shippedWithOns(EnglandDirectory.onspd(postcodes, dir.resolve("onspd.csv")));
            List<String> places = postcodes.keySet().stream().filter(p -> p.contains(" ")).toList();
            System.out.printf(Locale.ROOT, "services: %d, calls: %d, postcodes: %d, cores: %d, JDK: %s%n", count,
                    calls, postcodes.size(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            try (ServiceIndex index = ServiceIndex.open(dir.resolve("index"), () -> services)) {
                Signposting signposting = new Signposting(new ServiceSearch(index), gazetteer, EnglandDirectory.areas(),
                        Signposting.VENUE_RADIUS_MILES);
                Random random = new Random(7);
                for (int i = 0; i < WARM_UP_CALLS; i++) {
                    signposting.suggest(person(random, places), SUGGESTIONS);
                }
                long[] suggested = new long[2];
                java.util.Map<String, int[]> none = new java.util.TreeMap<>();
                measure("signposting call", calls, random, places, p -> {
                    Signposts s = signposting.suggest(p, SUGGESTIONS);
                    suggested[0] += s.services().size();
                    suggested[1] += s.services().isEmpty() ? 1 : 0;
                    for (String kind : kinds(p, s)) {
                        int[] c = none.computeIfAbsent(kind, k -> new int[2]);
                        c[0]++;
                        c[1] += s.services().isEmpty() ? 1 : 0;
                    }
                });
                System.out.printf(Locale.ROOT, "  mean %.1f suggestions, %d calls with none%n",
                        (double) suggested[0] / calls, suggested[1]);
                // who gets nothing: each kind of person, calls with none of all calls of that kind
                none.forEach((kind, c) -> System.out.printf(Locale.ROOT, "    none for %s: %d of %d%n", kind, c[1], c[0]));

                // The search alone, as signposting asks it (needs, age, place by distance, area and
                // nation; outlines read from doc values), and beside it the search as it was before
                // layout 4: reach by distance or "remote or visiting anywhere", every hit's stored
                // HSDS record loaded and parsed (what ServiceSearch.search still does for the chat).
                ServiceSearch search = new ServiceSearch(index);
                long[] hits = new long[2];
                for (int i = 0; i < WARM_UP_CALLS; i++) {
                    Person p = person(random, places);
                    search.outlines(signposting.candidates(p));
                    search.search(withoutCoverage(signposting.candidates(p)));
                }
                measure("search alone, signposting filters, outlines", calls, random, places,
                        p -> hits[0] += search.outlines(signposting.candidates(p)).size());
                measure("search alone, before layout 4 (reach by distance or remote, stored records)", calls, random,
                        places, p -> hits[1] += search.search(withoutCoverage(signposting.candidates(p))).hits().size());
                System.out.printf(Locale.ROOT, "  mean candidates: %.1f with the signposting filters, %.1f before%n",
                        (double) hits[0] / calls, (double) hits[1] / calls);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Times {@code calls} calls, each for a new person, and prints the wall-clock median, p90, p99,
     * p99.9 and maximum, the calling thread's CPU time (what a call costs with a core to itself,
     * so a run on a shared machine still says whether the code meets the target) and the load
     * average before and after.
     */
    private static void measure(String what, int calls, Random random, List<String> places,
                                java.util.function.Consumer<Person> call) {
        long[] nanos = new long[calls];
        long[] cpuNanos = new long[calls];
        var threads = ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < calls; i++) {
            Person p = person(random, places);
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            call.accept(p);
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf(Locale.ROOT, "%s: median %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms;"
                        + " load average %.2f before, %.2f after%n", what,
                nanos[calls / 2] / 1e6, nanos[calls * 9 / 10] / 1e6, nanos[calls * 99 / 100] / 1e6,
                nanos[calls * 999 / 1000] / 1e6, nanos[calls - 1] / 1e6, loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "  CPU time: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n",
                cpuNanos[calls / 2] / 1e6, cpuNanos[calls * 99 / 100] / 1e6, cpuNanos[calls * 999 / 1000] / 1e6);
    }

    /** The kinds a person and their answer belong to, for the count of calls with no suggestion. */
    private static List<String> kinds(Person p, Signposts s) {
        List<String> kinds = new java.util.ArrayList<>();
        kinds.add("place " + s.place());
        kinds.add("age " + (p.age() < 50 ? "18-49" : p.age() < 65 ? "50-64" : "65+"));
        kinds.add("sex " + p.sex());
        kinds.add("needs " + p.needs().size());
        if (p.cannotGetOut()) {
            kinds.add("cannot get out");
        }
        if (p.costKeepsIn()) {
            kinds.add("cost keeps in");
        }
        if (p.needs().size() == 1) {
            kinds.add("only need " + p.needs().iterator().next() + ", place " + s.place());
        }
        return kinds;
    }

    /** The same query with reach by distance, or remote or visiting anywhere, as before layout 4. */
    private static ServiceQuery withoutCoverage(ServiceQuery q) {
        return new ServiceQuery(q.text(), q.needs(), q.boostNeeds(), q.near(), q.radiusKm(), q.cannotTravel(), q.age(),
                q.day(), q.freeOnly(), q.includeInactive(), q.page(), q.pageSize(), q.withFacets(), q.standard(), null);
    }

    /** The circumstances that reorder help, consistent with the person's other answers. */
    private static Set<Person.Cause> causes(Random random, boolean bereaved, boolean carer, boolean costKeepsIn) {
        Set<Person.Cause> causes = java.util.EnumSet.noneOf(Person.Cause.class);
        if (bereaved && random.nextBoolean()) {
            causes.add(Person.Cause.RECENT_LOSS);
        }
        if (carer && random.nextBoolean()) {
            causes.add(Person.Cause.CARES_FOR_PARTNER);
        }
        if (costKeepsIn) {
            causes.add(random.nextBoolean() ? Person.Cause.COLD_HOME : Person.Cause.MONEY_WORRIES);
        }
        return causes;
    }

    /** A varied person; their causes bring the needs that answer them, as the rules raise them. */
    static Person person(Random random, List<String> places) {
        boolean carer = random.nextInt(8) == 0;
        boolean bereaved = random.nextInt(5) == 0;
        boolean sight = random.nextInt(12) == 0;
        boolean hearing = random.nextInt(12) == 0;
        boolean costKeepsIn = random.nextInt(6) == 0;
        Set<String> needs = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            needs.add(NEEDS.get(random.nextInt(NEEDS.size())));
        }
        if (carer) {
            needs.add("carers_support");
        }
        if (bereaved) {
            needs.add("bereavement_support");
        }
        if (sight || hearing) {
            needs.add("sensory_support");
        }
        if (costKeepsIn) {
            needs.add("warmth_income");
        }
        int roll = random.nextInt(100);
        String place = roll < 85 ? places.get(random.nextInt(places.size())) : roll < 90 ? "ZZ99 9ZZ" : null;
        return new Person(18 + random.nextInt(78), random.nextBoolean() ? Person.Sex.FEMALE : Person.Sex.MALE, carer,
                bereaved, sight, hearing, random.nextInt(5) == 0, random.nextInt(4) == 0, costKeepsIn,
                needs, place, causes(random, bereaved, carer, costKeepsIn));
    }

}
