package uk.lantern.web.signpost;

import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.MatchReason;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.signpost.Signpost;
import uk.lantern.web.directory.ServiceView;

/**
 * A service card, in plain words: what it is, why it was offered, when it runs, how to reach it,
 * what it costs and how far it is (once).
 *
 * @param id            the directory's service id, so a worker's record can say which service was offered
 * @param summary       what the service is: the first sentence of its description; null when it has none
 * @param why           why it was offered, in plain words; never empty for a suggestion or a search
 *                      hit (empty only for a service the worker offered, or one no longer listed)
 * @param schedule      when it runs, in words; null when the directory does not say
 * @param phone         a number to call, as published; null when none
 * @param telephone     the same number for a {@code tel:} link (digits and a leading +); null when none
 * @param url           the service's or its organisation's web address; null when none
 * @param contact       one way to get in touch in words ("call 0800 4 70 80 90"), for the transcript;
 *                      null when the directory has none
 * @param cost          the price in words ("Free", "£3.00 (Small charge)"); null when unknown
 * @param paid          this service charges or may charge and the person said cost keeps them in, or asked
 *                      for something free and nothing free matched
 * @param distanceMiles to one decimal place from a full postcode; in whole miles when the person's place is
 *                      known only to its sector, district or town ({@code approximateFrom} not null); null when no
 *                      place was known or the person need not travel
 * @param approximateFrom null when the distance is from the person's full postcode; otherwise it is from the centre
 *                      of their sector, district or town and said as approximate: the town's name ("Chatham"), or
 *                      "" for a sector or district ({@link Signpost#approximateFrom()})
 */
