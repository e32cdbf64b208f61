package uk.lantern.directory.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import uk.lantern.directory.ImportOptions;
import uk.lantern.directory.ImportOutcome;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.importer.PostcodePlacement;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;

/**
 * Follows one council's ORUK feed: harvests it and offers the result to the directory's guards
 * ({@link LocalServicesDirectory#replace}), so the whole feed replaces the directory in one
 * transaction or nothing changes. Every attempt, good or not, is in the directory's history.
 *
 * <p>The first harvest of a feed address is full. Later ones ask only for what changed since the
 * last harvest began ({@code modified_after}, less a few minutes for clocks that disagree) and lay
 * the changes over the stored services, until {@link FeedSettings#fullEvery()} has passed since the
 * last full harvest, when a full one finds the services the council removed. A feed that refuses
 * {@code modified_after} (400) is remembered and harvested in full from then on.
 *
 * <p>One harvest runs at a time; a second asked for meanwhile is turned away with {@link Result#busy()}.
 */
public final class DirectoryFeed {
    /** Overlap between harvests of changes, for a feed whose clock runs behind ours. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private final LocalServicesDirectory directory;
    private final FeedSettings settings;
    private final FeedHarvester harvester;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    /**
     * What a harvest did.
     *
     * @param busy        another harvest was running, so this one did not start
     * @param incremental only changes were asked for
     * @param outcome     what the guards made of it; null when the feed could not be read
     * @param message     a sentence for admins
     */
    public record Result(boolean busy, boolean incremental, ImportOutcome outcome, String message) {
        public boolean applied() {
            return outcome instanceof ImportOutcome.Applied;
        }
    }

    public DirectoryFeed(LocalServicesDirectory directory, FeedSettings settings, Clock clock) {
        this.directory = directory;
        this.settings = settings;
        this.harvester = new FeedHarvester(settings);
        this.clock = clock;
    }

    public FeedSettings settings() {
        return settings;
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /**
     * Harvests the feed now, fully or for changes as described above.
     *
     * @param confirmRemovals apply a full harvest even if it removes more than the set share of services
     * @param forceFull       harvest everything whatever the last full harvest
     */
    public Result harvest(boolean confirmRemovals, boolean forceFull) {
        if (!running.tryLock()) {
            return new Result(true, false, null, "A harvest is already running; its result will be in the history.");
        }
        try {
            return harvestLocked(confirmRemovals, forceFull);
        } finally {
            running.unlock();
        }
    }

    private Result harvestLocked(boolean confirmRemovals, boolean forceFull) {
        Instant started = clock.instant();
        String address = settings.displayAddress();
        DirectoryStore store = directory.store();
        DirectoryStore.FeedState state = store.feedState(address)
                .orElse(new DirectoryStore.FeedState(address, null, null, true));
        boolean incremental = !forceFull && state.modifiedAfterWorks() && state.fullStartedAt() != null
                && state.lastStartedAt() != null && started.isBefore(state.fullStartedAt().plus(settings.fullEvery()));
        FeedHarvester.Harvest harvest;
        try {
            harvest = harvester.harvest(incremental ? state.lastStartedAt().minus(CLOCK_MARGIN) : null);
        } catch (FeedException e) {
            if (incremental && e.modifiedAfterRefused()) {
                store.saveFeedState(new DirectoryStore.FeedState(address, state.fullStartedAt(), state.lastStartedAt(),
                        false));
                return harvestLocked(confirmRemovals, true);
            }
            directory.recordFailure(ImportRecord.HARVEST, address, e.getMessage(), started);
            return new Result(false, incremental, null, e.getMessage() + " The directory is unchanged.");
        }
        // Locations with only a postcode are placed, or reported, as in an admin's import.
        ImportReport report = directory.withNeedWarnings(PostcodePlacement.place(harvest.report(), directory.gazetteer()));
        String source = incremental ? address + " (changes since " + harvest.modifiedAfter() + ")" : address;
        if (incremental) {
            Map<String, Service> merged = new LinkedHashMap<>();
            store.forEach(s -> merged.put(s.id(), s));
            report.services().forEach(s -> merged.put(s.id(), s));
            report = new ImportReport(source, new ArrayList<>(merged.values()), report.problems());
        } else {
            report = new ImportReport(source, report.services(), report.problems());
        }
        ImportOutcome outcome = directory.replace(report, ImportRecord.HARVEST,
                new ImportOptions(false, settings.partial(), confirmRemovals), settings.maxRemovalShare(), started);
        if (outcome instanceof ImportOutcome.Applied) {
            store.saveFeedState(new DirectoryStore.FeedState(address, incremental ? state.fullStartedAt() : started,
                    started, state.modifiedAfterWorks()));
        }
        return new Result(false, incremental, outcome, message(outcome, harvest, incremental));
    }

    private static String message(ImportOutcome outcome, FeedHarvester.Harvest harvest, boolean incremental) {
        String read = (incremental ? "The changes in the feed (" : "The feed (") + harvest.pages() + " page"
                + (harvest.pages() == 1 ? "" : "s") + ", " + harvest.report().services().size() + " service"
                + (harvest.report().services().size() == 1 ? "" : "s") + ")";
        return switch (outcome) {
            case ImportOutcome.Applied a -> read + " was applied: " + a.record().added() + " added, "
                    + a.record().changed() + " changed, " + a.record().removed() + " removed, "
                    + a.record().problemsAndWarnings() + ".";
            case ImportOutcome.Rejected r -> read + " was not applied: " + r.report().faults().size()
                    + " problem" + (r.report().faults().size() == 1 ? "" : "s")
                    + " found. The directory is unchanged; see the history for each problem.";
            case ImportOutcome.TooManyRemovals t -> read + " was not applied: it would remove " + t.removed()
                    + " of the " + t.current() + " services, more than " + t.percent() + "%: " + t.named()
                    + ". The directory is unchanged. " + LocalServicesDirectory.howToConfirm(ImportRecord.HARVEST,
                            t.percent());
            case ImportOutcome.Checked c -> read + " was checked.";
        };
    }
}
