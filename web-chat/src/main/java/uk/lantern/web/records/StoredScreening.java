package uk.lantern.web.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.lantern.engine.Assessment;

/**
 * A stored screening record, as its team's workers see it.
 *
 * @param followUpOn     the UK date the team planned to be back in touch, or null
 * @param followUpDoneAt when the follow-up was marked done or closed by a later screening, or null while it is open
 * @param followUpDoneBy the username who marked it done or screened the person again, or null
 * @param correctedPlace the place a worker corrected it to (a postcode in standard form, or a town), or null
 *                       while the person's own {@code postcode} answer stands
 * @param placeGiven     the place as the worker typed it at the door ("Chatham", "ME7 1"), read by Lantern before
 *                       storing; {@code postcode} holds the area it resolved to; null on older records or when none
 */
public record StoredScreening(UUID id, String team, String worker, String reference, String postcode, String ageBand,
        Map<String, Object> answers, Assessment assessment, Instant createdAt, Instant updatedAt,
        List<ServiceChoice> servicesOffered, List<ServiceChoice> referrals, String notes, LocalDate followUpOn,
        Instant followUpDoneAt, String followUpDoneBy, String correctedPlace, String placeGiven) {

    /** A record without a place given apart from its {@code postcode} answer. */
    public StoredScreening(UUID id, String team, String worker, String reference, String postcode, String ageBand,
            Map<String, Object> answers, Assessment assessment, Instant createdAt, Instant updatedAt,
            List<ServiceChoice> servicesOffered, List<ServiceChoice> referrals, String notes, LocalDate followUpOn,
            Instant followUpDoneAt, String followUpDoneBy, String correctedPlace) {
        this(id, team, worker, reference, postcode, ageBand, answers, assessment, createdAt, updatedAt, servicesOffered,
                referrals, notes, followUpOn, followUpDoneAt, followUpDoneBy, correctedPlace, null);
    }

    /** Whether a follow-up is planned and not yet done. */
    public boolean followUpOpen() {
        return followUpOn != null && followUpDoneAt == null;
    }

    /**
     * The place services are found for: the corrected place, else the place the worker gave, else the person's
     * postcode answer; null when none.
     */
    public String place() {
        if (correctedPlace != null) {
            return correctedPlace;
        }
        if (placeGiven != null && !placeGiven.isBlank()) {
            return placeGiven;
        }
        return answers.get("postcode") instanceof String given && !given.isBlank() ? given : null;
    }
}
