package uk.lantern.web.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.MatchReason;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * One search result as the chat and the tablet show it: plain words for people, with the
 * distance in miles and why the service was offered.
 *
 * @param distanceMiles to the nearest place the service runs at, to one decimal; null when no
 *                      place was found or the service has no mapped place
 * @param schedule      when it runs, in words; null when the directory does not say
 * @param why           the reasons it matched, worded for the person reading
 */
public record ServiceView(String id, String name, String organisation, String description, String status,
                   List<Term> needs, List<Term> delivery, Double distanceMiles, Cost cost, ContactView contact,
                   String schedule, String eligibility, Integer minimumAge, Integer maximumAge,
                   List<String> why) {

    /** A taxonomy term: its id for filters and its label for people. */
    record Term(String id, String label) {
    }

    /** @param text the price in words ("Free", "£3.50 per session"); null when unknown */
    public record Cost(boolean free, String text) {
    }

    public record ContactView(String phone, String email, String url) {
    }

    static ServiceView of(ServiceHit hit) {
        Service s = hit.service();
        Double miles = hit.distanceMiles() == null ? null
                : BigDecimal.valueOf(hit.distanceMiles()).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new ServiceView(s.id(), s.name(), s.organization() == null ? null : s.organization().name(),
                s.description(), s.status().code(),
                s.needs().stream().map(n -> new Term(n, NeedsTaxonomy.label(n))).toList(),
                s.deliveries().stream().map(d -> new Term(d.id(), d.label())).toList(),
                miles, cost(s), contact(s), schedule(s), s.eligibilityDescription(), s.minimumAge(), s.maximumAge(),
                hit.reasons().stream().map(MatchReason::text).toList());
    }

    /** The price in words: "Free", each cost option, or the fees description; text null when unknown. */
    public static Cost cost(Service s) {
        if (s.isFree()) {
            return new Cost(true, "Free");
        }
        List<String> prices = new ArrayList<>();
        for (CostOption c : s.costOptions()) {
            String amount = c.amount() == null ? null
                    : ("GBP".equalsIgnoreCase(c.currency()) || c.currency() == null ? "£" : c.currency() + " ")
                            + c.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
            String words = join(" ", amount, c.option() == null || c.option().equals(amount) ? null : "(" + c.option() + ")",
                    c.amountDescription());
            if (!words.isEmpty()) {
                prices.add(words);
            }
        }
        String text = !prices.isEmpty() ? String.join("; ", prices) : s.feesDescription();
        return new Cost(false, text);
    }

    /** The first phone number, email and web address the service or its organisation publishes. */
    public static ContactView contact(Service s) {
        String phone = s.phones().stream().map(Phone::number).filter(n -> n != null).findFirst()
                .orElseGet(() -> s.contacts().stream().flatMap(c -> c.phones().stream()).map(Phone::number)
                        .filter(n -> n != null).findFirst().orElse(null));
        String email = s.email() != null ? s.email()
                : s.contacts().stream().map(Contact::email).filter(e -> e != null).findFirst()
                        .orElse(s.organization() == null ? null : s.organization().email());
        String url = s.url() != null ? s.url() : s.organization() == null ? null : s.organization().website();
        return new ContactView(phone, email, url);
    }

    /** Each schedule's own description, or its days and times in words. */
    public static String schedule(Service s) {
        List<String> parts = new ArrayList<>();
        for (Schedule sc : s.schedules()) {
            if (sc.description() != null && !sc.description().isBlank()) {
                parts.add(sc.description().strip());
                continue;
            }
            String days = String.join(", ", sc.dayPhrases());
            String often = "MONTHLY".equalsIgnoreCase(sc.freq()) ? "Monthly" : null;
            String times = sc.opensAt() == null ? null
                    : sc.closesAt() == null ? "from " + time(sc.opensAt()) : time(sc.opensAt()) + " to " + time(sc.closesAt());
            String text = join(" ", often == null ? null : often + (days.isEmpty() ? "" : " on"),
                    days.isEmpty() ? null : days, times);
            if (!text.isEmpty()) {
                parts.add(Character.toUpperCase(text.charAt(0)) + text.substring(1));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String time(LocalTime t) {
        return t.toString();
    }

    private static String join(String sep, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }
}
