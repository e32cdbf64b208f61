package uk.lantern.directory.signpost;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Address;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Location;
import uk.lantern.directory.model.Organization;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * A generated directory across England for the signposting benchmark: services of the kinds real
 * loneliness directories hold (befriending, lunch clubs, men's sheds, carers' cafés, bereavement
 * groups, sight loss clubs, warmth advice, digital help, community transport, helplines), each
 * with a realistic name and description, a town, service areas (its local authority, its county,
 * or for some phone and online services all of England), delivery, cost, days, age limits and
 * eligibility attributes. About half the services carry an {@code eligibility_description} instead of the
 * attributes, worded as councils and charities word them (ages, groups, the town they serve, "open to all"), and
 * are recorded as an import records them ({@link Eligibility#recorded}): the groups and towns read from the words
 * (round 16; until then no generated service had a description, so the benchmark never paid for reading one).
 * Also the postcodes of those towns in the ONS Postcode Directory layout
 * and their area table. The same seed always gives the same directory; nothing is committed.
 */
final class EnglandDirectory {

    /** A town: its postcode district, local authority, county and centre. */
    record Town(String name, String district, String authority, String county, GeoPoint centre) {}

    static final List<Town> TOWNS = List.of(
            new Town("Leeds", "LS1", "Leeds", "West Yorkshire", new GeoPoint(53.801, -1.549)),
            new Town("Manchester", "M1", "Manchester", "Greater Manchester", new GeoPoint(53.480, -2.242)),
            new Town("Birmingham", "B1", "Birmingham", "West Midlands", new GeoPoint(52.486, -1.890)),
            new Town("Liverpool", "L1", "Liverpool", "Merseyside", new GeoPoint(53.408, -2.991)),
            new Town("Leicester", "LE1", "Leicester", "Leicestershire", new GeoPoint(52.636, -1.139)),
            new Town("Bristol", "BS1", "Bristol", "Bristol", new GeoPoint(51.454, -2.588)),
            new Town("Nottingham", "NG1", "Nottingham", "Nottinghamshire", new GeoPoint(52.954, -1.158)),
            new Town("Plymouth", "PL1", "Plymouth", "Devon", new GeoPoint(50.376, -4.143)),
            new Town("Oxford", "OX1", "Oxford", "Oxfordshire", new GeoPoint(51.752, -1.258)),
            new Town("Cambridge", "CB1", "Cambridge", "Cambridgeshire", new GeoPoint(52.205, 0.119)),
            new Town("Newcastle", "NE1", "Newcastle upon Tyne", "Tyne and Wear", new GeoPoint(54.978, -1.618)),
            new Town("Sheffield", "S1", "Sheffield", "South Yorkshire", new GeoPoint(53.383, -1.465)),
            new Town("Southampton", "SO14", "Southampton", "Hampshire", new GeoPoint(50.909, -1.404)),
            new Town("Canterbury", "CT1", "Canterbury", "Kent", new GeoPoint(51.279, 1.079)),
            new Town("Norwich", "NR1", "Norwich", "Norfolk", new GeoPoint(52.628, 1.299)),
            new Town("Brighton", "BN1", "Brighton and Hove", "East Sussex", new GeoPoint(50.822, -0.137)),
            new Town("Worcester", "WR1", "Worcester", "Worcestershire", new GeoPoint(52.192, -2.220)),
            new Town("Wigan", "WN1", "Wigan", "Greater Manchester", new GeoPoint(53.545, -2.632)),
            new Town("Exeter", "EX1", "Exeter", "Devon", new GeoPoint(50.726, -3.527)),
            new Town("Chatham", "ME4", "Medway", "Kent", new GeoPoint(51.380, 0.528)));

    /**
     * A kind of service: how it is named and described, its needs, how it is delivered, who it is
     * for (eligibility codes), its lowest age, and how common it is (weight).
     */
    record Kind(String name, String description, List<String> needs, Delivery delivery, List<String> groups,
                Integer minimumAge, int weight) {}

    static final List<Kind> KINDS = List.of(
            new Kind("%s befriending scheme", "Volunteer befrienders visit older people at home in %s for a cup of "
                    + "tea and a chat each week, matched by interests.", List.of("befriending"), Delivery.HOME_VISIT,
                    List.of(), 60, 12),
            new Kind("%s telephone friendship line", "A friendly volunteer rings you at the same time each week for "
                    + "a chat, wherever you live in %s.", List.of("telephone_befriending", "befriending"),
                    Delivery.TELEPHONE, List.of(), 55, 6),
            new Kind("%s lunch club", "A hot two-course lunch with company at the community hall in %s, with "
                    + "a quiz or a singalong after.", List.of("social_groups"), Delivery.GROUP_VENUE, List.of(), 55, 14),
            new Kind("%s men's shed", "Men meet in a workshop in %s to make and mend things, talk and share "
                    + "skills over a brew.", List.of("mens_groups", "social_groups"), Delivery.GROUP_VENUE,
                    List.of("men"), 18, 5),
            new Kind("%s women's walk and talk", "A gentle weekly walk for women around %s, ending with tea.",
                    List.of("physical_activity", "social_groups"), Delivery.GROUP_VENUE, List.of("women"), 18, 4),
            new Kind("%s carers' café", "Unpaid carers in %s meet for a break, advice and company while a "
                    + "volunteer sits with the person they look after.", List.of("carers_support"),
                    Delivery.GROUP_VENUE, List.of("carers"), 18, 5),
            new Kind("%s bereavement support group", "A small group in %s for people grieving the death of a "
                    + "partner, relative or friend, with trained volunteers.", List.of("bereavement_support"),
                    Delivery.GROUP_VENUE, List.of("bereaved"), 18, 4),
            new Kind("%s sight loss club", "A social club in %s for people with sight loss: talks, outings, "
                    + "equipment advice and company.", List.of("sensory_support", "social_groups"),
                    Delivery.GROUP_VENUE, List.of("sight_loss"), 18, 3),
            new Kind("%s warm spaces and energy advice", "Help with heating bills, benefits checks and keeping "
                    + "warm at home, across %s.", List.of("warmth_income", "information_advice"), Delivery.TELEPHONE,
                    List.of(), 18, 6),
            new Kind("%s digital drop-in", "Learn to use a phone, tablet or computer with patient volunteers at "
                    + "the library in %s.", List.of("digital_skills"), Delivery.GROUP_VENUE, List.of(), 18, 6),
            new Kind("%s community transport", "Volunteer drivers take people who cannot use buses to shops, "
                    + "clubs and appointments around %s.", List.of("transport"), Delivery.HOME_VISIT, List.of(), 18, 4),
            new Kind("%s chair exercise class", "Seated exercise to music for older people in %s, at your own "
                    + "pace.", List.of("physical_activity", "social_groups"), Delivery.GROUP_VENUE, List.of(), 60, 8),
            new Kind("%s community navigators", "A navigator talks with you about what you would like to do and "
                    + "links you to groups and help in %s.", List.of("community_navigators", "information_advice"),
                    Delivery.HOME_VISIT, List.of(), 18, 5),
            new Kind("%s volunteering hub", "Find a way to give your time in %s: charity shops, gardens, "
                    + "befriending and more.", List.of("volunteering"), Delivery.GROUP_VENUE, List.of(), 16, 4),
            new Kind("%s online wellbeing group", "Meet others online each week from %s to talk about low mood "
                    + "and worries, led by a trained facilitator.", List.of("mental_health", "social_groups"),
                    Delivery.ONLINE, List.of(), 18, 4));

    /**
     * Eligibility descriptions for each kind (by its name), {@code %s} the service's town: each names the kind's
     * groups, so the services read from them are for the same people as those given attributes.
     */
    static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("%s befriending scheme", List.of("Older people aged 60 and over who live alone in %s and feel "
                    + "lonely or isolated.", "For people over 60. You can refer yourself, or your GP or a family member "
                    + "can refer you with your permission.", "<p>Anyone aged 60+ living in %s who would like a "
                    + "visitor.</p>")),
            Map.entry("%s telephone friendship line", List.of("People aged 55 and over who live alone.",
                    "Over 55s living in %s; no referral needed.")),
            Map.entry("%s lunch club", List.of("Over 55s. Transport can be arranged for those who find it hard to get "
                    + "out.", "For older residents (55+) of %s. Everyone pays &pound;4 for lunch.")),
            Map.entry("%s men's shed", List.of("Men aged 18 and over. No experience needed.", "Open to men 18+ living in "
                    + "%s and nearby; partners welcome at our open days.")),
            Map.entry("%s women's walk and talk", List.of("Women only, all ages welcome.", "Ladies 18+; walks are "
                    + "gentle and step-free where we can.")),
            Map.entry("%s carers' café", List.of("Unpaid carers who look after a family member, partner or friend. You "
                    + "do not need to be getting Carer&#39;s Allowance.", "Carers aged 18+ living in %s.")),
            Map.entry("%s bereavement support group", List.of("Adults (18+) who have been bereaved. There is no time "
                    + "limit &ndash; you can come years after your loss.", "For people in %s grieving the death of "
                    + "someone close, from age 18.")),
            Map.entry("%s sight loss club", List.of("Blind and partially sighted adults (18+) in %s.", "People with sight "
                    + "loss aged 18 and over. Guide dogs welcome.")),
            Map.entry("%s warm spaces and energy advice", List.of("Anyone aged 18 or over living in %s.",
                    "Adults only. Free and confidential.")),
            Map.entry("%s digital drop-in", List.of("Adults 18+. Just turn up; bring your own device if you have one.",
                    "For adults in %s who want help getting online.")),
            Map.entry("%s community transport", List.of("Adults who cannot use buses because of illness, frailty or "
                    + "disability.", "People aged 18+ in %s; members must register before their first journey.")),
            Map.entry("%s chair exercise class", List.of("Older people (60+). Wheelchair users welcome.",
                    "Over 60s living in %s. Please tell us about any health conditions.")),
            Map.entry("%s community navigators", List.of("Adults aged 18 and over living in %s.", "Anyone over 18 "
                    + "who feels lonely or would like to find something to do.")),
            Map.entry("%s volunteering hub", List.of("From age 16.", "Volunteers must be 16 or over; some roles need "
                    + "a DBS check.")),
            Map.entry("%s online wellbeing group", List.of("Adults 18+ feeling low or anxious; no referral needed.",
                    "People aged 18 and over who live in %s.")));

    /** Medway's towns, which the shipped gazetteer knows, so a Chatham service's words can limit it to some of them. */
    private static final List<String> MEDWAY_LIMITS = List.of("Older people living in Rochester and Strood.",
            "For residents of Gillingham and Rainham.", "People who live in Chatham or Walderslade.");

    private static final String[] PLACES = {"Northside", "Riverside", "St Mary's", "Old Town", "Hillcrest",
            "Parkway", "Westgate", "Eastbrook", "Church Lane", "Market Square"};

    private EnglandDirectory() {
    }

    /** {@code count} services, spread over {@link #TOWNS}. */
    static List<Service> services(int count, long seed) {
        Random random = new Random(seed);
        // a second stream for the descriptions, so every other field is what the seed gave before round 16
        Random words = new Random(seed + 1);
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        List<Service> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Town town = TOWNS.get(random.nextInt(TOWNS.size()));
            Kind kind = pick(random, total);
            String id = "england-" + i;
            String where = town.name() + " " + PLACES[random.nextInt(PLACES.length)];
            GeoPoint point = new GeoPoint(town.centre().latitude() + random.nextGaussian() * 0.05,
                    town.centre().longitude() + random.nextGaussian() * 0.08);
            Service.Builder b = Service.builder(id, String.format(Locale.UK, kind.name(), where))
                    .description(String.format(Locale.UK, kind.description(), town.name()))
                    .organization(new Organization("org-" + (i / 4), town.name() + " Voluntary Action " + (i / 4),
                            null, null, null))
                    .phone(new Phone(id + "-phone", "0113 496 0" + String.format(Locale.ROOT, "%03d", i % 1000),
                            "voice", null))
                    .schedule(new Schedule(id + "-sched", "WEEKLY", Schedule.code(DayOfWeek.of(1 + random.nextInt(5))),
                            LocalTime.of(10 + random.nextInt(3), 0), LocalTime.of(13 + random.nextInt(3), 0), null))
                    .costOption(new CostOption(id + "-cost", null, random.nextInt(10) < 3
                            ? BigDecimal.valueOf(2 + random.nextInt(5)) : BigDecimal.ZERO, "GBP", null))
                    .needs(kind.needs())
                    .delivery(kind.delivery());
            if (kind.delivery() == Delivery.GROUP_VENUE || random.nextInt(3) == 0) {
                b.serviceAtLocation(new ServiceAtLocation(id + "-sal", null, new Location(id + "-loc", null, null,
                        "physical", point, List.of(new Address(id + "-addr", "1 High Street", town.name(), null,
                        "England", town.district() + " 1AA", "GB", "physical")))));
            }
            int area = random.nextInt(100);
            boolean remote = kind.delivery() == Delivery.TELEPHONE || kind.delivery() == Delivery.ONLINE;
            if (remote && area < 3) {
                b.serviceArea(new ServiceArea(id + "-area", "England", null));
            } else if (area < 75) {
                b.serviceArea(new ServiceArea(id + "-area", town.authority(), null));
            } else if (area < 92) {
                b.serviceArea(new ServiceArea(id + "-area", town.county(), null));
            }
            if (random.nextInt(5) == 0 && kind.delivery() == Delivery.GROUP_VENUE) {
                b.term(new TaxonomyTerm("transport_offered", "transport_offered", "Transport offered", null,
                        "lantern-access"));
            }
            if (kind.minimumAge() != null && kind.minimumAge() > 18) {
                b.minimumAge(kind.minimumAge());
            }
            int said = words.nextInt(100);
            if (said < 50) {
                // the publisher's attributes: exact data, read as sent
                List<String> groups = kind.groups().isEmpty() ? List.of(Eligibility.EVERYONE_CODE) : kind.groups();
                for (String g : groups) {
                    b.term(new TaxonomyTerm(g, g, g, null, Eligibility.TAXONOMY_ID));
                }
                out.add(b.build());
                continue;
            }
            // the words only, recorded as an import records them; Chatham's services sometimes name Medway's towns
            List<String> wordings = DESCRIPTIONS.get(kind.name());
            String wording = town.name().equals("Chatham") && kind.groups().isEmpty() && said < 60
                    ? MEDWAY_LIMITS.get(words.nextInt(MEDWAY_LIMITS.size()))
                    : wordings.get(words.nextInt(wordings.size()));
            out.add(Eligibility.recorded(b.eligibilityDescription(String.format(Locale.UK, wording, town.name()))
                    .build()));
        }
        return out;
    }

    private static Kind pick(Random random, int total) {
        int roll = random.nextInt(total);
        for (Kind k : KINDS) {
            roll -= k.weight();
            if (roll < 0) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    /** The letters of a postcode's unit: every letter but C, I, K, M, O and V (Royal Mail's postcode format). */
    static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Postcodes of each town: the district's centre and {@code perTown} full postcodes around it. */
    static Map<String, GeoPoint> postcodes(int perTown, long seed) {
        Random random = new Random(seed);
        Map<String, GeoPoint> out = new LinkedHashMap<>();
        for (Town town : TOWNS) {
            out.put(town.district(), town.centre());
            for (int i = 0; i < perTown; i++) {
                // the unit's two letters as Royal Mail writes them: never C, I, K, M, O or V, which Lantern (rightly)
                // reads as no postcode, so 41% of the people given a generated postcode used to count as unknown
                String code = town.district() + " " + (1 + random.nextInt(9))
                        + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                        + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
                out.put(code, new GeoPoint(town.centre().latitude() + random.nextGaussian() * 0.04,
                        town.centre().longitude() + random.nextGaussian() * 0.06));
            }
        }
        return out;
    }

    /** Writes postcodes in the ONS Postcode Directory layout ({@code pcds}, {@code lat}, {@code long}). */
    static Path onspd(Map<String, GeoPoint> postcodes, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("pcd7,pcds,dointr,doterm,oscty,lat,long\n");
        postcodes.forEach((code, at) -> csv.append(code.replace(" ", "")).append(',').append(code)
                .append(",199801,,E99999999,").append(at.latitude()).append(',').append(at.longitude()).append('\n'));
        return Files.writeString(file, csv);
    }

    /** The area table for the towns. */
    static PlaceAreas areas() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        TOWNS.forEach(t -> rows.put(t.district(), List.of(t.authority(), t.county(), "England")));
        return PlaceAreas.of(rows);
    }
}
