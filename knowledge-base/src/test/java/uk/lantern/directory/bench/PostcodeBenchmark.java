package uk.lantern.directory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.OnsPostcodeDirectory;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.geo.Postcode;
import uk.lantern.directory.geo.SyntheticOnspd;

/**
 * The national postcode benchmark: writes a generated ONS Postcode Directory CSV of about 2.7 million
 * rows (real layout, {@link SyntheticOnspd}), builds the on-disk file from it, opens it again as a
 * restart would, and times single lookups of postcodes that are there (hits) and that are not (misses),
 * both of the file alone and of {@link Gazetteer#lookup} as the chat calls it. Run in a JVM with
 * {@code -Xmx200m} (the bench profile does), so the build finishing at all proves the heap target;
 * peak heap is read from the JVM's memory pools.
 *
 * <pre>
 * ./mvnw -pl knowledge-base -Pbench test-compile exec:exec@postcode-benchmark
 * </pre>
 *
 * Arguments: {@code [rows] [lookups] [folder]}. Targets (issue 13): build within 2 minutes with at
 * most 200 MB of heap; lookup p99 at most 50 µs.
 */
public final class PostcodeBenchmark {
    private static final int WARM_UP = 200_000;

    private PostcodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_700_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path folder = Path.of(args.length > 2 ? args[2] : "target/postcode-bench");
        Files.createDirectories(folder);
        Path csv = folder.resolve("onspd-generated.csv");
        Path built = folder.resolve("built");
        Files.deleteIfExists(built.resolve(OnsPostcodeDirectory.BUILT_FILE));

        long start = System.nanoTime();
        SyntheticOnspd.Written written = SyntheticOnspd.write(csv, rows, 53, 2026);
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d MB) in %.1f s%n", written.rows(),
                Files.size(csv) >> 20, (System.nanoTime() - start) / 1e9);

        System.gc();
        resetPeaks();
        start = System.nanoTime();
        OnsPostcodeDirectory ons = OnsPostcodeDirectory.open(csv, built);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long peakMb = peakHeapBytes() >> 20;
        System.out.printf(Locale.ROOT, "build: %.1f s, peak heap %d MB (max %d MB), %,d postcodes, %,d terminated,"
                + " %,d skipped, file %,d MB%n", buildSeconds, peakMb, Runtime.getRuntime().maxMemory() >> 20,
                ons.size(), ons.terminated(), ons.skipped(), Files.size(built.resolve(OnsPostcodeDirectory.BUILT_FILE)) >> 20);

        start = System.nanoTime();
        OnsPostcodeDirectory reopened = OnsPostcodeDirectory.open(csv, built);
        System.out.printf(Locale.ROOT, "reopen (restart, file reused=%s): %.1f ms%n", !reopened.rebuilt(),
                (System.nanoTime() - start) / 1e6);

        Random random = new Random(7);
        List<String> hits = written.sample();
        List<String> misses = new ArrayList<>();
        for (String hit : hits) {
            // C, I, K, M, O and V are never the last letters of a postcode, so these are not in the file
            misses.add(hit.substring(0, hit.length() - 2) + "C" + "IKMOV".charAt(random.nextInt(5)));
        }
        Gazetteer gazetteer = reopened.asGazetteer();
        for (String kind : new String[] {"hit", "miss"}) {
            List<String> codes = kind.equals("hit") ? hits : misses;
            Postcode[] parsed = codes.stream().map(c -> Postcode.parse(c).orElseThrow()).toArray(Postcode[]::new);
            String[] typed = codes.stream().map(c -> c.toLowerCase(Locale.ROOT).replace(" ", "")).toArray(String[]::new);
            time("file " + kind, lookups, i -> reopened.find(parsed[i % parsed.length]).isPresent() ? 1 : 0);
            time("gazetteer " + kind, lookups, i -> gazetteer.lookup(typed[i % typed.length])
                    instanceof PlaceLookup.Found f && f.precision() == PlaceLookup.Precision.POSTCODE ? 1 : 0);
        }
        Files.deleteIfExists(csv);
    }

    private interface Lookup {
        int run(int i);
    }

    private static void time(String what, int lookups, Lookup lookup) {
        long found = 0;
        for (int i = 0; i < WARM_UP; i++) {
            found += lookup.run(i * 7);
        }
        long[] nanos = new long[lookups];
        found = 0;
        for (int i = 0; i < lookups; i++) {
            long t = System.nanoTime();
            found += lookup.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-15s %,d lookups, %,d found: median %.1f µs, p99 %.1f µs, max %.1f µs%n",
                what, lookups, found, nanos[lookups / 2] / 1e3, nanos[(int) (lookups * 0.99)] / 1e3,
                nanos[lookups - 1] / 1e3);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
