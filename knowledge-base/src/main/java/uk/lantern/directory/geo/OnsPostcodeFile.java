package uk.lantern.directory.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;

/**
 * Writes the national postcode file from an ONS Postcode Directory CSV in one pass, with at most
 * {@link #CHUNK} postcodes (about 17 MB) in memory at a time: each chunk is sorted and written as a
 * run, and the runs are merged into the final file. The file is written beside its final name and
 * moved into place, so a reader never sees half a file.
 *
 * <p>Layout (big-endian): a {@link #HEADER_BYTES}-byte header (magic, version, the source's size
 * and modification time, counts), then one 16-byte record per postcode, sector and district in key
 * order: the {@link PostcodeKey} shifted left once with the lowest bit set when the postcode is
 * terminated, then latitude and longitude as ints of 1e-5 degrees (about a metre).
 */
final class OnsPostcodeFile {
    static final long MAGIC = 0x4C414E5450434431L; // "LANTPCD1"
    static final int VERSION = 1;
    static final int HEADER_BYTES = 64;
    static final int RECORD_BYTES = 16;
    static final double SCALE = 1e5;
    /** Postcodes sorted in memory at once; 2^20 keeps the sort key, a 20-bit index and the key in 63 bits. */
    static final int CHUNK = 1 << 20;
    /** ONS marks postcodes without a grid reference with latitude 99.999999. */
    private static final double NO_GRID_REFERENCE_LATITUDE = 99.0;

    /** What a build read: counts for the header and for people. */
    record Counts(long postcodes, long terminated, long skipped, long areas) {}

    private final Path csv;
    private final Path target;
    private final int chunkSize;
    private final List<Path> runs = new ArrayList<>();
    private final Map<Long, double[]> centres = new HashMap<>();
    private long[] sortKeys;
    private int[] latitudes;
    private int[] longitudes;
    private int filled;
    private long postcodes;
    private long terminated;
    private long skipped;

    private OnsPostcodeFile(Path csv, Path target, int chunkSize) {
        this.csv = csv;
        this.target = target;
        this.chunkSize = chunkSize;
        this.sortKeys = new long[chunkSize];
        this.latitudes = new int[chunkSize];
        this.longitudes = new int[chunkSize];
    }

    /**
     * Builds {@code target} from {@code csv}.
     *
     * @throws IllegalArgumentException when the CSV has no {@code lat} and {@code long} columns
     * @throws UncheckedIOException when either file cannot be read or written
     */
    static Counts build(Path csv, Path target) {
        return build(csv, target, CHUNK);
    }

