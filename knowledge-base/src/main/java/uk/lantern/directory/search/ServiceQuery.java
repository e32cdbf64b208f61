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
 */
public record ServiceQuery(String text, Set<String> needs, Set<String> boostNeeds, GeoPoint near, double radiusKm,
                           boolean cannotTravel, Integer age, DayOfWeek day, boolean freeOnly,
                           boolean includeInactive, int page, int pageSize, boolean withFacets,
                           StandardFilters standard) {
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

        public ServiceQuery build() {
            return new ServiceQuery(text, needs, boostNeeds, near, radiusKm, cannotTravel, age, day, freeOnly,
                    includeInactive, page, pageSize, withFacets, standard);
        }
    }
}
