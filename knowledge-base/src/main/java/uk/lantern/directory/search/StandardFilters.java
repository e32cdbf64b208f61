package uk.lantern.directory.search;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import uk.lantern.directory.geo.GeoPoint;

/**
 * The filters of the Open Referral UK read API that Lantern's own search does not use. Every part
 * is optional (null or empty means no filter).
 *
 * @param termIds        services with at least one of these taxonomy terms: Lantern's need and
 *                       delivery terms and every term an import brought (ORUK 1.0 vocabularies too)
 * @param taxonomyId     services with any term of this taxonomy
 * @param organizationId services this organisation provides
 * @param modifiedAfter  services whose {@code last_modified} is on or after this instant
 * @param opensFrom      services with a schedule that opens at or after this time of day
 * @param closesBy       services with a schedule that closes at or before this time of day
 * @param ageFrom        with {@code ageTo}, the ages of the people looking: services whose own age
 *                       range covers all of them (years)
 * @param ageTo          see {@code ageFrom}
 * @param near           with {@code withinMetres}: only services with a place this close (services
 *                       with no place, or reached by phone, are not counted as near, unlike in
 *                       Lantern's own search)
 * @param withinMetres   see {@code near}
 */
public record StandardFilters(Set<String> termIds, String taxonomyId, String organizationId, Instant modifiedAfter,
                              LocalTime opensFrom, LocalTime closesBy, Integer ageFrom, Integer ageTo,
                              GeoPoint near, Double withinMetres) {
    public static final StandardFilters NONE = new StandardFilters(Set.of(), null, null, null, null, null, null, null,
            null, null);

    public StandardFilters {
        termIds = Set.copyOf(termIds == null ? Set.of() : termIds);
    }
}
