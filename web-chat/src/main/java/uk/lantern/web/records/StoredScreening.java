package uk.lantern.web.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.lantern.engine.Assessment;

/** A stored screening record, as its team's workers see it. */
public record StoredScreening(UUID id, String team, String worker, String reference, String postcode, String ageBand,
        Map<String, Object> answers, Assessment assessment, Instant createdAt, Instant updatedAt,
        List<ServiceChoice> servicesOffered, List<ServiceChoice> referrals, String notes, LocalDate followUpOn) {
}
