package uk.lantern.web.records;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tablet's storing endpoint and the CSV export. {@code POST /api/worker/screenings} stores a
 * screening made with consent: 201 with the record's address the first time, 200 with the same
 * address when the same submission id comes again (a retry or a double tap).
 */
@RestController
class WorkerScreeningApi {

    private final ScreeningRecords records;
    private final PlaceAnswers places;

    WorkerScreeningApi(ScreeningRecords records, PlaceAnswers places) {
        this.records = records;
        this.places = places;
    }

    /** The stored record's id and page. */
    record Stored(String id, String href, boolean created) {
    }

    @PostMapping(path = "/api/worker/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Stored> store(@RequestBody NewScreening screening, Authentication who) {
        // the place answer as the worker typed it (a town too, "Chatham"), read here even when it was entered with
        // no signal; one Lantern cannot place is refused, linked to the question, for the worker to correct
        PlaceAnswers.Resolved place;
        try {
            place = places.resolve(screening.answers());
        } catch (PlaceAnswers.NotKnown e) {
            throw new InvalidScreeningException(java.util.List.of(new InvalidScreeningException.Problem(
                    "answers." + PlaceAnswers.QUESTION, e.getMessage())));
        }
        ScreeningRecords.Saved saved = records.save(new NewScreening(screening.submissionId(), screening.consent(),
                screening.reference(), place.answers(), place.placeGiven()), who.getName());
        String href = "/worker/screenings/" + saved.record().id();
        Stored body = new Stored(saved.record().id().toString(), href, saved.created());
        return saved.created() ? ResponseEntity.created(URI.create(href)).body(body) : ResponseEntity.ok(body);
    }

    /** What the place check says: whether Lantern can place it, and as what; or why not, for the worker. */
    record PlaceCheck(boolean known, String understood, String message) {
    }

    /** The place typed on the tablet, in the body (never the address): {@code {"place": "Chatham"}}. */
    record PlaceAsked(String place) {
    }

    /**
     * Checks a place typed at the door while the tablet is online ({@code POST /api/worker/place}, body
     * {@code {"place": "Strood, Kent"}}): 200 with {@code known} true and the place {@code understood}
     * ("Strood"), or {@code known} false and a {@code message} for the worker to correct it. Nothing is stored
     * or logged. The same reading is done again when the screening is stored, which covers a place typed offline.
     */
    @PostMapping(path = "/api/worker/place", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlaceCheck checkPlace(@RequestBody PlaceAsked asked) {
        if (asked == null || asked.place() == null || asked.place().isBlank()) {
            return new PlaceCheck(false, null, "Enter a postcode or a town, or leave the question out");
        }
        try {
            PlaceAnswers.Resolved read = places.resolve(Map.of(PlaceAnswers.QUESTION, asked.place()));
            return new PlaceCheck(true, read.understood(), null);
        } catch (PlaceAnswers.NotKnown e) {
            return new PlaceCheck(false, null, e.getMessage());
        }
    }

    @GetMapping("/worker/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "scope", defaultValue = "mine") String scope,
            Authentication who) {
        if (!scope.equals("mine") && !scope.equals("team")) {
            throw new InvalidScreeningException(java.util.List.of(
                    new InvalidScreeningException.Problem("scope", "Scope must be \"mine\" or \"team\"")));
        }
        String csv = records.exportCsv(who.getName(), scope.equals("team"));
        String name = "lantern-" + scope + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(InvalidScreeningException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidScreeningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().size() == 1 ? "1 thing needs putting right; see \"errors\"."
                        : e.problems().size() + " things need putting right; see \"errors\".");
        problem.setType(URI.create("/problems/invalid-screening"));
        problem.setTitle("The screening cannot be stored as it is");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
