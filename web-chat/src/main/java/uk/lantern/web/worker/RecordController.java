package uk.lantern.web.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.web.account.Teams;
import uk.lantern.web.records.InvalidScreeningException;
import uk.lantern.web.records.ScreeningRecords;
import uk.lantern.web.records.StoredScreening;

/**
 * One stored screening: its result with the worker's outcome form and the comparison with the
 * person's screening before, the leaflet for the person, and erasing the person's records. Every
 * page reads the record through {@link ScreeningRecords}, which keeps to the worker's team: another
 * team's record is "not found".
 */
@Controller
class RecordController {

    /** The error for an empty place; Lantern knows English postcodes and the towns of its gazetteer. */
    static final String PLACE_MISSING = "Enter a postcode, like ME7 1AA, or a town in England, like Chatham";
    static final String PLACE_UNKNOWN = "Lantern does not know that place. Enter a postcode, like ME7 1AA, "
            + "or a town in England, like Chatham";

    private final ScreeningRecords records;
    private final ScreeningResults results;
    private final WorkerDates dates;
    private final Teams teams;

    RecordController(ScreeningRecords records, ScreeningResults results, WorkerDates dates, Teams teams) {
        this.records = records;
        this.results = results;
        this.dates = dates;
        this.teams = teams;
    }

