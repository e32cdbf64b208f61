package uk.lantern.directory.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The ONS Postcode Directory (ONSPD) on disk: every postcode of the CSV, with the centre of every
 * sector ("ME7 1") and district ("ME7") computed as the mean point of its postcodes in use, in a
 * sorted file of fixed-width records (see {@link OnsPostcodeFile}) that is memory-mapped and
 * searched by halving (a sector or district whose postcodes are all terminated keeps their mean). The heap holds none of it, so the national file (about 2.7 million
 * postcodes, 45 MB built) costs the JVM nothing but the mapping.
 *
 * <p>The CSV is read by column name: the postcode from {@code pcds}, or failing that
 * {@code pcd}/{@code pcd7}; the point from {@code lat}/{@code long}; {@code doterm} marks a
 * terminated postcode. Rows without a grid reference (ONS writes latitude 99.999999) and unreadable
 * rows are counted and skipped. Terminated postcodes are kept and marked: people still give the
 * postcode on old letters, and its point still says where they live; they are left out of the
 * sector and district centres, which describe the postcodes in use.
 *
 * <p>The built file is kept in the folder given and reused across restarts while the CSV's size and
 * modification time are those it was built from; otherwise it is rebuilt (about a minute for the
 * national file, see docs/places.md).
 */
public final class OnsPostcodeDirectory {
    /** The built file's name inside the folder given to {@link #open}. */
    public static final String BUILT_FILE = "onspd.bin";

    private final ByteBuffer records;
    private final long entries;
    private final long postcodes;
    private final long terminated;
    private final long skipped;
    private final boolean rebuilt;

    private OnsPostcodeDirectory(ByteBuffer mapped, boolean rebuilt) {
        this.entries = mapped.getLong(32);
        this.postcodes = mapped.getLong(40);
        this.terminated = mapped.getLong(48);
        this.skipped = mapped.getLong(56);
        this.records = mapped;
        this.rebuilt = rebuilt;
    }

    /** A point from the national file, and whether the postcode is terminated. */
    public record Entry(GeoPoint point, boolean terminated) {}

    /**
     * Opens the built file for {@code csv} in {@code builtDir}, building it first when it is missing
     * or was built from another version of the CSV.
     *
     * @throws IllegalArgumentException when the CSV has no {@code lat} and {@code long} columns
     * @throws UncheckedIOException     when the CSV cannot be read or the folder not written
     */
    public static OnsPostcodeDirectory open(Path csv, Path builtDir) {
        Path built = builtDir.resolve(BUILT_FILE);
        try {
            boolean rebuild = !upToDate(built, csv);
            if (rebuild) {
                OnsPostcodeFile.build(csv, built);
            }
            return new OnsPostcodeDirectory(map(built), rebuild);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the postcode file " + built + ": " + e.getMessage(), e);
        }
    }

    private static boolean upToDate(Path built, Path csv) throws IOException {
        if (!Files.isRegularFile(built) || Files.size(built) < OnsPostcodeFile.HEADER_BYTES) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(OnsPostcodeFile.HEADER_BYTES);
        try (FileChannel channel = FileChannel.open(built, StandardOpenOption.READ)) {
            channel.read(header, 0);
        }
        return header.getLong(0) == OnsPostcodeFile.MAGIC && header.getInt(8) == OnsPostcodeFile.VERSION
                && header.getLong(16) == Files.size(csv)
                && header.getLong(24) == Files.getLastModifiedTime(csv).toMillis()
                && Files.size(built) == OnsPostcodeFile.HEADER_BYTES
                        + header.getLong(32) * OnsPostcodeFile.RECORD_BYTES;
    }

    private static ByteBuffer map(Path built) throws IOException {
        try (FileChannel channel = FileChannel.open(built, StandardOpenOption.READ)) {
            // the mapping outlives the channel; 2.7 million records are about 45 MB, well inside one buffer
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /**
     * The point of a full postcode, or the centre of a sector or district; empty when the file has none.
     * Safe to call from many threads: it only reads the mapping at absolute positions.
     */
    public Optional<Entry> find(Postcode postcode) {
        long wanted = PostcodeKey.of(postcode);
        long low = 0;
        long high = entries - 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            int at = (int) (OnsPostcodeFile.HEADER_BYTES + middle * OnsPostcodeFile.RECORD_BYTES);
            long stored = records.getLong(at);
            long key = stored >>> 1;
            if (key < wanted) {
                low = middle + 1;
            } else if (key > wanted) {
                high = middle - 1;
            } else {
                return Optional.of(new Entry(new GeoPoint(records.getInt(at + 8) / OnsPostcodeFile.SCALE,
                        records.getInt(at + 12) / OnsPostcodeFile.SCALE), (stored & 1) == 1));
            }
        }
        return Optional.empty();
    }

    /** Full postcodes held, terminated ones included. */
    public long size() {
        return postcodes;
    }

    /** Terminated postcodes held (marked, not dropped). */
    public long terminated() {
        return terminated;
    }

    /** Rows left out because they had no usable postcode or no grid reference. */
    public long skipped() {
        return skipped;
    }

    /** Whether opening built the file (false when the file built earlier from the same CSV was reused). */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** A gazetteer of this directory alone, with the shipped towns. */
    public Gazetteer asGazetteer() {
        return new Gazetteer(java.util.Map.of(), this, PlaceNames.shipped());
    }
}
