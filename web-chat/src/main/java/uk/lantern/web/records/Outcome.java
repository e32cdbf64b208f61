package uk.lantern.web.records;

import java.time.LocalDate;
import java.util.List;

/**
 * What the worker did after the result: services offered, referrals made (only with the
 * person's agreement), notes and when to follow up.
 */
public record Outcome(List<ServiceChoice> servicesOffered, List<ServiceChoice> referrals, boolean referralsAgreed,
        String notes, LocalDate followUpOn) {

    public Outcome {
        servicesOffered = servicesOffered == null ? List.of() : List.copyOf(servicesOffered);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
    }
}