    static Counts build(Path csv, Path target, int chunkSize) {
        if (chunkSize > CHUNK) {
            throw new IllegalArgumentException("chunks hold at most " + CHUNK + " postcodes");
        }
        OnsPostcodeFile file = new OnsPostcodeFile(csv, target, chunkSize);
        try {
            return file.write();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the postcode file " + target + " from " + csv + ": "
                    + e.getMessage(), e);
        } finally {
            file.runs.forEach(OnsPostcodeFile::deleteQuietly);
        }
    }

    private Counts write() throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        CsvReader.forEachRecord(csv, this::read);
        flush();
        writeAreas();
        sortKeys = null;
        latitudes = null;
        longitudes = null;
        Counts counts = new Counts(postcodes, terminated, skipped, centres.size());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
                1 << 16))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(0);
            out.writeLong(Files.size(csv));
            out.writeLong(Files.getLastModifiedTime(csv).toMillis());
            out.writeLong(postcodes + centres.size());
            out.writeLong(postcodes);
            out.writeLong(terminated);
            out.writeLong(skipped);
            merge(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    private void read(CsvRecord record) {
        if (!record.has("lat") || !record.has("long")) {
            throw new IllegalArgumentException(csv + " has no lat and long columns; expected an ONS Postcode"
                    + " Directory CSV with pcds (or pcd/pcd7), lat and long.");
        }
        String code = record.get("pcds");
        if (code == null) {
            code = record.get("pcd");
        }
        if (code == null) {
            code = record.get("pcd7");
        }
        Optional<Postcode> postcode = Postcode.parse(code);
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(record.get("lat"));
            lon = Double.parseDouble(record.get("long"));
        } catch (NullPointerException | NumberFormatException e) {
            skipped++;
            return;
        }
        if (postcode.isEmpty() || !postcode.get().isFull() || lat > NO_GRID_REFERENCE_LATITUDE
                || !(lat >= -90 && lon >= -180 && lon <= 180)) {
            skipped++;
            return;
        }
        boolean ended = record.get("doterm") != null;
        terminated += ended ? 1 : 0;
        addToCentre(PostcodeKey.of(postcode.get().district()), lat, lon, ended);
        addToCentre(PostcodeKey.of(postcode.get().sector()), lat, lon, ended);
        long key = PostcodeKey.of(postcode.get()) << 1 | (ended ? 1 : 0);
        latitudes[filled] = (int) Math.round(lat * SCALE);
        longitudes[filled] = (int) Math.round(lon * SCALE);
        sortKeys[filled] = key << 20 | filled;
        filled++;
        postcodes++;
        if (filled == chunkSize) {
            flush();
        }
    }

    /** Sums for a centre: latitude, longitude and count of the postcodes in use, then the same of all. */
    private void addToCentre(long key, double lat, double lon, boolean ended) {
        double[] sum = centres.computeIfAbsent(key, k -> new double[6]);
        int at = ended ? 3 : 0;
        sum[at] += lat;
        sum[at + 1] += lon;
        sum[at + 2]++;
    }

    private void flush() {
        if (filled == 0) {
            return;
        }
        Arrays.sort(sortKeys, 0, filled);
        try {
            Path run = Files.createTempFile(target.toAbsolutePath().getParent(), "onspd-run", ".bin");
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                    1 << 16))) {
                for (int i = 0; i < filled; i++) {
                    int index = (int) (sortKeys[i] & 0xFFFFF);
                    out.writeLong(sortKeys[i] >>> 20);
                    out.writeInt(latitudes[index]);
                    out.writeInt(longitudes[index]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        filled = 0;
    }

    /** Sectors and districts, each at the mean point of its postcodes in use (or of all when none is), as one more sorted run. */
    private void writeAreas() throws IOException {
        Path run = Files.createTempFile(target.toAbsolutePath().getParent(), "onspd-areas", ".bin");
        runs.add(run);
        long[] keys = centres.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run)))) {
            for (long key : keys) {
                double[] sum = centres.get(key);
                // the postcodes in use describe an area today; an area of terminated postcodes only keeps theirs
                double lat = sum[2] > 0 ? sum[0] / sum[2] : sum[3] / sum[5];
                double lon = sum[2] > 0 ? sum[1] / sum[2] : sum[4] / sum[5];
                out.writeLong(key << 1);
                out.writeInt((int) Math.round(lat * SCALE));
                out.writeInt((int) Math.round(lon * SCALE));
            }
        }
    }

    /** Merges the sorted runs; there are few (one per million postcodes), so the smallest head is found by scanning. */
    private void merge(DataOutputStream out) throws IOException {
        int n = runs.size();
        DataInputStream[] ins = new DataInputStream[n];
        long[] heads = new long[n];
        long[] points = new long[n];
        boolean[] live = new boolean[n];
        try {
            for (int i = 0; i < n; i++) {
                ins[i] = new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(i)), 1 << 16));
                live[i] = advance(ins[i], heads, points, i);
            }
            while (true) {
                int least = -1;
                for (int i = 0; i < n; i++) {
                    if (live[i] && (least < 0 || heads[i] < heads[least])) {
                        least = i;
                    }
                }
                if (least < 0) {
                    return;
                }
                out.writeLong(heads[least]);
                out.writeLong(points[least]);
                live[least] = advance(ins[least], heads, points, least);
            }
        } finally {
            for (DataInputStream in : ins) {
                if (in != null) {
                    in.close();
                }
            }
        }
    }

    private static boolean advance(DataInputStream in, long[] heads, long[] points, int i) throws IOException {
        try {
            heads[i] = in.readLong();
            points[i] = in.readLong();
            return true;
        } catch (EOFException end) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover run in the build folder is harmless and is replaced by the next build
        }
    }
}
