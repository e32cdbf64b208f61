package uk.lantern.directory.oruk;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Query parameters of ORUK {@code GET /services} and {@code GET /service_at_locations}, already
 * checked by the web layer. Every one is optional (null).
 *
 * @param search         free words
 * @param taxonomyTermId services with this term (any taxonomy, imported terms included)
 * @param taxonomyId     services with any term of this taxonomy
 * @param organizationId services of this organisation
 * @param modifiedAfter  services modified on or after this instant
 * @param startTime      services with a schedule opening at or after this time
 * @param endTime        services with a schedule closing at or before this time
 * @param minimumAge     with {@code maximumAge}, the ages of the people looking; either alone is
 *                       the age of the person looking (years)
 * @param maximumAge     see {@code minimumAge}
 * @param day            a two-letter day code, MO to SU
 * @param postcode       where to measure {@code proximity} from; must be one the gazetteer places
 * @param proximity      metres from the postcode; without it 10 km
 */
public record OrukServicesParams(String search, Integer page, Integer perPage, String taxonomyTermId, String taxonomyId,
                                 String organizationId, Instant modifiedAfter, LocalTime startTime, LocalTime endTime,
                                 Integer minimumAge, Integer maximumAge, String day, String postcode,
                                 Integer proximity) {
    public static OrukServicesParams firstPage() {
        return new OrukServicesParams(null, 1, 50, null, null, null, null, null, null, null, null, null, null, null);
    }
}
