package uk.lantern.web.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line in the team's list of screenings, with the band in its worker-facing words. */
public record RecordRow(UUID id, String reference, String worker, Instant createdAt, String bandLabel, int score,
        boolean urgent, LocalDate followUpOn, boolean followUpDone) {
}
