package uk.lantern.directory.search;

import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.lantern.directory.geo.GeoPoint;

/**
 * What someone is looking for. Every part is optional; an empty query lists active services.
 *
 * @param text          free words, e.g. "someone to visit my mum"
 * @param needs         only services answering at least one of these needs
 * @param boostNeeds    rank services answering these needs higher without excluding others
 *                      (the needs a screening raised)
 * @param near          the person's place; with it, results are limited to {@code radiusKm}
 *                      and nearer services rank higher
 * @param radiusKm      how far the person can travel
 * @param cannotTravel  the person cannot travel: home visits are included whatever the distance
 *                      and services that come to the person rank higher
 * @param age           only services whose age eligibility includes this age
 * @param day           only services that run on this day
 * @param freeOnly      only services known to be free
 * @param includeInactive include inactive, defunct and temporarily closed services
 * @param page          1-based page number
 * @param pageSize      hits per page
 * @param withFacets    also count matching services per need
 * @param standard      the ORUK read API's own filters; {@link StandardFilters#NONE} for none
 * @param coverage      where the person is by name, so only services that reach them match (in
 *                      place of the "within reach" rule above); null for that rule
 */
public record ServiceQuery(String text, Set<String> needs, Set<String> boostNeeds, GeoPoint near, double radiusKm,
                           boolean cannotTravel, Integer age, DayOfWeek day, boolean freeOnly,
                           boolean includeInactive, int page, int pageSize, boolean withFacets,
                           StandardFilters standard, Coverage coverage) {
    public static final double DEFAULT_RADIUS_KM = 10;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;

    public ServiceQuery {
        needs = Set.copyOf(needs == null ? Set.of() : needs);
        boostNeeds = Set.copyOf(boostNeeds == null ? Set.of() : boostNeeds);
        standard = standard == null ? StandardFilters.NONE : standard;
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("The radius must be more than 0 km, got " + radiusKm);
        }
        if (page < 1) {
            throw new IllegalArgumentException("Pages start at 1, got " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " services, got " + pageSize);
        }
    }

    /**
     * Signposting's rule for which services can reach a person, by the names of the areas their
     * place lies in rather than by "anything remote or visiting counts": a service matches when
     * it has a place within {@code radiusKm} of {@code near}, or a local service area named in
     * {@code areas}, or a national service area covering {@code nation}. For a place Lantern does
     * not know ({@code remoteOnly}), only services reached by phone or online (or with no place and
     * no stated way of working)
     * whose national area covers {@code nation} match. Each is a little wider than the rules a
     * service is then judged by, never narrower.
     *
     * @param areas      the place's areas as {@link uk.lantern.directory.model.ServiceArea#key}
     *                   gives them ("medway", "kent"); empty when not known
     * @param nation     the place's nation ("england"), or
     *                   {@link uk.lantern.directory.model.ServiceArea#WHOLE_UK} for a place only
     *                   UK-wide services reach; null when not known (then no national service matches)
     * @param remoteOnly the place is not known: only remote services with a national area
     */
    public record Coverage(Set<String> areas, String nation, boolean remoteOnly) {
        public Coverage {
            areas = Set.copyOf(areas == null ? Set.of() : areas);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction with sensible defaults (10 km, page 1 of 10, active only). */
    public static final class Builder {
        private String text;
        private final Set<String> needs = new LinkedHashSet<>();
        private final Set<String> boostNeeds = new LinkedHashSet<>();
        private GeoPoint near;
        private double radiusKm = DEFAULT_RADIUS_KM;
        private boolean cannotTravel;
        private Integer age;
        private DayOfWeek day;
        private boolean freeOnly;
        private boolean includeInactive;
        private int page = 1;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private boolean withFacets;
        private StandardFilters standard = StandardFilters.NONE;
        private Coverage coverage;

        public Builder text(String v) { text = v; return this; }
        public Builder need(String v) { needs.add(v); return this; }
        public Builder needs(Set<String> v) { needs.addAll(v); return this; }
        public Builder boostNeeds(Set<String> v) { boostNeeds.addAll(v); return this; }
        public Builder near(GeoPoint v) { near = v; return this; }
        public Builder radiusKm(double v) { radiusKm = v; return this; }
        public Builder cannotTravel(boolean v) { cannotTravel = v; return this; }
        public Builder age(Integer v) { age = v; return this; }
        public Builder day(DayOfWeek v) { day = v; return this; }
        public Builder freeOnly(boolean v) { freeOnly = v; return this; }
        public Builder includeInactive(boolean v) { includeInactive = v; return this; }
        public Builder page(int v) { page = v; return this; }
        public Builder pageSize(int v) { pageSize = v; return this; }
        public Builder withFacets(boolean v) { withFacets = v; return this; }
        public Builder standard(StandardFilters v) { standard = v; return this; }
        public Builder coverage(Coverage v) { coverage = v; return this; }

        public ServiceQuery build() {
            return new ServiceQuery(text, needs, boostNeeds, near, radiusKm, cannotTravel, age, day, freeOnly,
                    includeInactive, page, pageSize, withFacets, standard, coverage);
        }
    }
}
