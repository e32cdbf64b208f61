package uk.lantern.web.records;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes screening records older than the retention period ({@code lantern.records.retention},
 * e.g. {@code 730d}), on the schedule in {@code lantern.records.retention-cron} (nightly by
 * default). Each deletion is audited; the log says only how many.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ScreeningRecords records;
    private final Duration retention;
    private final Clock clock;

    public RetentionJob(ScreeningRecords records, @Value("${lantern.records.retention:730d}") Duration retention,
            Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException("lantern.records.retention must be longer than zero, e.g. 730d");
        }
        this.records = records;
        this.retention = retention;
        this.clock = clock;
    }

    /** Runs one pass now and returns how many records it deleted. */
    @Scheduled(cron = "${lantern.records.retention-cron:0 30 2 * * *}")
    public int deleteExpired() {
        int deleted = records.deleteCreatedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Retention: deleted {} screening record(s) older than {} days", deleted, retention.toDays());
        }
        return deleted;
    }
}
