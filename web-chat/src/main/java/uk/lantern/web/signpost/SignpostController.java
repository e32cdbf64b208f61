package uk.lantern.web.signpost;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signpost;
import uk.lantern.directory.signpost.Signposts;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;

/**
 * {@code POST /api/signposts}: the services Lantern would suggest to a person, from their answers
 * and place, with a plain-words reason for each. The same decision the chat's closing message, the
 * doorstep result and the leaflet use. Nothing is stored. See {@code docs/api.md}.
 */
@RestController
class SignpostController {

    /** At most this many services in one answer. */
    static final int MOST = 20;
    static final int DEFAULT = 5;
    /** A place longer than this is refused: the longest UK place names are well under 100 characters. */
    static final int PLACE_MOST = 200;

    private final ScreeningEngine engine;
    private final LocalServicesDirectory directory;

    SignpostController(ScreeningEngine engine, LocalServicesDirectory directory) {
        this.engine = engine;
        this.directory = directory;
    }

    /**
     * Answers as for {@code POST /api/assessments}, but any subset: the needs come from the rules
     * over the answers given. Invalid answers get 400 with every problem (RFC 9457).
     */
    @PostMapping(path = "/api/signposts", consumes = MediaType.APPLICATION_JSON_VALUE)
    SignpostAnswer signposts(@RequestBody SignpostRequest request) {
        if (request.answers() == null) {
            throw invalid("\"answers\" is missing: the body must be {\"answers\": {questionId: value, ...}, "
                    + "\"place\": \"ME7 1AB\", \"max\": 5}, with place and max optional.");
        }
        int max = max(request.max());
        String place = place(request.place());
        Assessment assessment = engine.assess(engine.ruleBase().questionnaire().validateGiven(request.answers()));
        Set<String> raised = new LinkedHashSet<>();
        assessment.needs().forEach(n -> raised.add(n.id()));
        Person person = Person.fromAnswers(request.answers(), raised, place);
        VoicePhone.Found usable = VoicePhone.signposts(directory, person, request.answers(), max,
                !voicePhone(request.voicePhone()));
        Signposts found = usable.signposts();
        // round 19 (a23): a town read from a near-miss spelling ("Gilingham") is known, and never silently so
        boolean mended = found.place() == Signposts.PlaceStatus.KNOWN && found.placeInput() != null
                && directory.gazetteer().lookup(found.placeInput()) instanceof PlaceLookup.Found f
                && f.mendedFrom() != null;
        return new SignpostAnswer(new PlaceView(found.place().name().toLowerCase(java.util.Locale.ROOT),
                found.placeInput(), found.placeName(), mended, usable.lead()), List.copyOf(found.needs()),
                person.costKeepsIn(), assessment.urgent(),
                assessment.urgentConcerns().stream().map(Assessment.UrgentConcern::whatToDoNow).toList(),
                found.services().stream().map(SignpostView::of).toList());
    }

