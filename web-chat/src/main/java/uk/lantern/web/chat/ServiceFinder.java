package uk.lantern.web.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.lantern.directory.DirectoryRequest;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.MatchReason;
import uk.lantern.directory.search.ServiceHit;

/**
 * Looks up local services for the chat and the doorstep result pages, and words them plainly.
 * Thread-safe.
 */
public final class ServiceFinder {

    /**
     * The need the rules raise when cost is what keeps someone in: every service is still offered
     * (free befriending must never be dropped for it), and any that charges is marked as paid.
     * Ranking free services first is the signposting's to decide; this only marks.
     */
    public static final String FREE_SERVICES = "free_services";
    static final String PAID = " (paid: this one charges)";
    static final String MAY_CHARGE = "may charge: please ask them";

    private final LocalServicesDirectory directory;

    public ServiceFinder(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    /** Services matching the words near the place (either may be null), best first. */
    List<ServiceSuggestion> byWords(String words, String place, int max) {
        return find(new DirectoryRequest(words == null || words.isBlank() ? null : words, place, Set.of(), Set.of(),
                null, null, null, false, false, 1, max), max);
    }

    /**
     * Services for the needs a screening raised. When the person cannot get out, services that
     * come to them are included whatever the distance. Falls back to ranking by need without
     * filtering when too few match.
     */
    public List<ServiceSuggestion> forNeeds(Set<String> needs, String place, boolean cannotTravel, int min, int max) {
        boolean costMatters = needs.contains(FREE_SERVICES);
        Set<String> kinds = new java.util.LinkedHashSet<>(needs);
        kinds.remove(FREE_SERVICES);
        Map<String, ServiceSuggestion> found = new LinkedHashMap<>();
        for (ServiceSuggestion s : find(new DirectoryRequest(null, place, kinds, kinds, null, null, null, false,
                cannotTravel, 1, max), max, costMatters)) {
            found.putIfAbsent(s.name(), s);
        }
        if (found.size() < min) {
            for (ServiceSuggestion s : find(new DirectoryRequest(null, place, Set.of(), kinds, null, null, null, false,
                    cannotTravel, 1, max), max, costMatters)) {
                if (found.size() < max) {
                    found.putIfAbsent(s.name(), s);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private List<ServiceSuggestion> find(DirectoryRequest request, int max, boolean costMatters) {
        return directory.find(request).results().hits().stream().limit(max).map(h -> suggestion(h, costMatters))
                .toList();
    }

    private List<ServiceSuggestion> find(DirectoryRequest request, int max) {
        return find(request, max, false);
    }

    /** A hit in plain words; when cost matters to the person, one that charges says so. */
    static ServiceSuggestion suggestion(ServiceHit hit, boolean costMatters) {
        Service s = hit.service();
        Double miles = hit.distanceMiles() == null ? null
                : BigDecimal.valueOf(hit.distanceMiles()).setScale(1, RoundingMode.HALF_UP).doubleValue();
        String why = hit.reasons().stream().map(MatchReason::text).filter(Objects::nonNull).distinct().limit(2)
                .collect(Collectors.joining("; "));
        String cost = cost(s);
        if (costMatters && !s.isFree()) {
            cost = cost == null ? MAY_CHARGE : cost + PAID;
        }
        return new ServiceSuggestion(s.id(), s.name(), why, contact(s), cost, miles);
    }

    private static String contact(Service s) {
        String phone = s.phones().stream().map(Phone::number).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> s.contacts().stream().flatMap(c -> c.phones().stream()).map(Phone::number)
                        .filter(Objects::nonNull).findFirst().orElse(null));
        if (phone != null) {
            return "call " + phone;
        }
        String email = s.email() != null ? s.email()
                : s.contacts().stream().map(Contact::email).filter(Objects::nonNull).findFirst().orElse(null);
        if (email != null) {
            return "email " + email;
        }
        String url = s.url() != null ? s.url() : s.organization() == null ? null : s.organization().website();
        return url == null ? null : "see " + url;
    }

    private static String cost(Service s) {
        if (s.isFree()) {
            return "Free";
        }
        List<String> prices = new ArrayList<>();
        for (CostOption c : s.costOptions()) {
            if (c.amount() != null) {
                String price = "£" + c.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
                prices.add(c.option() == null ? price : price + " " + c.option());
            } else if (c.amountDescription() != null) {
                prices.add(c.amountDescription());
            }
        }
        return !prices.isEmpty() ? String.join("; ", prices) : s.feesDescription();
    }
}
