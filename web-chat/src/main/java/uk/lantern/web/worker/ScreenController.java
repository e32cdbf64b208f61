package uk.lantern.web.worker;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.web.records.PlaceAnswers;
import uk.lantern.web.records.ScreeningRecords;
import uk.lantern.web.records.StoredScreening;

/**
 * The doorstep flow: the consent script and question pages (one page whose script draws each
 * question from the questionnaire and keeps the answers on the device), and the result and leaflet
 * for a person who did not consent, made from answers posted with the page and never stored.
 */
@Controller
class ScreenController {

    /** Largest answers field accepted, in characters: the same bound as the API's bodies. */
    static final int MAX_ANSWERS_CHARS = 32_768;
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final ScreeningRecords records;
    private final ScreeningResults results;
    private final JsonMapper json;
    private final RetentionWords retention;
    private final PlaceAnswers places;

    ScreenController(ScreeningRecords records, ScreeningResults results, JsonMapper json, RetentionWords retention,
            PlaceAnswers places) {
        this.places = places;
        this.records = records;
        this.results = results;
        this.json = json;
        this.retention = retention;
    }

    @GetMapping("/worker/screen")
    String screen(Model model) {
        model.addAttribute("retention", retention.words());
        return "worker/screen";
    }

    /** Screens the person of an earlier record again, with its reference filled in (never put in the address). */
    @GetMapping("/worker/screenings/{id}/again")
    String screenAgain(@PathVariable UUID id, Authentication who, Model model) {
        StoredScreening earlier = records.read(id, who.getName()).orElseThrow(NoSuchRecordException::new);
        model.addAttribute("prefillReference", earlier.reference());
        return screen(model);
    }

    /**
     * The address of a no-consent result or leaflet opened again (a reload, or a tablet waking a
     * tab): nothing was stored, so the page says so and offers a new screening, instead of an error.
     */
    @GetMapping({"/worker/screen/result", "/worker/screen/leaflet"})
    String unstoredResultGone() {
        return "worker/unstored-gone";
    }

    /** The result for a person who did not consent: assessed from the posted answers, nothing stored. */
    @PostMapping("/worker/screen/result")
    String unstoredResult(@RequestParam(name = "answers", defaultValue = "") String answersJson, Model model,
            HttpServletResponse response) {
        Map<String, Object> answers = answers(answersJson);
        if (answers == null) {
            return badAnswers(null, model, response);
        }
        try {
            PlaceAnswers.Resolved place = places.resolve(answers);
            Assessment assessment = results.assess(place.answers());
            model.addAttribute("result", results.view(assessment, place.answers(), place.placeGiven()));
        } catch (InvalidAnswersException e) {
            return badAnswers(e, model, response);
        } catch (PlaceAnswers.NotKnown e) {
            return badAnswers(placeProblem(e), model, response);
        }
        model.addAttribute("notStored", true);
        model.addAttribute("answersJson", answersJson);
        return "worker/result";
    }

    /** The leaflet for a person who did not consent, from the same posted answers. */
    @PostMapping("/worker/screen/leaflet")
    String unstoredLeaflet(@RequestParam(name = "answers", defaultValue = "") String answersJson, Model model,
            HttpServletResponse response) {
        Map<String, Object> answers = answers(answersJson);
        if (answers == null) {
            return badAnswers(null, model, response);
        }
        try {
            PlaceAnswers.Resolved place = places.resolve(answers);
            ResultView view = results.view(results.assess(place.answers()), place.answers(), place.placeGiven());
            model.addAttribute("result", view);
            model.addAttribute("leafletServices", view.services());
        } catch (InvalidAnswersException e) {
            return badAnswers(e, model, response);
        } catch (PlaceAnswers.NotKnown e) {
            return badAnswers(placeProblem(e), model, response);
        }
        return "worker/leaflet";
    }

    private Map<String, Object> answers(String answersJson) {
        if (answersJson.isBlank() || answersJson.length() > MAX_ANSWERS_CHARS) {
            return null;
        }
        try {
            return json.readValue(answersJson, ANSWERS);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A place Lantern cannot place, as a problem with the place question's answer. */
    private static InvalidAnswersException placeProblem(PlaceAnswers.NotKnown e) {
        return new InvalidAnswersException(java.util.List.of(new uk.lantern.engine.questionnaire.AnswerProblem(
                PlaceAnswers.QUESTION, uk.lantern.engine.questionnaire.AnswerProblem.Code.INVALID_FORMAT, e.getMessage())));
    }

    private static String badAnswers(InvalidAnswersException problems, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", problems == null ? java.util.List.of() : problems.problems());
        return "worker/answers-problem";
    }
}