    /**
     * {@code max} as sent: absent means {@value #DEFAULT}; otherwise a whole number from 1 to {@value #MOST}.
     * The message names the field and what it must be, never the value sent (it may be huge or personal).
     */
    private static int max(Object sent) {
        if (sent == null) {
            return DEFAULT;
        }
        if (!(sent instanceof Number number)) {
            throw invalid("\"max\" must be a whole number from 1 to " + MOST + "; " + kind(sent) + " was sent.");
        }
        java.math.BigDecimal n;
        try {
            n = new java.math.BigDecimal(number.toString());
        } catch (NumberFormatException e) { // NaN or infinity
            throw invalid("\"max\" must be a whole number from 1 to " + MOST + ".");
        }
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            throw invalid("\"max\" must be a whole number from 1 to " + MOST + "; a number with a fraction was sent.");
        }
        if (n.compareTo(java.math.BigDecimal.ONE) < 0 || n.compareTo(java.math.BigDecimal.valueOf(MOST)) > 0) {
            throw invalid("\"max\" must be a whole number from 1 to " + MOST + "; the number sent is out of range.");
        }
        return n.intValue();
    }

    /** {@code voicePhone} as sent: absent means true (a voice phone is usable); otherwise true or false. */
    private static boolean voicePhone(Object sent) {
        if (sent == null) {
            return true;
        }
        if (!(sent instanceof Boolean b)) {
            throw invalid("\"voicePhone\" must be true or false (false: the person cannot use a voice phone); "
                    + kind(sent) + " was sent.");
        }
        return b;
    }

    /** {@code place} as sent: absent or text of at most {@value #PLACE_MOST} characters. */
    private static String place(Object sent) {
        if (sent == null) {
            return null;
        }
        if (!(sent instanceof String s)) {
            throw invalid("\"place\" must be text (a postcode, district or town); " + kind(sent) + " was sent.");
        }
        if (s.length() > PLACE_MOST) {
            throw invalid("\"place\" may be at most " + PLACE_MOST + " characters (a postcode, district or town).");
        }
        return s;
    }

    /** The kind of a JSON value, never the value itself. */
    private static String kind(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value instanceof Map<?, ?> ? "an object" : "another kind of value";
    }

    private static ErrorResponseException invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-request"));
        problem.setTitle("The request is not in the expected form");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /**
     * @param answers question id to value, as for {@code POST /api/assessments}; any subset
     * @param place   a postcode, sector, district or town, at most 200 characters; when absent, the
     *                {@code postcode} answer. Read as any JSON value so a wrong kind gets a message naming it
     * @param max     how many services at most, a whole number 1 to 20; 5 when absent. Read as any JSON
     *                value so 2.5, "five" or a huge number get a message naming the field
     * @param voicePhone false when the person cannot use a voice phone (Deaf, a BSL user, text or video only; round
     *                20, g27): help only by voice phone is left out, as for yes to both {@code hearing_loss} and
     *                {@code language_barrier}; true or absent changes nothing
     */
    record SignpostRequest(Map<String, Object> answers, Object place, Object max, Object voicePhone) {
    }

    /**
     * @param needs       the needs suggestions were looked for: those the rules raised, with telephone befriending
     *                    when company is needed and the place is not known
     * @param costMatters cost keeps the person in: free services come first and paid ones are marked
     * @param urgent      an answer showed immediate danger: act on {@code actNow} before anything else
     */
    record SignpostAnswer(PlaceView place, List<String> needs, boolean costMatters, boolean urgent,
                          List<String> actNow, List<SignpostView> services) {
    }

    /**
     * @param status     {@code known}, {@code unknown} (given, not understood: only national remote
     *                   services until corrected) or {@code none}
     * @param understood the place as understood ("ME7 1AB", "the ME7 area", "Chatham"), or with status {@code unknown}
     *                   a well-formed code outside the area as read ("ME14"); otherwise null
     * @param spellingCorrected round 19 (a23): the place was read from a near-miss spelling of a known town's name
     *                   ("Gilingham" as Gillingham, "chattam" as Chatham): say what it was taken as, and how to
     *                   change it; false otherwise
     * @param lead       the sentence to show before the services
     */
    record PlaceView(String status, String given, String understood, boolean spellingCorrected, String lead) {
    }

    /**
     * One suggestion: the card's words plus the facts behind it.
     *
     * @param ways     how the person can use it: {@code home_visit}, {@code telephone},
     *                 {@code online}, {@code group_venue}
     * @param needsMet the person's needs it meets
     * @param free     known to be free
     * @param distance how far, in the card's words ("about 2.4 miles away", "under a mile away", "in your area");
     *                 null when no distance is shown (round 14)
     */
    record SignpostView(String id, String name, String summary, String why, List<String> ways, List<String> needsMet,
                        boolean free, boolean paid, String cost, String schedule, String phone, String telephone,
                        String url, Double distanceMiles, String distance) {
        static SignpostView of(Signpost s) {
            ServiceSuggestion card = ServiceSuggestion.of(s);
            return new SignpostView(card.id(), card.name(), card.summary(), card.why(),
                    s.ways().stream().map(Delivery::id).toList(), s.needsMet(), s.free(), card.paid(), card.cost(),
                    card.schedule(), card.phone(), card.telephone(), card.url(), card.distanceMiles(),
                    card.distanceWords());
        }
    }
}
