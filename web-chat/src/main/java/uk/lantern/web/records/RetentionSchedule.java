package uk.lantern.web.records;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RetentionJob} on {@code lantern.records.retention-cron} (02:30 nightly), on one
 * instance at a time: each pass first takes the {@value #LOCK} lock in the database (ShedLock).
 * The lock is held for at least {@link #AT_LEAST} after the pass, so an instance whose clock or
 * scheduler is a little behind skips the night's pass instead of running it again, and at most
 * {@link #AT_MOST}, so a crashed instance does not stop the job for good.
 */
@Component
public class RetentionSchedule {

    static final String LOCK = "records-retention";
    static final Duration AT_LEAST = Duration.ofMinutes(5);
    static final Duration AT_MOST = Duration.ofHours(1);

    private final RetentionJob job;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    RetentionSchedule(ScreeningRecords records, @Value("${lantern.records.retention:730d}") Duration retention,
            Clock clock, LockingTaskExecutor locks) {
        this.job = new RetentionJob(records, retention, clock);
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${lantern.records.retention-cron:0 30 2 * * *}")
    void scheduled() {
        runOnce();
    }

    /**
     * Runs one pass unless another instance holds the lock.
     *
     * @return how many records this pass deleted, or empty when another instance ran (or is running) it
     */
    public OptionalInt runOnce() {
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(job::deleteExpired,
                    new LockConfiguration(clock.instant(), LOCK, AT_MOST, AT_LEAST));
            return result.wasExecuted() ? OptionalInt.of(result.getResult()) : OptionalInt.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("The retention pass failed", e);
        }
    }
}
