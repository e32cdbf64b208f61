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
 * @param problems problems reported while reading (faults: a value that could not be read), warnings apart
 * @param warnings warnings reported while reading (a value kept as sent but not used, a service with no
 *                 need); they never refuse an import. Since round 14; an entry stored before holds its
 *                 warnings in {@code problems} when more than {@link DirectoryStore#MAX_STORED_PROBLEMS}
 *                 problems were found (migration {@code V48})
 * @param outcome  {@link #APPLIED}, {@link #REFUSED}, {@link #WAITING} or {@link #FAILED}; an entry that
 *                 waited becomes {@link #CONFIRMED}, {@link #CANCELLED} or {@link #EXPIRED} when its wait
 *                 ends (round 15; {@link DirectoryStore.HistoryEntry#closedAt()} says when)
 */
public record ImportRecord(Instant happenedAt, String kind, String source, int services, int added, int changed,
                           int removed, int problems, int warnings, String outcome, String summary) {
    public static final String SAMPLE = "sample";
    public static final String IMPORT = "import";
    public static final String HARVEST = "harvest";
    public static final String APPLIED = "applied";
    public static final String REFUSED = "refused";
    /**
     * Held for an admin's confirmation by the removal guard: nothing changed yet, nothing removed.
     * Since round 14; such entries were stored as {@link #REFUSED} before.
     */
    public static final String WAITING = "waiting to confirm";
    public static final String FAILED = "failed";
    /**
     * Was {@link #WAITING}; an admin confirmed it and a new {@link #APPLIED} entry holds what it did
     * (round 15).
     */
    public static final String CONFIRMED = "confirmed";
    /** Was {@link #WAITING}; an admin cancelled it, or replaced it by another upload. Nothing changed (round 15). */
    public static final String CANCELLED = "cancelled";
    /**
     * Was {@link #WAITING}; nobody confirmed it within the time an upload is held
     * ({@code lantern.directory.confirm-wait}, 30 minutes by default), or a
     * restart forgot the held upload. Nothing changed (round 15).
     */
    public static final String EXPIRED = "expired";

    /** The same record with the counts a replacement found. */
    ImportRecord withCounts(int services, int added, int changed, int removed) {
        return new ImportRecord(happenedAt, kind, source, services, added, changed, removed, problems, warnings,
                outcome, summary);
    }

    /**
     * The same record with its summary naming the services it removed ({@code named}, the first of
     * {@link #removed} as "Name (id)") and how many more, so the history says which went (round 16b;
     * it gave only the count). The summary is kept within its column.
     */
    ImportRecord withRemovedNamed(java.util.List<String> named) {
        if (removed == 0 || named.isEmpty()) {
            return this;
        }
        int more = removed - named.size();
        String said = summary + REMOVED + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "")
                + ".";
        return new ImportRecord(happenedAt, kind, source, services, added, changed, removed, problems, warnings,
                outcome, said.length() <= MAX_SUMMARY ? said : said.substring(0, MAX_SUMMARY - 1) + "\u2026");
    }

    /** "Removed: A (a), B (b) and 3 more." from the summary, or "" when it names none removed, for messages. */
    public String removedNamed() {
        int at = summary == null ? -1 : summary.indexOf(REMOVED);
        return at < 0 ? "" : summary.substring(at + 1);
    }

    private static final String REMOVED = " Removed: ";

    /** The length of {@code directory_import.summary} (migration {@code V54}). */
    static final int MAX_SUMMARY = 4000;

    /** "1 problem, 2 warnings" (warnings left out when there are none), for summaries and pages. */
    public static String counted(int problems, long warnings) {
        return problems + " problem" + (problems == 1 ? "" : "s")
                + (warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
    }

    /** This entry's {@link #counted(int, long)}. */
    public String problemsAndWarnings() {
        return counted(problems, warnings);
    }
}
