package uk.lantern.web.directory;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.directory.DirectoryAnswer;
import uk.lantern.directory.DirectoryRequest;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.oruk.OrukReadApi;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.search.SearchResults;
import uk.lantern.directory.signpost.Signposts;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * The directory search behind the chat and the tablet. Every parameter is checked and all the
 * problems are answered at once. A place given but not known is not an error: by the same place rule
 * as {@code POST /api/signposts} and the chat, only services by phone or online across the nation are
 * found, and {@code place.status} is {@code unknown} with {@code place.message} saying so. Without a
 * postcode the whole directory is searched, with no distances ({@code place.status} {@code none}).
 * Nothing sent is logged.
 */
@RestController
class ServiceSearchController {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 100;
    static final int MAX_QUERY_LENGTH = 200;
    static final double MAX_RADIUS_MILES = 50;
    static final int MAX_SUGGESTIONS = 10;

    private static final Set<String> SEARCH_PARAMETERS = new LinkedHashSet<>(List.of(
            "q", "postcode", "need", "boost", "radius", "travel", "age", "day", "free", "page"));
    private static final Map<String, DayOfWeek> DAYS = new LinkedHashMap<>();
    private static final Map<String, Boolean> YES_NO = new LinkedHashMap<>();
    private static final Map<String, Boolean> TRUE_FALSE = new LinkedHashMap<>();

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            DAYS.put(day.name().toLowerCase(java.util.Locale.ROOT), day);
        }
        YES_NO.put("yes", true);
        YES_NO.put("no", false);
        TRUE_FALSE.put("true", true);
        TRUE_FALSE.put("false", false);
    }

    private final LocalServicesDirectory directory;

    ServiceSearchController(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/services")
    SearchView search(@RequestParam MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        p.onlyKnown(SEARCH_PARAMETERS);
        String q = p.text("q", MAX_QUERY_LENGTH);
        String postcode = p.text("postcode", 40);
        Set<String> needs = needs(p, "need");
        Set<String> boost = needs(p, "boost");
        Double radiusMiles = p.decimal("radius", MAX_RADIUS_MILES, " of miles");
        Boolean canTravel = p.choice("travel", YES_NO);
        Integer age = p.integer("age", 0, 120, " of years");
        DayOfWeek day = p.choice("day", DAYS);
        Boolean free = p.choice("free", TRUE_FALSE);
        Integer page = p.integer("page", 1, MAX_PAGE, "");
        p.throwIfAny(null);

        DirectoryAnswer answer = directory.findWhereItWorks(new DirectoryRequest(q, postcode, needs, boost,
                radiusMiles == null ? null : radiusMiles * GeoPoint.KM_PER_MILE, age, day, Boolean.TRUE.equals(free),
                Boolean.FALSE.equals(canTravel), page == null ? 1 : page, PAGE_SIZE));
        return SearchView.of(answer, postcode, directory.isSample());
    }

    @GetMapping("/api/services/suggest")
    SuggestView suggest(@RequestParam MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        p.onlyKnown(Set.of("prefix"));
        String prefix = p.text("prefix", 50);
        p.throwIfAny(null);
        return new SuggestView(prefix == null ? List.of() : directory.complete(prefix, MAX_SUGGESTIONS));
    }

    private static Set<String> needs(ParameterProblems p, String name) {
        Set<String> needs = new LinkedHashSet<>();
        for (String need : p.list(name, NeedsTaxonomy.termIds().size())) {
            if (NeedsTaxonomy.contains(need)) {
                needs.add(need);
            } else {
                p.add(name, "not a need this directory knows; use one of " + String.join(", ", NeedsTaxonomy.termIds()));
            }
        }
        return needs;
    }

    /** Autocomplete suggestions for the search box. */
    record SuggestView(List<String> suggestions) {
    }

    /**
     * A page of results.
     *
     * @param needCounts matching services per need, ignoring the need filter, so people see what else there is
     * @param didYouMean a corrected query when some words are not in the directory; null otherwise
     * @param noneFree   true when {@code free=true} was asked, nothing free matched, and the results
     *                   are therefore the matches that charge or may charge ({@code cost.free} false on
     *                   each); {@code costNote} then says so in a sentence to show above them
     * @param costNote   {@link DirectoryAnswer#NONE_FREE} when {@code noneFree}; null otherwise
     * @param sampleData true when the results come from the sample directory shipped with Lantern,
     *                   which {@code sampleNote} then says in words to show beside them; null otherwise
     */
    record SearchView(PlaceView place, int page, int pageSize, long totalResults, int totalPages,
                      List<ServiceView> results, List<NeedCount> needCounts, String didYouMean,
                      boolean noneFree, String costNote, boolean sampleData, String sampleNote) {

        static SearchView of(DirectoryAnswer answer, String postcode, boolean sample) {
            SearchResults r = answer.results();
            List<NeedCount> counts = NeedsTaxonomy.termIds().stream()
                    .filter(id -> r.needCounts().getOrDefault(id, 0) > 0)
                    .map(id -> new NeedCount(id, NeedsTaxonomy.label(id), r.needCounts().get(id)))
                    .toList();
            return new SearchView(PlaceView.of(answer.place(), postcode), r.page(), r.pageSize(), r.totalHits(), r.totalPages(),
                    r.hits().stream().map(ServiceView::of).toList(), counts, r.didYouMean().orElse(null),
                    answer.noneFree(), answer.noneFree() ? DirectoryAnswer.NONE_FREE : null, sample,
                    sample ? OrukReadApi.SAMPLE_NOTE : null);
        }
    }

    /**
     * How the person's place was understood.
     *
     * @param status   {@code known}, {@code unknown} (given but not known: only services by phone or online
     *                 across the nation) or {@code none} (not given), as {@code place.status} of
     *                 {@code POST /api/signposts}
     * @param postcode the postcode as understood (tidied) when found, otherwise what was typed; null when none
     * @param message  a sentence worth showing, especially when the place was not found
     */
    record PlaceView(String status, String postcode, boolean found, String message) {
        static PlaceView of(PlaceLookup place, String given) {
            if (place instanceof PlaceLookup.Found found) {
                return new PlaceView(status(Signposts.PlaceStatus.KNOWN), found.postcode().text(), true, found.message());
            }
            boolean none = given == null || given.isBlank();
            return new PlaceView(status(none ? Signposts.PlaceStatus.NONE : Signposts.PlaceStatus.UNKNOWN),
                    place.input() == null || place.input().isBlank() ? null : place.input(), false, place.message());
        }

        private static String status(Signposts.PlaceStatus status) {
            return status.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record NeedCount(String need, String label, int count) {
    }
}