public record ServiceSuggestion(String id, String name, String summary, String why, String schedule, String phone,
                                String telephone, String url, String contact, String cost, boolean paid,
                                Double distanceMiles, String approximateFrom) {

    /** A card whose distance, if any, is from the person's full postcode. */
    public ServiceSuggestion(String id, String name, String summary, String why, String schedule, String phone,
                             String telephone, String url, String contact, String cost, boolean paid,
                             Double distanceMiles) {
        this(id, name, summary, why, schedule, phone, telephone, url, contact, cost, paid, distanceMiles, null);
    }

    /**
     * For a service with no phone, web address or email: the person cannot reach it alone, so is
     * told who can put them in touch (round 12: these were offered with no way to reach them). Round 14
     * (new-user trial): the public chat said "ask your worker (or us)" with no way to reach "us", and a
     * person using it alone may have no worker; it now names people they can ask.
     */
    static final String PUT_IN_TOUCH_WORDS = "no phone, website or email is listed, so ask a worker who supports "
            + "you, or your GP surgery, to put you in touch";

    /** True when the person can contact the service themselves: it has a phone, web address or email. */
    public boolean reachable() {
        return contact != null;
    }

    /** Added to the cost of a paid service when cost keeps the person in. */
    static final String PAID = " (paid: this one charges)";
    static final String MAY_CHARGE = "may charge: please ask them";

    /** The card for a signposting suggestion. */
    public static ServiceSuggestion of(Signpost s) {
        return card(s.service(), s.reason(), s.paidMarked(), s.travelMiles(), s.approximateFrom());
    }

    /** The card for a service without a reason: one the worker offered that is not among today's suggestions. */
    public static ServiceSuggestion of(Service s) {
        return card(s, "", false, null, null);
    }

    /** A card with only a name: a service offered once and no longer in the directory. */
    public static ServiceSuggestion named(String id, String name) {
        return new ServiceSuggestion(id, name, null, "", null, null, null, null, null, null, false, null);
    }

    /**
     * The card for a search hit (a question about services in the chat), with its reasons as found;
     * {@code paid}: marked as one that charges (shown because nothing free matched); {@code approximateFrom}: null
     * when the distance is from a full postcode, else as {@link #approximateFrom()}.
     */
    static ServiceSuggestion of(ServiceHit hit, boolean paid, String approximateFrom) {
        String why = hit.reasons().stream().filter(r -> r.kind() != MatchReason.Kind.WORDS
                        && r.kind() != MatchReason.Kind.DISTANCE).map(MatchReason::text).distinct().limit(2)
                .reduce((a, b) -> a + "; " + b).orElseGet(() -> matched(hit));
        // how far only for a venue the person goes to: a visitor's base or a phone line is no distance
        Double miles = hit.service().deliveries().contains(Delivery.GROUP_VENUE) ? hit.distanceMiles() : null;
        return card(hit.service(), why, paid && !hit.service().isFree(), miles, miles == null ? null : approximateFrom);
    }

    /** The words reason ("Its description mentions ...") when it is the only one, else a plain sentence. */
    private static String matched(ServiceHit hit) {
        return hit.reasons().stream().filter(r -> r.kind() == MatchReason.Kind.WORDS).map(MatchReason::text)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse("It matches what you asked about");
    }

    private static ServiceSuggestion card(Service s, String why, boolean paid, Double miles, String approximateFrom) {
        ServiceView.ContactView contact = ServiceView.contact(s);
        String cost = ServiceView.cost(s).text();
        if (paid) {
            cost = cost == null ? MAY_CHARGE : cost + PAID;
        }
        String words = contactWords(contact.phone(), contact.email(), contact.url());
        return new ServiceSuggestion(s.id(), s.name(), firstSentence(s.description()), why, ServiceView.schedule(s),
                contact.phone(), tel(contact.phone()), web(contact.url()), words, cost, paid,
                miles == null ? null : BigDecimal.valueOf(miles).setScale(approximateFrom == null ? 1 : 0,
                        RoundingMode.HALF_UP).doubleValue(), approximateFrom);
    }

    /**
     * Said after a web address that is the only way listed to reach a service (round 15, new-user trial: an
     * 84-year-old with poor sight and no internet was shown a web address alone, as if she could reach it).
     */
    public static final String ONLINE_ONLY = "online only: no phone number or email is listed";

    /**
     * Every way to reach the service the directory holds, phone first (for people with sight loss or no
     * internet), then email, then the web address: "call 01634 000000, or email a@b.org, or see https://...";
     * a web address alone is said to be {@link #ONLINE_ONLY}; null when there is none.
     */
    public static String contactWords(String phone, String email, String url) {
        java.util.List<String> ways = new java.util.ArrayList<>();
        if (phone != null) {
            ways.add("call " + phone);
        }
        if (email != null) {
            ways.add("email " + email);
        }
        if (url != null) {
            ways.add("see " + url);
        }
        if (ways.isEmpty()) {
            return null;
        }
        return String.join(", or ", ways) + (phone == null && email == null ? " (" + ONLINE_ONLY + ")" : "");
    }

    /** The email address among the ways to reach the service, for the card's mail link; null when none. */
    @com.fasterxml.jackson.annotation.JsonProperty("email")
    public String email() {
        if (contact == null) {
            return null;
        }
        java.util.regex.Matcher m = EMAIL_IN_WORDS.matcher(contact);
        return m.find() ? m.group(1) : null;
    }

    /** True when a web address is the only way listed to reach the service: the card says {@link #ONLINE_ONLY}. */
    @com.fasterxml.jackson.annotation.JsonProperty("onlineOnly")
    public boolean onlineOnly() {
        return contact != null && contact.endsWith("(" + ONLINE_ONLY + ")");
    }

    private static final java.util.regex.Pattern EMAIL_IN_WORDS = java.util.regex.Pattern.compile(
            "(?:^|, or )email (\\S+@[^\\s,]+)");

    /** "Illustrative listing." and the like are left out: the sentence after says what the service is. */
    private static String firstSentence(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip().replaceFirst("^Illustrative listing\\.\\s*", "");
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** Only web addresses become links: a directory entry's "javascript:" or "data:" address never does. */
    static String web(String url) {
        return url != null && url.strip().matches("(?i)https?://\\S+") ? url.strip() : null;
    }

    /** Digits (and a leading +) of a phone number for a {@code tel:} link; null when there are none. */
    public static String tel(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replaceAll("[^0-9+]", "").replaceAll("(?<!^)\\+", "");
        return digits.replace("+", "").isEmpty() ? null : digits;
    }

    /**
     * How far it is, in words, or null when no distance is shown. From a full postcode: "2.4 miles away", "1 mile
     * away", "under a mile away" from a tenth of a mile to a mile, and "in your area" under a tenth of a mile.
     * Round 14 (new-user trial): a walk placed at its district's centre read "0.0 miles away" to a person
     * placed in the same district, so nothing under a mile is given finer than "under a mile".
     * Round 15 (issue 13): from a place known only to its sector, district or town ({@code approximateFrom}), the
     * distance is from that place's centre, so it is said in whole miles as approximate: "about 3 miles away",
     * "about 3 miles from Chatham", "about a mile away" (from half a mile to a mile and a half) and, nearer,
     * "in your area" or "in or near Chatham"; never tenths of a mile.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("distance")
    public String distanceWords() {
        if (distanceMiles == null) {
            return null;
        }
        if (approximateFrom != null) {
            boolean town = !approximateFrom.isBlank();
            if (distanceMiles < 0.5) {
                return town ? "in or near " + approximateFrom : "in your area";
            }
            String far = distanceMiles < 1.5 ? "about a mile" : "about " + Math.round(distanceMiles) + " miles";
            return far + (town ? " from " + approximateFrom : " away");
        }
        if (distanceMiles < 0.1) {
            return "in your area";
        }
        if (distanceMiles < 1.0) {
            return "under a mile away";
        }
        String miles = distanceMiles % 1 == 0 ? Long.toString(Math.round(distanceMiles)) : distanceMiles.toString();
        return miles + (distanceMiles == 1.0 ? " mile" : " miles") + " away";
    }

    /** One line for the chat transcript: each fact once. */
    public String asLine() {
        StringBuilder line = new StringBuilder("- ").append(name);
        if (why != null && !why.isBlank()) {
            line.append(": ").append(why);
        }
        if (schedule != null) {
            line.append(". When: ").append(schedule.replaceAll("\\.$", ""));
        }
        line.append(". Contact: ").append(contact != null ? contact : PUT_IN_TOUCH_WORDS);
        line.append(". Cost: ").append(cost == null ? "please ask them" : cost);
        if (distanceMiles != null) {
            String far = distanceWords();
            line.append(". ").append(Character.toUpperCase(far.charAt(0))).append(far.substring(1));
        }
        return line.append('.').toString();
    }
}
