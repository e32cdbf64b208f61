package uk.lantern.web.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a worker's list of screenings; {@code followUpDone} when its follow-up was done or closed. */
public record RecordSummary(UUID id, String reference, String worker, Instant createdAt, String band, int score,
        boolean urgent, LocalDate followUpOn, boolean followUpDone) {
}
