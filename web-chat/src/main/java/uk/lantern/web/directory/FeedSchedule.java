package uk.lantern.web.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import uk.lantern.directory.ImportOutcome;
import uk.lantern.directory.feed.DirectoryFeed;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.operations.LanternMeters;

/**
 * Runs harvests of the council's feed on one thread of their own, so a long harvest never holds up
 * the application's other scheduled work: once when the application is ready (unless
 * {@code on-start} is false), on the cron schedule, and when an admin asks on the directory page.
 * Each harvest is logged as a security event with its counts; the history keeps the details.
 * <p>
 * Several instances sharing the database harvest one at a time: each harvest first takes the
 * {@value #LOCK} lock in the database (ShedLock), and one that finds it held is logged as busy.
 * A scheduled or start-up harvest keeps the lock for {@link #SCHEDULED_AT_LEAST} afterwards, so the
 * other instances skip that round instead of harvesting again straight after; an admin's harvest
 * releases it at once. The other instances' indexes follow the database (DirectoryFollower).
 */
public class FeedSchedule {
    private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

    private final DirectoryFeed feed;
    private final SecurityEvents events;
    private final LanternMeters meters;
    private final CronTrigger trigger;
    private final boolean onStart;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final LockingTaskExecutor locks;

    static final String LOCK = "directory-feed";
    static final Duration SCHEDULED_AT_LEAST = Duration.ofMinutes(5);
    /** Longer than any harvest within the feed's limits; a crashed instance's lock ends after this. */
    static final Duration AT_MOST = Duration.ofHours(2);

    FeedSchedule(DirectoryFeed feed, SecurityEvents events, LanternMeters meters, String cron, boolean onStart,
                 LockingTaskExecutor locks) {
        this.feed = feed;
        this.meters = meters;
        this.events = events;
        this.locks = locks;
        try {
            this.trigger = "-".equals(cron.strip()) ? null : new CronTrigger(cron.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lantern.directory.feed.schedule is not a cron expression (six fields,"
                    + " seconds first, e.g. \"0 15 3 * * *\" for 03:15 each day), or - for never: " + e.getMessage(), e);
        }
        this.onStart = onStart;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("directory-feed-");
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (onStart) {
            harvestSoon("start", null, false, false);
        }
        if (trigger != null) {
            scheduler.schedule(() -> run("schedule", null, false, false), trigger);
        }
    }

    /**
     * Starts a harvest on the feed's thread and returns at once.
     *
     * @param why     {@code start}, {@code schedule} or {@code admin}, for the security log
     * @param who     the admin who asked, or null
     * @param confirm apply even if it removes more than the set share of services
     * @param full    harvest the whole feed, not only its changes
     */
    public Future<?> harvestSoon(String why, String who, boolean confirm, boolean full) {
        return scheduler.submit(() -> run(why, who, confirm, full));
    }

    /** The feed's address without its query, for the page. */
    public String address() {
        return feed.settings().displayAddress();
    }

    public boolean isRunning() {
        return feed.isRunning();
    }

    private void run(String why, String who, boolean confirm, boolean full) {
        try {
            Duration atLeast = "admin".equals(why) ? Duration.ZERO : SCHEDULED_AT_LEAST;
            LockingTaskExecutor.TaskResult<DirectoryFeed.Result> locked = locks.executeWithLock(
                    () -> feed.harvest(confirm, full || confirm),
                    new LockConfiguration(Instant.now(), LOCK, AT_MOST, atLeast));
            if (!locked.wasExecuted()) {
                events.record("directory.harvested", who, "why", why, "outcome", "busy-elsewhere");
                return;
            }
            DirectoryFeed.Result result = locked.getResult();
            String outcome = result.busy() ? "busy" : result.outcome() == null ? "failed"
                    : LanternMeters.outcomeOf(result.outcome());
            meters.directoryImport("feed", outcome);
            if (result.outcome() instanceof ImportOutcome.Applied a) {
                events.record("directory.harvested", who, "why", why, "outcome", outcome, "services",
                        a.record().services(), "added", a.record().added(), "changed", a.record().changed(),
                        "removed", a.record().removed(), "problems", a.record().problems(), "warnings", a.record().warnings(),
                        "incremental", result.incremental());
            } else {
                events.record("directory.harvested", who, "why", why, "outcome", outcome,
                        "incremental", result.incremental());
            }
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // The directory is unchanged (each replacement is one transaction); say so and keep the schedule.
            log.error("The directory harvest failed unexpectedly; the directory is unchanged", e);
        }
    }

    void stop() {
        scheduler.shutdown();
    }
}
