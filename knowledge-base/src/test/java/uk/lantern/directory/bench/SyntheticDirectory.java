package uk.lantern.directory.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Generates a large directory for benchmarks: services clustered around English towns, with
 * random needs, words, delivery, ages, days and costs. The same seed always gives the same
 * directory.
 */
public final class SyntheticDirectory {
    /** Town centres across England; services scatter up to about 15 km around them. */
    static final GeoPoint[] TOWNS = {
            new GeoPoint(51.380, 0.528), new GeoPoint(51.507, -0.128), new GeoPoint(52.486, -1.890),
            new GeoPoint(53.480, -2.242), new GeoPoint(53.801, -1.549), new GeoPoint(53.408, -2.991),
            new GeoPoint(52.636, -1.139), new GeoPoint(51.454, -2.588), new GeoPoint(52.954, -1.158),
            new GeoPoint(50.376, -4.143), new GeoPoint(51.752, -1.258), new GeoPoint(52.205, 0.119),
            new GeoPoint(54.978, -1.618), new GeoPoint(53.383, -1.465), new GeoPoint(50.909, -1.404),
            new GeoPoint(51.279, 1.079), new GeoPoint(52.628, 1.299), new GeoPoint(50.822, -0.137),
            new GeoPoint(52.192, -2.220), new GeoPoint(53.545, -2.632)};

    static final String[] WORDS = {
            "friendly", "weekly", "group", "club", "lunch", "coffee", "morning", "walk", "garden", "music", "choir",
            "art", "craft", "knitting", "reading", "books", "history", "film", "quiz", "tea", "dance", "exercise",
            "chair", "yoga", "bowls", "swimming", "computer", "tablet", "phone", "advice", "benefits", "heating",
            "carer", "respite", "bereavement", "grief", "memory", "dementia", "sight", "hearing", "transport", "lift",
            "hospital", "shopping", "visit", "befriending", "volunteer", "men", "women", "older", "people", "community",
            "centre", "library", "church", "hall", "support", "chat", "company", "meal", "outing", "trip", "theatre",
            "cooking", "fishing", "allotment", "woodwork", "photography", "language", "english", "polish", "punjabi"};

    private SyntheticDirectory() {
    }

    /**
     * Mostly groups at venues, some home visits, few phone or online services: those reach
     * everyone whatever the distance, so their share decides how many services a local search
     * matches. 15% phone or online is generous: in real directories most such services are a
     * handful of national lines, not thousands of local ones.
     */
    private static Delivery delivery(Random random) {
        int roll = random.nextInt(100);
        if (roll < 65) {
            return Delivery.GROUP_VENUE;
        }
        if (roll < 85) {
            return Delivery.HOME_VISIT;
        }
        return roll < 95 ? Delivery.TELEPHONE : Delivery.ONLINE;
    }

    public static List<Service> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> needs = new ArrayList<>(NeedsTaxonomy.termIds());
        List<Service> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "synthetic-" + i;
            GeoPoint town = TOWNS[random.nextInt(TOWNS.length)];
            GeoPoint point = new GeoPoint(town.latitude() + random.nextGaussian() * 0.06,
                    town.longitude() + random.nextGaussian() * 0.09);
            StringBuilder description = new StringBuilder();
            int words = 12 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                description.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            Service.Builder b = Service.builder(id, WORDS[random.nextInt(WORDS.length)] + " "
                            + WORDS[random.nextInt(WORDS.length)] + " " + i)
                    .description(description.toString().trim())
                    .organization(new Organization("org-" + (i / 5), "Organisation " + (i / 5), null, null, null))
                    .serviceAtLocation(new ServiceAtLocation(id + "-sal", null, new Location(id + "-loc", null, null,
                            "physical", point, List.of(new Address(id + "-addr", "1 High Street", "Town", null,
                            "England", "ME4 4TR", "GB", "physical")))))
                    .phone(new Phone(id + "-phone", "01000 000000", "voice", null))
                    .schedule(new Schedule(id + "-sched", "WEEKLY", Schedule.code(java.time.DayOfWeek.of(1 + random.nextInt(7))),
                            java.time.LocalTime.of(9 + random.nextInt(4), 0), java.time.LocalTime.of(14 + random.nextInt(4), 0), null))
                    .costOption(new CostOption(id + "-cost", null,
                            random.nextInt(3) == 0 ? BigDecimal.valueOf(2 + random.nextInt(6)) : BigDecimal.ZERO, "GBP", null))
                    .delivery(delivery(random));
            int needCount = 1 + random.nextInt(3);
            for (int n = 0; n < needCount; n++) {
                b.need(needs.get(random.nextInt(needs.size())));
            }
            if (random.nextInt(3) == 0) {
                b.minimumAge(50 + random.nextInt(20));
            }
            services.add(b.build());
        }
        return services;
    }
}
