package uk.lantern.directory.signpost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Why a service was suggested, in words a person would use: how it reaches them, what it helps
 * with, and who it is for ("Visits people at home in Medway; helps with befriending; for people
 * who find it hard to get out"). Never search words such as "matches your words" or a score.
 */
final class PlainReason {
    private static final int ADULT = 18;
    private PlainReason() {
    }

    /**
     * @param ways      how this person can use the service
     * @param localArea the service's own area covering the person's place; null when it works nationally
     */
    static String of(Service s, Person p, List<Delivery> ways, String localArea, Eligibility eligibility, boolean free) {
        return of(s, p, ways, localArea, eligibility, free, null);
    }

    /**
     * @param onlyIn the towns the service is limited to, when the person's place is only known as an
     *               area holding them ("Rochester or Strood" for a person who gave "Medway"); else null
     */
    static String of(Service s, Person p, List<Delivery> ways, String localArea, Eligibility eligibility, boolean free,
                     String onlyIn) {
        List<String> parts = new ArrayList<>();
        parts.add(how(s, ways, localArea));
        List<String> helps = s.needs().stream().filter(p.needs()::contains)
                .map(n -> NeedsTaxonomy.label(n).toLowerCase(Locale.UK)).toList();
        parts.add("helps with " + and(helps));
        boolean comesToThem = p.staysIn() && ways.stream().anyMatch(Delivery::comesToPerson);
        if (comesToThem) {
            parts.add(Eligibility.Group.HOUSEBOUND.words());
        } else if (p.staysIn()) {
            parts.add("offers transport to get there");
        }
        parts.addAll(whoFor(eligibility, comesToThem));
        // "18 and over" only says it is for adults, which goes without saying to the people Lantern screens
        if (eligibility.minimumAge() != null && eligibility.minimumAge() > ADULT && eligibility.maximumAge() == null) {
            parts.add("for people aged " + eligibility.minimumAge() + " and over");
        } else if (eligibility.minimumAge() != null && eligibility.maximumAge() != null) {
            parts.add("for people aged " + eligibility.minimumAge() + " to " + eligibility.maximumAge());
        } else if (eligibility.maximumAge() != null) {
            parts.add("for people aged up to " + eligibility.maximumAge());
        }
        if (onlyIn != null) {
            parts.add("only for people living in " + onlyIn);
        }
        if (p.costKeepsIn()) {
            parts.add(free ? "free" : s.costKnown() ? "this one charges or may charge: please ask them"
                    : "its cost is not known: please ask them");
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * "for men"; "for older people, disabled people or people who find it hard to get out": a
     * service for men or women says so, and its other groups are alternatives, so they join with
     * "or". The housebound group is left out when the reason already says so.
     */
    private static List<String> whoFor(Eligibility eligibility, boolean saidHardToGetOut) {
        List<String> parts = new ArrayList<>();
        List<String> anyOf = new ArrayList<>();
        for (Eligibility.Group g : new java.util.TreeSet<>(eligibility.groups())) {
            if (g == Eligibility.Group.MEN || g == Eligibility.Group.WOMEN) {
                parts.add(g.words());
            } else if (!(g == Eligibility.Group.HOUSEBOUND && saidHardToGetOut)) {
                anyOf.add(g.words().substring("for ".length()));
            }
        }
        if (!anyOf.isEmpty()) {
            parts.add("for " + (anyOf.size() == 1 ? anyOf.getFirst()
                    : String.join(", ", anyOf.subList(0, anyOf.size() - 1)) + " or " + anyOf.getLast()));
        }
        return parts;
    }

    /** "Rochester", "Rochester or Strood", "Chatham, Rainham or Gillingham". */
    static String or(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    private static String how(Service s, List<Delivery> ways, String localArea) {
        String where = localArea != null ? " in " + localArea : "";
        if (ways.contains(Delivery.HOME_VISIT)) {
            return "Visits people at home" + where;
        }
        boolean phone = ways.contains(Delivery.TELEPHONE);
        boolean online = ways.contains(Delivery.ONLINE);
        String anywhere = localArea != null ? " anywhere in " + localArea : " wherever you live";
        if (phone && online) {
            return "By phone or online" + anywhere;
        }
        if (phone) {
            return "By phone" + anywhere;
        }
        if (online) {
            return "Online" + anywhere;
        }
        String venue = venue(s);
        return venue == null ? "Meets in person" + where : "Meets at " + venue;
    }

    /** "Sunlight Centre, Gillingham": the first mapped location's name and town. */
    private static String venue(Service s) {
        for (ServiceAtLocation sal : s.serviceAtLocations()) {
            if (sal.location() != null && sal.location().name() != null) {
                String town = sal.location().addresses().stream().map(a -> a.city())
                        .filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
                String name = sal.location().name();
                return town == null || name.contains(town) ? name : name + ", " + town;
            }
        }
        return null;
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
