package uk.lantern.directory.signpost;

import java.util.List;

/**
 * The suggestions for one person, best first, and how their place was understood.
 *
 * @param place        whether a place was given and known
 * @param placeInput   what the person gave, trimmed; null when nothing
 * @param placeName    the place as Lantern understood it ("ME7 1AB", "the ME7 area", "Chatham"); with
 *                     {@link PlaceStatus#UNKNOWN}, a well-formed postcode, sector or district outside the
 *                     area covered, as read ("ME14", "DA12 2", "SW1A 1AA"); otherwise null
 * @param services     at most the number asked for, never the same service twice
 * @param needs        the need term ids suggestions were looked for: the person's, with
 *                     {@code telephone_befriending} added when company is needed and the place is
 *                     not known (see {@link Signposting})
 */
public record Signposts(PlaceStatus place, String placeInput, String placeName, List<Signpost> services,
                        java.util.Set<String> needs) {

    public Signposts {
        services = List.copyOf(services);
        needs = needs == null ? java.util.Set.of() : java.util.Set.copyOf(needs);
    }

    /** Whether the person's place could be used. */
    public enum PlaceStatus {
        /** Understood: local services near and covering it are suggested. */
        KNOWN,
        /** Given but not known: only national services by phone or online, until it is corrected. */
        UNKNOWN,
        /** None given: only national services by phone or online. */
        NONE
    }

    /**
     * What to do when nothing matched, for anyone: ask again later, or talk to someone (Samaritans,
     * 116 123, free at any hour, as published by Samaritans).
     */
    public static final String NOTHING_MATCHED_NEXT = "You can ask about local services at any time, or if you would "
            + "like someone to talk to, call Samaritans free on 116 123, day or night.";

    /**
     * A lead sentence for the list that never says "near you" unless the place is known, and
     * says when the place was not understood and how to correct it. With no services it never
     * promises a list: it says plainly that nothing matched and what to do next
     * ({@link #NOTHING_MATCHED_NEXT}), and does not end with a colon.
     */
    public String lead() {
        if (services.isEmpty()) {
            return switch (place) {
                case KNOWN -> "I couldn't find a service near " + placeName + " that fits these answers just now. "
                        + NOTHING_MATCHED_NEXT;
                case UNKNOWN -> notKnown() + ", and I couldn't find a "
                        + "service by phone or online anywhere in the country that fits these answers. To correct the "
                        + "place, say \"change my postcode\". " + NOTHING_MATCHED_NEXT;
                case NONE -> "You didn't give a postcode or town, and I couldn't find a service by phone or online "
                        + "anywhere in the country that fits these answers. " + NOTHING_MATCHED_NEXT;
            };
        }
        return switch (place) {
            case KNOWN -> "Here are some services near " + placeName + " that could suit you:";
            case UNKNOWN -> notKnown() + ", so for now here are services "
                    + "that work by phone or online anywhere in the country. To correct it, say \"change my postcode\".";
            case NONE -> "You didn't give a postcode or town, so here are services that work by phone or online "
                    + "anywhere in the country:";
        };
    }

    /** Why the place could not be used: not known, or read as a code in an area not covered yet. */
    private String notKnown() {
        return placeName != null ? placeName + " is outside the area I cover so far"
                : "I don't know \"" + placeInput + "\" as a postcode or town";
    }
}
