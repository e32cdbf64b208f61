package uk.lantern.directory.store;

import java.time.Instant;

/**
 * One replacement of the whole directory, as kept in {@code directory_import}.
 *
 * @param kind     {@link #SAMPLE} for the shipped sample, {@link #IMPORT} for an admin import,
 *                 {@link #HARVEST} for a pull from a council's feed
 * @param source   a file name or feed address, never personal data
 * @param services services in the directory after the replacement (or offered, when refused)
 * @param added    services whose id was new
 * @param changed  services whose HSDS record differed from the stored one
 * @param removed  services no longer present
 * @param problems problems reported while reading
 * @param outcome  {@link #APPLIED}, {@link #REFUSED} or {@link #FAILED}
 */
public record ImportRecord(Instant happenedAt, String kind, String source, int services, int added, int changed,
                           int removed, int problems, String outcome, String summary) {
    public static final String SAMPLE = "sample";
    public static final String IMPORT = "import";
    public static final String HARVEST = "harvest";
    public static final String APPLIED = "applied";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    /** The same record with the counts a replacement found. */
    ImportRecord withCounts(int services, int added, int changed, int removed) {
        return new ImportRecord(happenedAt, kind, source, services, added, changed, removed, problems, outcome, summary);
    }
}
