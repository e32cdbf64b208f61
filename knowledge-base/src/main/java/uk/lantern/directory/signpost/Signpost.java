package uk.lantern.directory.signpost;

import java.util.List;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;

/**
 * One suggested service and why it is there.
 *
 * @param service       the service as the directory holds it
 * @param reason        why it fits, in plain words for the person ("Visits people at home in
 *                      Medway; helps with befriending; for people who find it hard to get out")
 * @param ways          how this person can use it: the service's ways of working that passed the
 *                      place and taking-part rules, in the service's own order
 * @param distanceMiles to the nearest place it runs at (for a home visit, its base), unrounded;
 *                      null without a known place or a mapped location. Ranks; shown only through
 *                      {@link #travelMiles()}
 * @param free          known to be free ({@link Service#isFree()})
 * @param paidMarked    cost keeps this person in and the service charges or may charge: shown
 *                      marked as paid. Not for a service that says nothing about cost
 *                      ({@link Service#costKnown()}): its reason says its cost is not known
 * @param needsMet      the person's needs it meets, as need term ids
 * @param approximateFrom null when the distance is from the person's full postcode's own point (exact); otherwise
 *                      the person's place is known only to its sector, district or town, so the distance is from
 *                      that place's centre and only approximate: the town's name as Lantern knows it ("Chatham"),
 *                      or "" for a sector or district (round 15, issue 13: cards must not pretend precision)
 */
public record Signpost(Service service, String reason, List<Delivery> ways, Double distanceMiles, boolean free,
                       boolean paidMarked, List<String> needsMet, String approximateFrom) {
    public Signpost {
        ways = List.copyOf(ways);
        needsMet = List.copyOf(needsMet);
    }

    /** A suggestion whose distance, if any, is from the person's full postcode. */
    public Signpost(Service service, String reason, List<Delivery> ways, Double distanceMiles, boolean free,
                    boolean paidMarked, List<String> needsMet) {
        this(service, reason, ways, distanceMiles, free, paidMarked, needsMet, null);
    }

    /**
     * How far the person would travel: the distance when they can go to a venue; null when the
     * service only comes to them (a visitor's base is no distance the person travels).
     */
    public Double travelMiles() {
        return ways.contains(Delivery.GROUP_VENUE) ? distanceMiles : null;
    }

    /** True when the person need not travel: a home visit, phone or online. */
    public boolean comesToPerson() {
        return ways.stream().anyMatch(Delivery::comesToPerson);
    }
}
