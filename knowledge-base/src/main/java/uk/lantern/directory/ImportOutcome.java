package uk.lantern.directory;

import java.util.List;

import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.store.ImportRecord;

/**
 * What became of an import or harvest offered to the directory's guards
 * ({@code LocalServicesDirectory.replace}).
 */
public sealed interface ImportOutcome {

    /** The directory now holds exactly the imported services. */
    record Applied(ImportRecord record) implements ImportOutcome {
    }

    /** {@code check} was asked: the import was read and nothing changed. */
    record Checked(int services) implements ImportOutcome {
    }

    /** Nothing usable, or problems without {@code partial}: nothing changed. */
    record Rejected(ImportReport report) implements ImportOutcome {
    }

    /**
     * The import would remove {@code removed} of the {@code current} services, more than the set
     * share, and was not confirmed: nothing changed. {@code examples} names the first of them
     * (at most {@link #EXAMPLES}, by id), as "Name (id)", so the admin can see what would go.
     * {@code entry} is the id of the history entry "waiting to confirm" that records it, to close
     * when the wait ends.
     */
    record TooManyRemovals(long removed, int current, double maxShare, List<String> examples, long entry)
            implements ImportOutcome {
        /** How many of the services that would be removed are named (20 since round 15; 10 before). */
        public static final int EXAMPLES = 20;

        public TooManyRemovals {
            examples = List.copyOf(examples);
        }

        /** The share as a whole percentage, for messages. */
        public long percent() {
            return Math.round(maxShare * 100);
        }

        /** "A (a), B (b) and 3 more": the named services and how many others. */
        public String named() {
            long more = removed - examples.size();
            return String.join(", ", examples) + (more > 0 ? " and " + more + " more" : "");
        }
    }
}
