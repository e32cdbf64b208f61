package uk.lantern.web.worker;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a stored screening is kept, in the words the consent script reads out. It reads the
 * same setting as the retention job ({@code lantern.records.retention}), so the promise made at the
 * door and the deletion cannot drift apart.
 */
@Component
class RetentionWords {

    private static final int DAYS_IN_YEAR = 365;
    private static final int DAYS_IN_MONTH = 30;

    private final long days;

    RetentionWords(@Value("${lantern.records.retention:730d}") Duration retention) {
        this.days = retention.toDays();
    }

    /** "2 years", "18 months" or "90 days": whole years or months when the period is close to them. */
    String words() {
        if (days >= DAYS_IN_YEAR && days % DAYS_IN_YEAR <= 1) {
            long years = days / DAYS_IN_YEAR;
            return years == 1 ? "1 year" : years + " years";
        }
        if (days >= 2L * DAYS_IN_MONTH && days % DAYS_IN_MONTH <= 1) {
            return days / DAYS_IN_MONTH + " months";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
