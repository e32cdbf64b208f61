package uk.lantern.web.signpost;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.function.Predicate;

import uk.lantern.directory.DirectoryAnswer;
import uk.lantern.directory.DirectoryRequest;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signposts;

/**
 * Suggestions as the chat, the tablet and the leaflet show them: the directory's signposting
 * decides, this words each suggestion as a card. Thread-safe.
 */
public final class ServiceFinder {

    private static final Pattern FREE = Pattern.compile("\\b(?:for )?(?:free|free of charge|at no cost|costs? nothing)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile(
            "\\b(?:on |every )?(?:a )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Said wherever suggestions come from the sample directory shipped with Lantern, so nobody takes
     * an example for a real local service; gone once a council's or provider's data is imported.
     */
    public static final String SAMPLE_NOTE = "Please note: these are example services to show how Lantern works,"
            + " not a real list of local services yet.";

    private final LocalServicesDirectory directory;

    public ServiceFinder(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    /**
     * What to offer one person after a screening.
     *
     * @param answers question id to the value kept (as the questionnaire validates them)
     * @param needs   the need term ids the rules raised; none raised, nothing offered
     * @param place   the place the person gave; null to read the {@code postcode} answer
     * @param max     at most this many, 1 to 100
     */
    public Offer offer(Map<String, ?> answers, Set<String> needs, String place, int max) {
        Signposts found = directory.signposts(Person.fromAnswers(answers, needs, place), max);
        return new Offer(found.place(), found.placeInput(), found.placeName(), found.lead(),
                found.services().stream().map(ServiceSuggestion::of).toList(), directory.isSample());
    }

    /** True while the directory is the sample shipped with Lantern; see {@link #SAMPLE_NOTE}. */
    public boolean showsSample() {
        return directory.isSample();
    }

    /**
     * Whether the text names a place, known or not ("Maidstone", "SW2"), rather than a refusal or
     * other words ("my area", "the morning").
     */
    public boolean namesAPlace(String text) {
        PlaceLookup lookup = directory.gazetteer().lookup(text);
        return lookup instanceof PlaceLookup.Found || lookup instanceof PlaceLookup.NotFound n && n.placeGiven();
    }

    /**
     * Services matching the words (either may be null) that work where the person is, best first,
     * each once: what the chat answers. The ranking of {@link #rankedByWords}, then the
     * signposting's place rule ({@code LocalServicesDirectory.worksAt}): near a known place, venues
     * within ten miles and services whose areas cover it; with no place or one Lantern does not
     * know, only services by phone or online across the nation, never far-away venues.
     *
     * @param max at most this many, 1 to 100
     */
    public WordsAnswer search(String words, String place, int max) {
        DirectoryAnswer answer = find(words, place);
        Predicate<Service> works = directory.worksAt(place);
        Signposts.PlaceStatus status = answer.place() instanceof PlaceLookup.Found ? Signposts.PlaceStatus.KNOWN
                : place == null || place.isBlank() ? Signposts.PlaceStatus.NONE : Signposts.PlaceStatus.UNKNOWN;
        return new WordsAnswer(status, place == null || place.isBlank() ? null : place.strip(),
                cards(answer.results().hits().stream().filter(h -> works.test(h.service())).toList(), max));
    }

    /**
     * Services matching the words near the place (either may be null), best first, each once, as
     * the directory's search ranks them, before the place rule of {@link #search}: what the
     * relevance harness compares with its full-text baseline, which knows no place rule either.
     * "Free" keeps only free services and a day ("on a Tuesday", "Tuesdays") only services that run
     * then; those words are filters, not words to match.
     *
     * @param max at most this many, 1 to 100
     */
    public List<ServiceSuggestion> rankedByWords(String words, String place, int max) {
        return cards(find(words, place).results().hits(), max);
    }

    private DirectoryAnswer find(String words, String place) {
        String text = words == null ? "" : words;
        boolean free = FREE.matcher(text).find();
        DayOfWeek day = null;
        Matcher named = DAY.matcher(text);
        if (named.find()) {
            day = DayOfWeek.valueOf(named.group(1).toUpperCase(Locale.ROOT));
        }
        text = DAY.matcher(FREE.matcher(text).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
        // every candidate the index gives, so the place rule never leaves places to fill
        return directory.find(new DirectoryRequest(text.isBlank() ? null : text, place, Set.of(),
                Set.of(), null, null, day, free, false, 1, ServiceQuery.MAX_PAGE_SIZE));
    }

    private static List<ServiceSuggestion> cards(List<ServiceHit> hits, int max) {
        Map<String, ServiceSuggestion> found = new LinkedHashMap<>();
        for (ServiceHit h : hits) {
            if (found.size() >= max) {
                break;
            }
            found.putIfAbsent(h.service().id(), ServiceSuggestion.of(h));
        }
        return List.copyOf(found.values());
    }

    /**
     * What a search in the person's words found.
     *
     * @param place      whether the place was known, not known or not given
     * @param placeInput the place as given, trimmed; null when none
     * @param services   best first, each once
     */
    public record WordsAnswer(Signposts.PlaceStatus place, String placeInput, List<ServiceSuggestion> services) {
        public WordsAnswer {
            services = List.copyOf(services);
        }
    }

    /**
     * Suggestions for one person.
     *
     * @param place    whether their place was known, unknown or not given
     * @param placeInput what the person gave, trimmed; null when nothing
     * @param placeName the place as understood ("ME7 1AB", "the ME7 area", "Chatham"); null unless known
     * @param lead     the sentence before the list: "near ..." only when the place is known, and how
     *                 to correct a place Lantern did not know
     * @param services the cards, best first, each service once
     * @param sample   true when they come from the sample directory shipped with Lantern
     */
    public record Offer(Signposts.PlaceStatus place, String placeInput, String placeName, String lead,
                        List<ServiceSuggestion> services, boolean sample) {
        public Offer {
            services = List.copyOf(services);
        }

        /** {@link #SAMPLE_NOTE} when there are sample services to label, else null. */
        public String sampleNote() {
            return sample && !services.isEmpty() ? SAMPLE_NOTE : null;
        }
    }
}
