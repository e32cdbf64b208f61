package uk.lantern.directory;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * A search as the web layer receives it ({@code GET /api/services?q=&postcode=&need=&radius=&age=&day=&free=&page=}),
 * before the postcode is looked up.
 *
 * @param postcode     what the person typed; a place given but not known is no error, but keeps only services by
 *                     phone or online across the nation (the signposting place rule); null or blank for none
 * @param radiusKm     how far the person can travel; {@code null} for the default
 * @param boostNeeds   needs raised by a screening, ranked first without hiding other services
 * @param freeOnly     only services known to be free; when none match, the answer holds the paid
 *                     matches marked as such ({@link DirectoryAnswer#noneFree})
 * @param cannotTravel include home visits whatever the distance
 */
public record DirectoryRequest(String text, String postcode, Set<String> needs, Set<String> boostNeeds, Double radiusKm,
                               Integer age, DayOfWeek day, boolean freeOnly, boolean cannotTravel, int page,
                               int pageSize) {
    public DirectoryRequest {
        needs = Set.copyOf(needs == null ? Set.of() : needs);
        boostNeeds = Set.copyOf(boostNeeds == null ? Set.of() : boostNeeds);
    }

    /** The same search with no free filter: services that charge match too. */
    public DirectoryRequest withoutFreeFilter() {
        return new DirectoryRequest(text, postcode, needs, boostNeeds, radiusKm, age, day, false, cannotTravel, page,
                pageSize);
    }

    /** Just words, first page. */
    public static DirectoryRequest text(String text) {
        return new DirectoryRequest(text, null, Set.of(), Set.of(), null, null, null, false, false, 1, 10);
    }
}
