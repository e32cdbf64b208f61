package uk.lantern.directory.signpost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;

/**
 * Decides which services to suggest to one person. Thread-safe.
 *
 * <p>Candidates are the active services tagged with at least one of the person's needs (from the
 * index, within reach of their place). Each is then kept only if it passes, in this order:
 * <ol>
 *   <li><b>eligibility</b> ({@link Eligibility#admits}): age limits, men or women only, carers,
 *       bereaved people, sight or hearing loss;</li>
 *   <li><b>where it works</b>: a venue within {@link #VENUE_RADIUS_MILES} miles whose service areas
 *       (if any) cover the person's place; a home visit only where a service area covers the place;
 *       phone or online where a service area covers the place or names the person's nation (or the
 *       UK). Without a known place, only phone or online services whose area covers the whole of
 *       {@link #HOME_NATION} (England, or the UK);</li>
 *   <li><b>taking part</b>: for someone who cannot get out or finds everyday tasks hard, venues
 *       only when the service offers transport;</li>
 *   <li><b>cost</b>: when money keeps someone in, paid (or unpriced) services are marked, and
 *       dropped altogether when no free one is left to suggest beside them;</li>
 *   <li><b>needs follow causes</b>: a service for a cause ({@link #CAUSE_NEEDS}: bereavement,
 *       carers, sight and hearing) only for a person with that need.</li>
 * </ol>
 * Kept services rank by how well they fit the person: free first when cost matters, coming to
 * the person first when they stay in, visiting at home first (before phone or online) when they
 * cannot get out, then by how many needs they meet that answer the person's strongest causes
 * ({@link #causeNeeds}: a loss, caring, sight or hearing loss, cost), then by how many of the
 * person's needs they meet, then by distance (services without a distance last), then by name.
 */
public final class Signposting {
    /** How far a venue may be: a setting, 10 miles by default. */
    public static final double VENUE_RADIUS_MILES = 10;
    /** Needs that belong to a cause; a service tagged with one is only for people with that need. */
    static final Set<String> CAUSE_NEEDS = Set.of("bereavement_support", "carers_support", "sensory_support");
    /** Needs that answer a recent loss or being widowed. */
    static final Set<String> BEREAVEMENT_NEEDS = Set.of("bereavement_support", "befriending", "telephone_befriending");
    /** Services that take people to a venue say so with this need, or with this access attribute. */
    static final String TRANSPORT_NEED = "transport";
    static final String TRANSPORT_OFFERED = "transport_offered";
    /**
     * The nation assumed for a person whose place is not known, so that "national" means theirs:
     * the shipped directory and area table are English (Medway).
     */
    public static final String HOME_NATION = "england";
    /** Candidates read from the index before the rules; the most one query returns. */
    private static final int CANDIDATES = ServiceQuery.MAX_PAGE_SIZE;

    private final ServiceSearch search;
    private final Gazetteer gazetteer;
    private final PlaceAreas areas;
    private final double venueRadiusMiles;

    public Signposting(ServiceSearch search, Gazetteer gazetteer) {
        this(search, gazetteer, PlaceAreas.shipped(), VENUE_RADIUS_MILES);
    }

    Signposting(ServiceSearch search, Gazetteer gazetteer, PlaceAreas areas, double venueRadiusMiles) {
        this.search = search;
        this.gazetteer = gazetteer;
        this.areas = areas;
        this.venueRadiusMiles = venueRadiusMiles;
    }

