package uk.lantern.web.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.oruk.OrukServicesParams;
import uk.lantern.directory.search.ServiceQuery;

/**
 * The Open Referral UK read API: anonymous JSON GETs in the HSDS 3.0 shapes, so other
 * directories and tools can read ours. {@link OrukCorsFilter} lets any web page call it.
 * Parameters a consumer may add that we do not know are ignored, as the standard expects; every
 * filter the standard and the UK profile define is applied, and a value that cannot be applied
 * is refused with a problem detail rather than silently ignored.
 */
@RestController
@RequestMapping(path = "/oruk", produces = MediaType.APPLICATION_JSON_VALUE)
class OrukController {

    static final int MAX_PAGE = 10_000;
    /** Deepest result a page may reach (page times per_page), to bound the work one request can ask for. */
    static final int MAX_DEPTH = 50_000;
    static final int MAX_PROXIMITY_METRES = 80_467; // 50 miles

    private static final Map<String, String> DAYS = new LinkedHashMap<>();

    static {
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            DAYS.put(name.substring(0, 2), name.substring(0, 2).toUpperCase(Locale.ROOT));
            DAYS.put(name, name.substring(0, 2).toUpperCase(Locale.ROOT));
        }
    }

    private final LocalServicesDirectory directory;

    OrukController(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    @GetMapping({"", "/"})
    ObjectNode root() {
        return directory.oruk().root();
    }

    @GetMapping("/services")
    ObjectNode services(@RequestParam MultiValueMap<String, String> params) {
        return directory.oruk().services(filters(params));
    }

    @GetMapping("/services/{id}")
    ObjectNode service(@PathVariable String id) {
        return directory.oruk().service(id).orElseThrow(() -> ParameterProblems.notFound("service"));
    }

    @GetMapping("/service_at_locations")
    ObjectNode serviceAtLocations(@RequestParam MultiValueMap<String, String> params) {
        return directory.oruk().serviceAtLocations(filters(params));
    }

    @GetMapping("/service_at_locations/{id}")
    ObjectNode serviceAtLocation(@PathVariable String id) {
        return directory.oruk().serviceAtLocation(id)
                .orElseThrow(() -> ParameterProblems.notFound("service_at_location"));
    }

    @GetMapping("/taxonomies")
    ObjectNode taxonomies() {
        return directory.oruk().taxonomies();
    }

    @GetMapping("/taxonomies/{id}")
    ObjectNode taxonomy(@PathVariable String id) {
        return directory.oruk().taxonomy(id).orElseThrow(() -> ParameterProblems.notFound("taxonomy"));
    }

    @GetMapping("/taxonomy_terms")
    ObjectNode taxonomyTerms(@RequestParam MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        String taxonomyId = p.text("taxonomy_id", 100);
        Paging paging = paging(p);
        p.throwIfAny(null);
        return directory.oruk().taxonomyTerms(taxonomyId, paging.page(), paging.perPage());
    }

    @GetMapping("/taxonomy_terms/{id}")
    ObjectNode taxonomyTerm(@PathVariable String id) {
        return directory.oruk().taxonomyTerm(id).orElseThrow(() -> ParameterProblems.notFound("taxonomy term"));
    }

    private record Paging(Integer page, Integer perPage) {
    }

    private static Paging paging(ParameterProblems p) {
        Integer page = p.integer("page", 1, MAX_PAGE, "");
        Integer perPage = p.integer("per_page", 1, ServiceQuery.MAX_PAGE_SIZE, "");
        int size = perPage == null ? uk.lantern.directory.oruk.OrukReadApi.DEFAULT_PER_PAGE : perPage;
        if (page != null && (long) page * size > MAX_DEPTH) {
            p.add("page", "page times per_page may be at most " + MAX_DEPTH);
        }
        return new Paging(page, perPage);
    }

    /**
     * The filters of {@code /services} and {@code /service_at_locations}, each checked; every
     * problem is reported at once. A postcode the gazetteer cannot place is refused rather than
     * ignored, so a client never takes an unfiltered list for a filtered one.
     */
    private OrukServicesParams filters(MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        String search = p.text("search", ServiceSearchController.MAX_QUERY_LENGTH);
        Paging paging = paging(p);
        String termId = p.text("taxonomy_term_id", 200);
        String taxonomyId = p.text("taxonomy_id", 200);
        String organizationId = p.text("organization_id", 200);
        Instant modifiedAfter = dateTime(p, "modified_after");
        LocalTime startTime = time(p, "start_time");
        LocalTime endTime = time(p, "end_time");
        Integer minimumAge = p.integer("minimum_age", 0, 150, " of years");
        Integer maximumAge = p.integer("maximum_age", 0, 150, " of years");
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            p.add("maximum_age", "maximum_age must not be less than minimum_age");
        }
        String day = p.choice("day", DAYS);
        String postcode = p.text("postcode", 40);
        Integer proximity = p.integer("proximity", 1, MAX_PROXIMITY_METRES, " of metres");
        if (postcode != null && !(directory.gazetteer().lookup(postcode) instanceof PlaceLookup.Found)) {
            p.add("postcode", "this directory cannot place that postcode; give a full UK postcode or a district it covers,"
                    + " or leave postcode out");
        }
        if (proximity != null && postcode == null) {
            p.add("proximity", "proximity is measured from a postcode; give postcode too");
        }
        p.throwIfAny(null);
        return new OrukServicesParams(search, paging.page(), paging.perPage(), termId, taxonomyId, organizationId,
                modifiedAfter, startTime, endTime, minimumAge, maximumAge, day, postcode, proximity);
    }

    /** A date-time with an offset ({@code 2026-11-23T09:30:00Z}); a bare date is midnight UTC. */
    private static Instant dateTime(ParameterProblems p, String name) {
        String value = p.text(name, 40);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                p.add(name, name + " must be a date-time such as 2026-11-23T09:30:00Z, or a date such as 2026-11-23");
                return null;
            }
        }
    }

    /** A time of day, HH:MM with optional seconds. */
    private static LocalTime time(ParameterProblems p, String name) {
        String value = p.text(name, 20);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            p.add(name, name + " must be a time of day such as 09:30");
            return null;
        }
    }
}