    @GetMapping("/worker/screenings/{id}")
    String result(@PathVariable UUID id, Authentication who, Model model) {
        StoredScreening record = read(id, who);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OutcomeForm.of(record));
        }
        return resultPage(record, who, model);
    }

    @PostMapping("/worker/screenings/{id}/outcome")
    String recordOutcome(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> fields,
            Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        StoredScreening record = read(id, who);
        ResultView view = results.view(record);
        Map<String, String> known = OutcomeForm.known(view.services(), record);
        OutcomeForm form = OutcomeForm.read(fields);
        List<OutcomeForm.Problem> problems = new ArrayList<>(form.problems(known, dates.today()));
        if (problems.isEmpty()) {
            try {
                records.recordOutcome(id, form.outcome(known), who.getName());
                redirect.addFlashAttribute("done", "The outcome has been saved.");
                return "redirect:/worker/screenings/" + id + "#outcome-saved";
            } catch (InvalidScreeningException e) {
                e.problems().forEach(p -> problems.add(new OutcomeForm.Problem(fieldId(p.field()), p.message())));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field().startsWith("followUp-") ? "followUp" : p.field(), p.message()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        return resultPage(record, who, model);
    }

    /**
     * Corrects the place on the record when Lantern did not know it or it was wrong, then shows the
     * record again with services (and the leaflet) found for the new place. A place Lantern does not
     * know is refused with the error summary, and nothing changes. The place travels only in the
     * form's body, never in the address.
     */
    @PostMapping("/worker/screenings/{id}/place")
    String correctPlace(@PathVariable UUID id, @RequestParam(required = false) String place, Authentication who,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        StoredScreening record = read(id, who);
        String given = place == null ? "" : place.strip();
        String problem = null;
        Optional<String> known = Optional.empty();
        if (given.isEmpty()) {
            problem = PLACE_MISSING;
        } else if (given.length() > ScreeningRecords.MAX_PLACE) {
            problem = "Postcode or town must be " + ScreeningRecords.MAX_PLACE + " characters or fewer";
        } else {
            known = results.knownPlace(given);
            if (known.isEmpty()) {
                problem = PLACE_UNKNOWN;
            }
        }
        if (problem == null) {
            records.correctPlace(id, known.orElseThrow(), who.getName());
            redirect.addFlashAttribute("placeDone", "The place has been changed to " + known.orElseThrow()
                    + ". The services below, and the leaflet, are for it now.");
            return "redirect:/worker/screenings/" + id + "#place-saved";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("form", OutcomeForm.of(record));
        model.addAttribute("problems", List.of(new OutcomeForm.Problem("place", problem)));
        model.addAttribute("errors", Map.of("place", problem));
        model.addAttribute("placeGiven", given);
        return resultPage(record, who, model);
    }

    /**
     * Marks the record's follow-up as done, then goes back to the record, or to the worker's home
     * page when {@code back=home}; a follow-up already done is left as it was.
     */
    @PostMapping("/worker/screenings/{id}/follow-up-done")
    String followUpDone(@PathVariable UUID id, @RequestParam(required = false) String back, Authentication who,
            RedirectAttributes redirect) {
        StoredScreening record = read(id, who);
        boolean marked = records.markFollowUpDone(id, who.getName());
        redirect.addFlashAttribute("done", marked ? "Follow-up for " + record.reference() + " marked as done."
                : "The follow-up for " + record.reference() + " was already done.");
        return "home".equals(back) ? "redirect:/worker#done" : "redirect:/worker/screenings/" + id + "#outcome-saved";
    }

    @GetMapping("/worker/screenings/{id}/leaflet")
    String leaflet(@PathVariable UUID id, Authentication who, Model model) {
        StoredScreening record = read(id, who);
        ResultView view = results.view(record);
        model.addAttribute("result", view);
        model.addAttribute("record", record);
        // the services the worker offered, not every suggestion; all of them only when none was recorded
        model.addAttribute("leafletServices", record.servicesOffered().isEmpty() ? view.services()
                : results.offered(record, view));
        model.addAttribute("offeredRecorded", !record.servicesOffered().isEmpty());
        model.addAttribute("followUp", record.followUpOn() == null ? null : dates.day(record.followUpOn()));
        model.addAttribute("team", teams.named(record.team()).orElse(null));
        return "worker/leaflet";
    }

    @GetMapping("/worker/screenings/{id}/erase")
    String confirmErasure(@PathVariable UUID id, Authentication who, Model model) {
        StoredScreening record = read(id, who);
        model.addAttribute("record", record);
        model.addAttribute("count", records.history(id, who.getName()).size());
        return "worker/erase";
    }

    @PostMapping("/worker/screenings/{id}/erase")
    String erase(@PathVariable UUID id, Authentication who, RedirectAttributes redirect) {
        StoredScreening record = read(id, who);
        int erased = records.erase(id, who.getName());
        redirect.addFlashAttribute("done", (erased == 1 ? "1 screening" : erased + " screenings")
                + " for reference " + record.reference() + " erased. Nothing about them is kept.");
        return "redirect:/worker";
    }

    private String resultPage(StoredScreening record, Authentication who, Model model) {
        ResultView view = results.view(record);
        List<StoredScreening> history = records.history(record.id(), who.getName());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("placeGiven")) {
            model.addAttribute("placeGiven", record.place());
        }
        model.addAttribute("record", record);
        model.addAttribute("result", view);
        model.addAttribute("services", OutcomeForm.known(view.services(), record));
        model.addAttribute("history", history);
        model.addAttribute("notesMax", OutcomeForm.NOTES_MAX);
        model.addAttribute("comparison", comparisonWithEarlier(record, history));
        return "worker/result";
    }

    /** The person's screening just before this one, beside it; null when this is their first. */
    private Comparison comparisonWithEarlier(StoredScreening record, List<StoredScreening> history) {
        int at = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id().equals(record.id())) {
                at = i;
            }
        }
        if (at <= 0) {
            return null;
        }
        StoredScreening earlier = history.get(at - 1);
        return Comparison.between(earlier.id(), earlier.createdAt(),
                results.bandLabel(earlier.assessment().band()), earlier.assessment(), record.createdAt(),
                results.bandLabel(record.assessment().band()), record.assessment());
    }

    private StoredScreening read(UUID id, Authentication who) {
        return records.read(id, who.getName()).orElseThrow(NoSuchRecordException::new);
    }

    /** The form input a records problem belongs to, so the error summary links to it. */
    private static String fieldId(String field) {
        if (field == null) {
            return "notes";
        }
        return switch (field) {
            case "servicesOffered", "services" -> "offered";
            case "referrals" -> "referred";
            case "followUpOn" -> "followUp-day";
            case "referralsAgreed", "notes" -> field;
            default -> "notes";
        };
    }
}