    /**
     * Up to {@code max} suggestions for the person, best first.
     *
     * @throws IllegalArgumentException when {@code max} is not 1 to 100
     */
    public Signposts suggest(Person person, int max) {
        if (max < 1 || max > CANDIDATES) {
            throw new IllegalArgumentException("Ask for 1 to " + CANDIDATES + " suggestions, got " + max);
        }
        Where where = where(person.place());
        if (person.needs().isEmpty()) {
            return new Signposts(where.status, person.place(), where.name, List.of());
        }
        ServiceQuery.Builder q = ServiceQuery.builder().needs(person.needs()).pageSize(CANDIDATES)
                // a little wider than the rule, so the index never drops what the exact check below keeps
                .radiusKm(venueRadiusMiles * GeoPoint.KM_PER_MILE * 1.01).cannotTravel(true).age(person.age());
        if (where.point != null) {
            q.near(where.point);
        }
        Map<String, Signpost> kept = new LinkedHashMap<>();
        for (ServiceHit hit : search.search(q.build()).hits()) {
            Signpost s = judge(hit.service(), person, where);
            if (s != null) {
                kept.putIfAbsent(s.service().id(), s);
            }
        }
        List<Signpost> ranked = new ArrayList<>(kept.values());
        ranked.sort(order(person));
        List<Signpost> chosen = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Signpost s : ranked) {
            if (chosen.size() < max && names.add(s.service().name().toLowerCase(Locale.UK))) {
                chosen.add(s);
            }
        }
        if (person.costKeepsIn() && chosen.stream().noneMatch(Signpost::free)) {
            chosen.clear(); // never only paid suggestions to someone whom cost keeps in
        }
        return new Signposts(where.status, person.place(), where.name, chosen);
    }

    /** The signpost for a service that passes every rule, or null. */
    private Signpost judge(Service s, Person p, Where where) {
        Eligibility eligibility = Eligibility.of(s);
        if (!eligibility.admits(p)) {
            return null;
        }
        Double miles = where.point == null ? null : nearestMiles(s, where.point);
        List<Delivery> ways = new ArrayList<>();
        for (Delivery d : deliveries(s)) {
            if (reaches(s, d, where, miles) && (d.comesToPerson() || !p.staysIn() || offersTransport(s))) {
                ways.add(d);
            }
        }
        if (ways.isEmpty()) {
            return null;
        }
        List<String> needsMet = s.needs().stream().filter(p.needs()::contains).toList();
        boolean forOtherCause = s.needs().stream().anyMatch(n -> CAUSE_NEEDS.contains(n) && !p.needs().contains(n));
        if (needsMet.isEmpty() || forOtherCause) {
            return null;
        }
        boolean free = s.isFree();
        boolean paidMarked = p.costKeepsIn() && !free;
        return new Signpost(s, PlainReason.of(s, p, ways, coveringArea(s, where), eligibility, free), ways, miles,
                free, paidMarked, needsMet);
    }

    /** A service with no stated way of working is a venue when it has a place, otherwise remote. */
    private static List<Delivery> deliveries(Service s) {
        if (!s.deliveries().isEmpty()) {
            return s.deliveries();
        }
        return s.points().isEmpty() ? List.of(Delivery.TELEPHONE) : List.of(Delivery.GROUP_VENUE);
    }

    private boolean reaches(Service s, Delivery d, Where where, Double miles) {
        boolean local = coveringArea(s, where) != null;
        boolean near = miles != null && miles <= venueRadiusMiles;
        return switch (d) {
            case GROUP_VENUE -> near && (s.serviceAreas().isEmpty() || local || nationwide(s, where));
            case HOME_VISIT -> local || nationwide(s, where);
            case TELEPHONE, ONLINE -> where.status == Signposts.PlaceStatus.KNOWN
                    ? local || nationwide(s, where) || s.serviceAreas().isEmpty() && near
                    : s.serviceAreas().stream().anyMatch(a -> PlaceAreas.nationCovers(a, HOME_NATION));
        };
    }

    /** The name of the service's own area that covers the person's place (not a national one); null if none. */
    private static String coveringArea(Service s, Where where) {
        for (ServiceArea a : s.serviceAreas()) {
            if (!PlaceAreas.national(a) && where.areas.contains(PlaceAreas.norm(a.name()))) {
                return a.name();
            }
        }
        return null;
    }

    private static boolean nationwide(Service s, Where where) {
        return where.nation != null && s.serviceAreas().stream().anyMatch(a -> PlaceAreas.nationCovers(a, where.nation));
    }

    static boolean offersTransport(Service s) {
        return s.needs().contains(TRANSPORT_NEED)
                || s.otherTerms().stream().anyMatch(t -> TRANSPORT_OFFERED.equals(t.code()));
    }

    private static Double nearestMiles(Service s, GeoPoint from) {
        Double best = null;
        for (GeoPoint p : s.points()) {
            double miles = from.distanceKm(p) / GeoPoint.KM_PER_MILE;
            best = best == null ? miles : Math.min(best, miles);
        }
        return best;
    }

    /**
     * The needs that answer the person's strongest causes, which rank before needs they merely
     * have: a loss calls for bereavement support and befriending, caring for carers' support,
     * sight or hearing loss for sensory support, cost keeping them in for warmth and income help.
     */
    static Set<String> causeNeeds(Person p) {
        Set<String> needs = new java.util.HashSet<>();
        if (p.bereaved()) {
            needs.addAll(BEREAVEMENT_NEEDS);
        }
        if (p.carer()) {
            needs.add("carers_support");
        }
        if (p.sightLoss() || p.hearingLoss()) {
            needs.add("sensory_support");
        }
        if (p.costKeepsIn()) {
            needs.add("warmth_income");
        }
        return needs;
    }

    private static Comparator<Signpost> order(Person p) {
        Comparator<Signpost> order = Comparator.comparingInt(s -> 0);
        if (p.costKeepsIn()) {
            order = order.thenComparing(s -> !s.free());
        }
        if (p.staysIn()) {
            order = order.thenComparing(s -> !s.comesToPerson());
        }
        // Needs follow causes: a service that answers one of the person's causes (a loss, caring,
        // sensory loss, cost) comes before one that does not, however it is delivered.
        Set<String> causes = causeNeeds(p);
        order = order.thenComparing(s -> s.needsMet().stream().noneMatch(causes::contains));
        if (p.cannotGetOut()) {
            // among those, someone who cannot leave home is best served by someone coming to them,
            // before a phone line
            order = order.thenComparing(s -> !s.ways().contains(Delivery.HOME_VISIT));
        }
        return order.thenComparing(s -> -s.needsMet().stream().filter(causes::contains).count())
                .thenComparing(s -> -s.needsMet().size())
                .thenComparing(Signpost::distanceMiles, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.service().name());
    }

    private Where where(String place) {
        if (place == null) {
            return new Where(Signposts.PlaceStatus.NONE, null, null, Set.of(), null);
        }
        PlaceLookup lookup = gazetteer.lookup(place);
        if (!(lookup instanceof PlaceLookup.Found found)) {
            return new Where(Signposts.PlaceStatus.UNKNOWN, null, null, Set.of(), null);
        }
        Set<String> names = found.postcode() == null ? Set.of() : areas.of(found.postcode());
        String nation = names.stream().filter(n -> PlaceAreas.nationCovers(new ServiceArea(null, n, null), n))
                .findFirst().orElse(null);
        String name = switch (found.precision()) {
            case POSTCODE -> found.postcode().text();
            case DISTRICT -> "the " + found.postcode().text() + " area";
            case TOWN -> PlaceAreas.title(Gazetteer.placeWords(found.input()));
        };
        return new Where(Signposts.PlaceStatus.KNOWN, name, found.point(), names, nation);
    }

    /**
     * The person's place as signposting uses it.
     *
     * @param areas  normalised names of the areas it lies in (local authority, county, nation)
     * @param nation the normalised nation ({@code england}); null when not known
     */
    private record Where(Signposts.PlaceStatus status, String name, GeoPoint point, Set<String> areas, String nation) {}
}
