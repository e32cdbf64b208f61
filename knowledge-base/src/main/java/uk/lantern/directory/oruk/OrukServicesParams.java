package uk.lantern.directory.oruk;

/**
 * Query parameters of ORUK {@code GET /services}. {@code minimumAge}/{@code maximumAge} are read
 * as the age of the person looking (services whose age range includes it); {@code day} takes a
 * two-letter code or a day name.
 */
public record OrukServicesParams(String search, Integer page, Integer perPage, String taxonomyTermId, String taxonomyId,
                                 Integer minimumAge, Integer maximumAge, String day) {
    public static OrukServicesParams firstPage() {
        return new OrukServicesParams(null, 1, 50, null, null, null, null, null);
    }
}
