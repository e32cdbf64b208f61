package uk.lantern.web.worker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as the worker's pages show them, in UK time ("3 December 2026"), and today's date for
 * follow-ups. Templates reach it as {@code @workerDates}.
 */
@Component("workerDates")
public class WorkerDates {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma",
            Locale.UK);

    private final Clock clock;

    WorkerDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(UK));
    }

    public String dayAndTime(Instant at) {
        return at == null ? "" : DAY_AND_TIME.format(at.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** Whether a follow-up date has come or passed. */
    public boolean isDue(LocalDate date) {
        return date != null && !date.isAfter(today());
    }
}
