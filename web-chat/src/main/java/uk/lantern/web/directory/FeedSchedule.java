package uk.lantern.web.directory;

import java.util.concurrent.Future;
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
 */
public class FeedSchedule {
    private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

    private final DirectoryFeed feed;
    private final SecurityEvents events;
    private final LanternMeters meters;
    private final CronTrigger trigger;
    private final boolean onStart;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    FeedSchedule(DirectoryFeed feed, SecurityEvents events, LanternMeters meters, String cron, boolean onStart) {
        this.feed = feed;
        this.meters = meters;
        this.events = events;
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
            DirectoryFeed.Result result = feed.harvest(confirm, full || confirm);
            String outcome = result.busy() ? "busy" : result.outcome() == null ? "failed"
                    : LanternMeters.outcomeOf(result.outcome());
            meters.directoryImport("feed", outcome);
            if (result.outcome() instanceof ImportOutcome.Applied a) {
                events.record("directory.harvested", who, "why", why, "outcome", outcome, "services",
                        a.record().services(), "added", a.record().added(), "changed", a.record().changed(),
                        "removed", a.record().removed(), "problems", a.record().problems(),
                        "incremental", result.incremental());
            } else {
                events.record("directory.harvested", who, "why", why, "outcome", outcome,
                        "incremental", result.incremental());
            }
        } catch (RuntimeException e) {
            // The directory is unchanged (each replacement is one transaction); say so and keep the schedule.
            log.error("The directory harvest failed unexpectedly; the directory is unchanged", e);
        }
    }

    void stop() {
        scheduler.shutdown();
    }
}
