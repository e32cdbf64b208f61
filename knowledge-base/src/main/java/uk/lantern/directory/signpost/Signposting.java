package uk.lantern.directory.signpost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.geo.Postcode;
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
 * index: near their place, or serving its areas or nation; see {@link ServiceQuery.Coverage}),
 * at most {@link ServiceQuery#MAX_PAGE_SIZE}. They are judged and ranked on their outlines, read
 * from the index's doc values ({@link ServiceSearch#outlines}), and only the suggestions are loaded
 * whole. Each is kept only if it passes, in this order:
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
 *   <li><b>cost</b>: when money keeps someone in, free services come first, then those whose cost
 *       the directory does not give (said so in the reason), then paid ones, marked; paid ones are
 *       dropped when no free one is left beside them (round 16b: those of unknown cost stay);</li>
 *   <li><b>needs follow causes</b>: a service for a cause ({@link #CAUSE_NEEDS}: bereavement,
 *       carers, sight and hearing) only for a person with that need, and grief support
 *       ({@link #GRIEF_NEED}) only for a loss in the last two years, not for being widowed long ago.</li>
 * </ol>
 * Kept services rank by how well they fit the person: free first when cost matters, coming to
 * the person first when they stay in, then a listening line by phone for someone with thoughts of
 * harm ({@link #LISTENING_NEED}), then by the tier of the person's causes they answer
 * ({@link #causeTiers}: a partner's carer first; a loss, caring, sight or hearing loss, a cold home
 * or money; being widowed long ago last), then visiting at home (before phone or online) when they
 * cannot get out, then meant for a group the person belongs to (a men's group for a man), then by
 * how many cause needs and how many of the person's needs they meet, then by distance (services
 * without a distance last), then by name. The suggestions then answer each cause once before any
 * twice ({@link #choose}).
 */
public final class Signposting {
    /** How far a venue may be: a setting, 10 miles by default. */
    public static final double VENUE_RADIUS_MILES = 10;
    /** Needs that belong to a cause; a service tagged with one is only for people with that need. */
    static final Set<String> CAUSE_NEEDS = Set.of("bereavement_support", "carers_support", "sensory_support");
    /** Grief support: offered only for a recent loss, not for being widowed long ago. */
    static final String GRIEF_NEED = "bereavement_support";
    /** Needs that answer a recent loss or being widowed. */
    static final Set<String> BEREAVEMENT_NEEDS = Set.of("bereavement_support", "befriending", "telephone_befriending");
    /**
     * Needs for company that are met in person (befriending visits, social groups, men's groups).
     * Without a known place none can be met locally, so {@link #REMOTE_COMPANY} is looked for too.
     */
    static final Set<String> COMPANY_NEEDS = Set.of("befriending", "social_groups", "mens_groups");
    /**
     * The need a listening line meets (Samaritans: someone to talk to, by phone, at any hour). For a
     * person with thoughts of harm ({@link Person.Cause#THOUGHTS_OF_HARM}) it is looked for even when
     * the rules raised no such need, and a service meeting it by phone comes first.
     */
    static final String LISTENING_NEED = "mental_health";
    /** Company by phone, which works wherever the person lives (a national befriending line). */
    static final String REMOTE_COMPANY = "telephone_befriending";
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
     * Up to {@code max} suggestions for the person, best first. A person with no need raised gets
     * none: eligibility only filters (an "older people" scheme is for older people with a need it
     * meets). Without a known place, a need for company also looks for telephone befriending.
     *
     * @throws IllegalArgumentException when {@code max} is not 1 to 100
     */
    public Signposts suggest(Person given, int max) {
        if (max < 1 || max > CANDIDATES) {
            throw new IllegalArgumentException("Ask for 1 to " + CANDIDATES + " suggestions, got " + max);
        }
        Where where = where(given.place());
        Person person = withListeningLine(where.point == null ? withRemoteCompany(given) : given);
        if (person.needs().isEmpty()) {
            return new Signposts(where.status, person.place(), where.name, List.of(), person.needs());
        }
        Map<String, Signpost> kept = new LinkedHashMap<>();
        // Judged and ranked on outlines read from the index; only the chosen few are loaded whole.
        for (Service outline : search.outlines(candidates(person, where))) {
            Signpost s = judge(outline, person, where);
            if (s != null) {
                kept.putIfAbsent(s.service().id(), s);
            }
        }
        List<Signpost> ranked = new ArrayList<>(kept.values());
        Set<String> forPeopleLikeThem = new java.util.HashSet<>();
        for (Signpost s : ranked) {
            if (!Eligibility.of(s.service()).groups().isEmpty()) {
                forPeopleLikeThem.add(s.service().id());
            }
        }
        ranked.sort(order(person, forPeopleLikeThem));
        List<Signpost> chosen = new ArrayList<>(choose(ranked, s -> preferred(person, s),
                causeTiers(person).keySet(), person.needs(), max));
        if (person.costKeepsIn() && chosen.stream().noneMatch(Signpost::free)) {
            // never only paid suggestions to someone whom cost keeps in; one of unknown cost is not a paid one
            chosen.removeIf(Signpost::paidMarked);
        }
        return new Signposts(where.status, person.place(), where.name, whole(chosen, person, where), person.needs());
    }

    /**
     * The query for a person's candidates: their needs, age and place (by distance and by the
     * names of its areas), the most one query returns. Package-private for the benchmark of the
     * search alone.
     */
    ServiceQuery candidates(Person person) {
        Where where = where(person.place());
        return candidates(withListeningLine(where.point == null ? withRemoteCompany(person) : person), where);
    }

    private ServiceQuery candidates(Person person, Where where) {
        ServiceQuery.Builder q = ServiceQuery.builder().needs(person.needs()).pageSize(CANDIDATES)
                // a little wider than the rule, so the index never drops what the exact check below keeps
                .radiusKm(venueRadiusMiles * GeoPoint.KM_PER_MILE * 1.01).cannotTravel(true).age(person.age());
        if (where.point != null) {
            q.near(where.point);
        }
        return q.coverage(where.status == Signposts.PlaceStatus.KNOWN
                ? new ServiceQuery.Coverage(where.areas, where.nation, false)
                : new ServiceQuery.Coverage(Set.of(), where.unplacedNation(), true)).build();
    }

    /**
     * The chosen signposts with their whole services, judged again on them so the reasons can
     * name the venue; one whose service left the index meanwhile is left out.
     */
    private List<Signpost> whole(List<Signpost> chosen, Person person, Where where) {
        List<Signpost> out = new ArrayList<>();
        for (Service s : search.wholeServices(chosen.stream().map(c -> c.service().id()).toList())) {
            Signpost judged = judge(s, person, where);
            if (judged != null) {
                out.add(judged);
            }
        }
        return out;
    }

    /**
     * True when the rules keep the service for the person, judged on its own (not among the
     * index's candidates): for the test that the index query never drops what the rules keep.
     */
    boolean keeps(Service s, Person person) {
        Where where = where(person.place());
        return judge(s, withListeningLine(where.point == null ? withRemoteCompany(person) : person), where) != null;
    }

    /**
     * The person with {@link #REMOTE_COMPANY} among their needs when they need company
     * ({@link #COMPANY_NEEDS}): for a place that is not known, where only services that work by
     * phone or online anywhere in the nation can be offered (issue 13: an older carer whose
     * postcode lies outside the area still gets the national telephone befriending line).
     */
    private static Person withRemoteCompany(Person p) {
        if (p.needs().contains(REMOTE_COMPANY) || p.needs().stream().noneMatch(COMPANY_NEEDS::contains)) {
            return p;
        }
        Set<String> needs = new java.util.LinkedHashSet<>(p.needs());
        needs.add(REMOTE_COMPANY);
        return new Person(p.age(), p.sex(), p.carer(), p.bereaved(), p.sightLoss(), p.hearingLoss(), p.cannotGetOut(),
                p.dailyDifficulty(), p.costKeepsIn(), needs, p.place(), p.causes());
    }

    /**
     * The person with {@link #LISTENING_NEED} among their needs when they have thoughts of harm, so a
     * listening line is found even when the rules raised no mental health need.
     */
    private static Person withListeningLine(Person p) {
        if (!p.causes().contains(Person.Cause.THOUGHTS_OF_HARM) || p.needs().contains(LISTENING_NEED)) {
            return p;
        }
        Set<String> needs = new java.util.LinkedHashSet<>(p.needs());
        needs.add(LISTENING_NEED);
        return new Person(p.age(), p.sex(), p.carer(), p.bereaved(), p.sightLoss(), p.hearingLoss(), p.cannotGetOut(),
                p.dailyDifficulty(), p.costKeepsIn(), needs, p.place(), p.causes());
    }

    /**
     * How well the signpost serves as a listening line for a person with thoughts of harm: 0 for a
     * line that is there only to listen (it meets {@link #LISTENING_NEED} by phone and no other need,
     * as Samaritans does), 1 for another service meeting that need by phone (a health line with a
     * mental health option, such as NHS 111), 2 for anything else or for a person without thoughts of harm.
     */
    private static int listeningLine(Person p, Signpost s) {
        if (!p.causes().contains(Person.Cause.THOUGHTS_OF_HARM) || !s.needsMet().contains(LISTENING_NEED)
                || !s.ways().contains(Delivery.TELEPHONE)) {
            return 2;
        }
        return s.service().needs().stream().allMatch(LISTENING_NEED::equals) ? 0 : 1;
    }

    /**
     * Rule 2 alone (where the service works), for searches in the person's own words: whether some
     * way the service works reaches the place (a venue within {@link #VENUE_RADIUS_MILES} miles and
     * its areas, a home visit where an area covers the place, phone or online across the nation).
     * For a place not given or not known, only services by phone or online across
     * {@link #HOME_NATION} (or the postcode's nation) pass: never far-away venues.
     *
     * @param place what the person gave as their place; null or blank for none
     */
    public Predicate<Service> worksAt(String place) {
        Where where = where(place == null || place.isBlank() ? null : place.strip());
        return s -> {
            Double miles = where.point == null ? null : nearestMiles(s, where.point);
            return deliveries(s).stream().anyMatch(d -> reaches(s, d, where, miles));
        };
    }

    /**
     * True of a service whose words limit it to towns ({@link TownLimit}, recorded at import): "Older or disabled
     * people in Rochester and Strood ...", though its service area is all of Medway.
     */
    public static boolean limitedToTowns(Service s) {
        return !TownLimit.stored(s).isEmpty();
    }

    /**
     * For searches at a known place (round 18, relevance sealed v13): true of a service whose words limit it to
     * other towns than the person's ("in Rochester and Strood" for someone in Gillingham or at ME7), which
     * signposting would refuse ({@link TownFit#OUTSIDE}), so a search can put it after the services for their own
     * town. False of every service when the place is not given or not known, and for a place that is an area
     * holding the towns ("Medway"), since the person may live in any of them.
     */
    public Predicate<Service> forOtherTowns(String place) {
        Where where = where(place == null || place.isBlank() ? null : place.strip());
        if (where.status != Signposts.PlaceStatus.KNOWN) {
            return s -> false;
        }
        return s -> {
            Set<String> towns = TownLimit.stored(s);
            return !towns.isEmpty() && townFit(towns, where) == TownFit.OUTSIDE;
        };
    }

    /**
     * The index filter of rule 2 for a search at a place given but not known (a postcode or town the
     * tables do not hold, or words that are no place): only services by phone or online whose national
     * area covers the place's nation ({@link #HOME_NATION}, or the postcode's), as {@link #worksAt}
     * keeps. Null when the place is known or none was given: those searches keep their own rule.
     *
     * @param place what the person gave as their place; null or blank for none
     */
    public ServiceQuery.Coverage coverageWhereNotKnown(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        Where where = where(place.strip());
        return where.status == Signposts.PlaceStatus.KNOWN ? null
                : new ServiceQuery.Coverage(Set.of(), where.unplacedNation(), true);
    }

    /** The signpost for a service that passes every rule, or null. */
    private Signpost judge(Service s, Person p, Where where) {
        Eligibility eligibility = Eligibility.of(s);
        if (!eligibility.admits(p)) {
            return null;
        }
        Set<String> towns = TownLimit.stored(s);
        String onlyIn = null;
        if (!towns.isEmpty()) {
            switch (townFit(towns, where)) {
                case OUTSIDE -> {
                    return null;
                }
                case WIDER -> onlyIn = PlainReason.or(towns.stream().map(PlaceAreas::title).toList());
                case WITHIN -> { }
            }
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
        if (needsMet.isEmpty() || forOtherCause || griefWithoutARecentLoss(s, p)) {
            return null;
        }
        boolean free = s.isFree();
        boolean paidMarked = p.costKeepsIn() && !free && s.costKnown();
        return new Signpost(s, PlainReason.of(s, p, ways, coveringArea(s, where), eligibility, free, onlyIn), ways, miles,
                free, paidMarked, needsMet, where.approximateFrom());
    }

    /**
     * True for grief support ({@link #GRIEF_NEED}) offered to someone without a loss in the last two
     * years ({@code recent_loss}, {@link Person.Cause#RECENT_LOSS}): being widowed long ago raises the
     * bereavement need and still brings befriending (last among causes), but a group for people
     * grieving a death answers a recent loss (sealed personas v13: v18 and v26, widowed with no recent
     * loss, were offered the bereavement group).
     */
    private static boolean griefWithoutARecentLoss(Service s, Person p) {
        return s.needs().contains(GRIEF_NEED) && !p.causes().contains(Person.Cause.RECENT_LOSS);
    }

    /** Where a person's place lies against the towns a service's words limit it to. */
    private enum TownFit { WITHIN, WIDER, OUTSIDE }

    /**
     * Where the person's place lies against the towns a service's words limit it to ({@link TownLimit},
     * recorded at import): {@code WITHIN} for the town they gave ("Strood", "Rochster" read as
     * Rochester) or a postcode, sector or district in a named town's postcode district ("ME2 4AT" is
     * in Strood's ME2); {@code WIDER} for a place known only as an area that holds the towns, its
     * local authority ("Medway"): since round 15 the service is offered with its towns named in the
     * reason, rather than refused silently, since the person may well live in one; {@code OUTSIDE}
     * for another town or district, and for a place not given or not known.
     *
     * @param towns the recorded towns, in lower case, never empty
     */
    private TownFit townFit(Set<String> towns, Where where) {
        if (where.town != null) {
            String town = PlaceAreas.norm(where.town);
            if (towns.stream().anyMatch(t -> PlaceAreas.norm(t).equals(town))) {
                return TownFit.WITHIN;
            }
            // a town that is its own local authority ("Medway", whose centre stands for the towns) holds them all
            return where.areas.contains(town) ? TownFit.WIDER : TownFit.OUTSIDE;
        }
        if (where.postcode == null) {
            return TownFit.OUTSIDE;
        }
        String district = where.postcode.outward();
        return towns.stream().anyMatch(t -> gazetteer.lookup(t) instanceof PlaceLookup.Found f && f.town() != null
                && f.postcode() != null && f.postcode().outward().equals(district)) ? TownFit.WITHIN : TownFit.OUTSIDE;
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
                    : s.serviceAreas().stream().anyMatch(a -> PlaceAreas.nationCovers(a, where.unplacedNation()));
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
     * The needs that answer the person's causes, each with its tier: 0 comes first of all (a
     * partner's carer is offered carers' support first, as the questionnaire promises; someone with
     * thoughts of harm a listening line), 1 for a
     * cause the person has now (a recent loss: bereavement support and befriending; caring:
     * carers' support; sight or hearing loss: sensory support; a cold home, money worries or cost
     * keeping them in: warmth and income help), 2 for being widowed without a recent loss. Needs
     * that answer no cause are not in the map.
     */
    static Map<String, Integer> causeTiers(Person p) {
        Map<String, Integer> tiers = new java.util.HashMap<>();
        if (p.bereaved()) {
            int tier = p.causes().contains(Person.Cause.RECENT_LOSS) ? 1 : 2;
            BEREAVEMENT_NEEDS.forEach(n -> tiers.merge(n, tier, Math::min));
        }
        if (p.carer()) {
            tiers.merge("carers_support", p.causes().contains(Person.Cause.CARES_FOR_PARTNER) ? 0 : 1, Math::min);
        }
        if (p.causes().contains(Person.Cause.THOUGHTS_OF_HARM)) {
            tiers.merge(LISTENING_NEED, 0, Math::min);
        }
        if (p.sightLoss() || p.hearingLoss()) {
            tiers.merge("sensory_support", 1, Math::min);
        }
        if (p.costKeepsIn() || p.causes().contains(Person.Cause.COLD_HOME)
                || p.causes().contains(Person.Cause.MONEY_WORRIES)) {
            tiers.merge("warmth_income", 1, Math::min);
        }
        return tiers;
    }

    /** The best (lowest) tier of a cause the signpost answers; {@link Integer#MAX_VALUE} when none. */
    private static int tier(Signpost s, Map<String, Integer> tiers) {
        return s.needsMet().stream().map(tiers::get).filter(java.util.Objects::nonNull)
                .min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    /**
     * How strongly the person's situation prefers the signpost, before anything else: 0 when it is
     * free or cost does not matter and it comes to them or they can get out; higher when it is paid
     * for someone whom cost keeps in (4), of unknown cost for them (2: after free ones, before paid
     * ones; round 16b) or is a venue for someone who stays in (1). Both {@link #order} and
     * {@link #choose} start from it.
     */
    private static int preferred(Person p, Signpost s) {
        int cost = !p.costKeepsIn() || s.free() ? 0 : s.paidMarked() ? 4 : 2;
        return cost + (p.staysIn() && !s.comesToPerson() ? 1 : 0);
    }

    /**
     * Up to {@code max} of the ranked signposts, each cause answered once before any cause twice.
     * Within each preference class ({@code preference}: free before paid when cost keeps the person
     * in, coming to them before venues when they stay in), in rank order: first those that answer
     * a cause need no earlier choice answered, then those that meet a need of the person's no
     * earlier choice met, then the rest. The result keeps rank order, and a service name appears
     * once. So two befriending schemes do not crowd out carers' support for a bereaved carer.
     */
    static List<Signpost> choose(List<Signpost> ranked, java.util.function.ToIntFunction<Signpost> preference,
                                 Set<String> causeNeeds, Set<String> needs, int max) {
        Set<Signpost> picked = new java.util.LinkedHashSet<>();
        Set<String> names = new java.util.HashSet<>();
        Set<String> covered = new java.util.HashSet<>();
        java.util.SortedMap<Integer, List<Signpost>> classes = new java.util.TreeMap<>();
        for (Signpost s : ranked) {
            classes.computeIfAbsent(preference.applyAsInt(s), k -> new ArrayList<>()).add(s);
        }
        for (List<Signpost> inClass : classes.values()) {
            for (Set<String> bringing : List.of(causeNeeds, needs, Set.<String>of())) {
                for (Signpost s : inClass) {
                    if (picked.size() >= max || picked.contains(s) || names.contains(key(s))) {
                        continue;
                    }
                    if (bringing.isEmpty()
                            || s.needsMet().stream().anyMatch(n -> bringing.contains(n) && !covered.contains(n))) {
                        picked.add(s);
                        names.add(key(s));
                        covered.addAll(s.needsMet());
                    }
                }
            }
        }
        return ranked.stream().filter(picked::contains).toList();
    }

    private static String key(Signpost s) {
        return s.service().name().toLowerCase(Locale.UK);
    }

    private static Comparator<Signpost> order(Person p, Set<String> forPeopleLikeThem) {
        Comparator<Signpost> order = Comparator.comparingInt(s -> preferred(p, s));
        // someone with thoughts of harm is offered a listening line by phone before anything else
        order = order.thenComparingInt(s -> listeningLine(p, s));
        // Needs follow causes: a service that answers one of the person's causes (a loss, caring,
        // sensory loss, cold or cost) comes before one that does not, however it is delivered, and
        // a partner's carer gets carers' support first.
        Map<String, Integer> tiers = causeTiers(p);
        Set<String> causes = tiers.keySet();
        order = order.thenComparingInt(s -> tier(s, tiers));
        if (p.cannotGetOut()) {
            // among those, someone who cannot leave home is best served by someone coming to them,
            // before a phone line
            order = order.thenComparing(s -> !s.ways().contains(Delivery.HOME_VISIT));
        }
        // a service meant for a group the person belongs to (a men's group for a man) fits them
        // better than one open to all (eligibility has already admitted them)
        order = order.thenComparing(s -> !forPeopleLikeThem.contains(s.service().id()));
        return order.thenComparing(s -> -s.needsMet().stream().filter(causes::contains).count())
                .thenComparing(s -> -s.needsMet().size())
                .thenComparing(Signpost::distanceMiles, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.service().name());
    }

    /**
     * Where a distance from this place is measured from, as the cards say it: null from a full postcode's own point
     * (exact); from a sector's or district's centre "" ("about 3 miles away"); from a town's centre the town's name
     * ("about 3 miles from Chatham"). Used wherever a card gives a distance: suggestions here, and the chat's
     * answers to service questions (round 16: those gave exact miles from a district's or town's centre).
     */
    public static String approximateFrom(PlaceLookup.Found found) {
        return switch (found.precision()) {
            case POSTCODE -> null;
            case DISTRICT -> "";
            case TOWN -> townName(found);
        };
    }

    /** The town understood, not the words typed: "Rochster" is shown as Rochester, so a wrong reading is seen. */
    private static String townName(PlaceLookup.Found found) {
        return PlaceAreas.title(found.town() != null ? found.town() : Gazetteer.placeWords(found.input()));
    }

    private Where where(String place) {
        if (place == null) {
            return new Where(Signposts.PlaceStatus.NONE, null, null, Set.of(), null, null, null, null, null);
        }
        PlaceLookup lookup = gazetteer.lookup(place);
        if (!(lookup instanceof PlaceLookup.Found found)) {
            Postcode read = lookup instanceof PlaceLookup.NotFound notFound ? notFound.postcode() : null;
            // a well-formed code outside the tables ("ME14", "DA12 2") is named as read: an area not covered yet
            return new Where(Signposts.PlaceStatus.UNKNOWN, read == null ? null : read.text(), null, Set.of(), null,
                    PlaceAreas.nationOf(read), null, null, null);
        }
        Set<String> names = found.postcode() == null ? Set.of() : areas.of(found.postcode());
        String nation = names.stream().filter(n -> PlaceAreas.nationCovers(new ServiceArea(null, n, null), n))
                .findFirst().orElse(null);
        String name = switch (found.precision()) {
            case POSTCODE -> found.postcode().text();
            case DISTRICT -> "the " + found.postcode().text() + " area";
            case TOWN -> townName(found);
        };
        String approximateFrom = approximateFrom(found);
        return new Where(Signposts.PlaceStatus.KNOWN, name, found.point(), names, nation, nation, found.town(),
                found.postcode(), approximateFrom);
    }

    /**
     * The person's place as signposting uses it.
     *
     * @param areas  normalised names of the areas it lies in (local authority, county, nation)
     * @param nation the normalised nation ({@code england}) of a known place; null when not known
     * @param postcodeNation the nation of the postcode's area, even when the place is not known
     *               (see {@link PlaceAreas#nationOf}); null when no postcode was given
     * @param town   the town the person gave, in lower case as the gazetteer reads it; null for a postcode or no town
     * @param postcode the postcode, sector or district read (a town's district for a town); null when not known
     * @param approximateFrom see {@link Signpost#approximateFrom()}; null when not known or a full postcode's point
     */
    private record Where(Signposts.PlaceStatus status, String name, GeoPoint point, Set<String> areas, String nation,
                         String postcodeNation, String town, Postcode postcode, String approximateFrom) {
        /**
         * The nation whose national services may be offered when the place itself is not known:
         * the one the postcode's area lies in ("CF10 1EP" is in Wales), else {@link #HOME_NATION};
         * {@link PlaceAreas#UK_ONLY} for an area that spans two nations, so only UK-wide
         * services are offered.
         */
        String unplacedNation() {
            return postcodeNation != null ? postcodeNation : HOME_NATION;
        }
    }
}
