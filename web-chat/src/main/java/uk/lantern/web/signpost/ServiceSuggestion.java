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
 * @param where         round 17 (c17): where it runs, in words ("At the Sunlight Centre, Gillingham", "By phone",
 *                      "Online", "Visits you at home", joined with "or"), on the cards of an answer to a question
 *                      about services; null on the closing's cards, whose {@code why} starts with it, and when the
 *                      directory does not say
 */
public record ServiceSuggestion(String id, String name, String summary, String why, String schedule, String phone,
                                String telephone, String url, String contact, String cost, boolean paid,
                                Double distanceMiles, String approximateFrom, String where) {

    /** A card whose distance, if any, is from the person's full postcode. */
    public ServiceSuggestion(String id, String name, String summary, String why, String schedule, String phone,
                             String telephone, String url, String contact, String cost, boolean paid,
                             Double distanceMiles) {
        this(id, name, summary, why, schedule, phone, telephone, url, contact, cost, paid, distanceMiles, null);
    }

    /** A card that does not say where the service runs. */
    public ServiceSuggestion(String id, String name, String summary, String why, String schedule, String phone,
                             String telephone, String url, String contact, String cost, boolean paid,
                             Double distanceMiles, String approximateFrom) {
        this(id, name, summary, why, schedule, phone, telephone, url, contact, cost, paid, distanceMiles,
                approximateFrom, null);
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
        ServiceSuggestion card = card(hit.service(), why, paid && !hit.service().isFree(), miles,
                miles == null ? null : approximateFrom);
        // round 17 (c17): the closing's reasons start with where it runs; a search hit's did not say it at all
        return new ServiceSuggestion(card.id, card.name, card.summary, card.why, card.schedule, card.phone,
                card.telephone, card.url, card.contact, card.cost, card.paid, card.distanceMiles, card.approximateFrom,
                where(hit.service()));
    }

    /**
     * Where a service runs, in words (round 17, c17: cards in answers to questions about services gave no venue or
     * town): "At the Sunlight Centre, Gillingham" (its first mapped place with a name, and the town when the name
     * does not hold it), "In Gillingham" (a town only), "Visits you at home", "By phone", "Online", joined with "or"
     * ("Visits you at home or by phone"); null when the directory says none of these.
     */
    static String where(Service s) {
        java.util.List<String> ways = new java.util.ArrayList<>();
        if (s.deliveries().contains(Delivery.GROUP_VENUE) || s.deliveries().isEmpty()) {
            String venue = venue(s);
            if (venue != null) {
                ways.add(venue);
            }
        }
        if (s.deliveries().contains(Delivery.HOME_VISIT)) {
            ways.add("visits you at home");
        }
        if (s.deliveries().contains(Delivery.TELEPHONE)) {
            ways.add("by phone");
        }
        if (s.deliveries().contains(Delivery.ONLINE)) {
            ways.add("online");
        }
        if (ways.isEmpty()) {
            return null;
        }
        String said = ways.size() == 1 ? ways.getFirst()
                : String.join(", ", ways.subList(0, ways.size() - 1)) + " or " + ways.getLast();
        return Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }

    /** "at the Sunlight Centre, Gillingham", "in Gillingham": the first mapped place's name and town; null when none. */
    private static String venue(Service s) {
        String townOnly = null;
        for (uk.lantern.directory.model.ServiceAtLocation sal : s.serviceAtLocations()) {
            if (sal.location() == null) {
                continue;
            }
            String town = sal.location().addresses().stream().map(uk.lantern.directory.model.Address::city)
                    .filter(c -> c != null && !c.isBlank()).map(String::strip).findFirst().orElse(null);
            String name = sal.location().name() == null ? null : sal.location().name().strip();
            if (name != null && !name.isBlank()) {
                return "at " + (town == null || name.toLowerCase(java.util.Locale.UK)
                        .contains(town.toLowerCase(java.util.Locale.UK)) ? name : name + ", " + town);
            }
            if (townOnly == null && town != null) {
                townOnly = "in " + town;
            }
        }
        return townOnly;
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

    /** The longest summary a card shows, in characters, before it is shortened at a word with an ellipsis. */
    static final int LONGEST_SUMMARY = 200;

    /**
     * Words after which a full stop ends no sentence ("St. Mary's", "e.g. lunch", "Mon. to Fri."), in lower case,
     * without their dots.
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("st", "dr", "mr", "mrs", "ms", "rd",
            "ave", "eg", "ie", "etc", "approx", "inc", "incl", "no", "nos", "tel", "mon", "tue", "tues", "wed", "thu",
            "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "am", "pm", "vs", "cllr", "rev", "revd", "prof", "mt", "ft", "hr", "hrs", "min",
            "mins", "opp", "nr", "co", "ltd", "dept", "govt", "esp");

    /** A full stop, question or exclamation mark, with any closing quote or bracket, then space. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"')\\]]*\\s+");

    /**
     * What the service is: the first sentence of its description ("Illustrative listing." and the like left out:
     * the sentence after says what the service is). Round 17 (c17): a sentence ends only at a full stop that is
     * not an abbreviation's ("St. Mary's Hall", "e.g. ", "Mon. to Fri.") and is followed by a capital or a digit;
     * before, the first ". " ended it, so a card read "Meets at St." and stopped mid-way. A first sentence longer
     * than {@value #LONGEST_SUMMARY} characters is shortened at the last whole word that fits, with "…".
     */
    static String firstSentence(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ").replaceFirst("^Illustrative listing\\.\\s*", "");
        if (text.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        String first = text;
        while (end.find()) {
            if (endsASentence(text, end.start(), end.end())) {
                first = text.substring(0, end.end()).strip();
                break;
            }
        }
        return shortened(first);
    }

    /** Whether the mark at {@code mark}, followed by space up to {@code next}, ends a sentence. */
    private static boolean endsASentence(String text, int mark, int next) {
        if (next >= text.length() || !(Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next))
                || text.charAt(next) == '"' || text.charAt(next) == '\u201C')) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        int start = mark;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, mark).replace(".", "").toLowerCase(java.util.Locale.UK);
        // a single letter ("J. Smith", "a.m") or a known abbreviation does not end a sentence
        return word.length() > 1 && !ABBREVIATIONS.contains(word);
    }

    /** The text, or when longer than {@value #LONGEST_SUMMARY} characters its words that fit, then "…". */
    static String shortened(String text) {
        if (text.length() <= LONGEST_SUMMARY) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LONGEST_SUMMARY - 1);
        String kept = (cut > LONGEST_SUMMARY / 2 ? text.substring(0, cut) : text.substring(0, LONGEST_SUMMARY - 1))
                .replaceAll("[\\s,;:\\-\u2013\u2014(]+$", "");
        return kept + "\u2026";
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
        if (where != null) {
            line.append(". Where: ").append(where);
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
