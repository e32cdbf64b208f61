package uk.lantern.web.records;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes screening records older than the retention period ({@code lantern.records.retention},
 * e.g. {@code 730d}), on the schedule in {@code lantern.records.retention-cron} (nightly by
 * default, by {@link RetentionSchedule}, on one instance at a time). Each deletion is audited; the
 * log says only how many.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ScreeningRecords records;
    private final Duration retention;
    private final Clock clock;

    public RetentionJob(ScreeningRecords records, Duration retention,
            Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException("lantern.records.retention must be longer than zero, e.g. 730d");
        }
        this.records = records;
        this.retention = retention;
        this.clock = clock;
    }

    /** Runs one pass now and returns how many records it deleted. */
    public int deleteExpired() {
        int deleted = records.deleteCreatedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Retention: deleted {} screening record(s) older than {} days", deleted, retention.toDays());
        }
        return deleted;
    }
}
