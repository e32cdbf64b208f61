package uk.lantern.web.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.training.CaseStudy;

/**
 * Quizzes: the trainee reads a case, chooses a band and the factors they think apply, and sees
 * the engine's result with its reasons and their mark ({@link QuizMark}). Each attempt is kept
 * under the trainee's username so they and their trainer can follow progress.
 */
@Controller
class QuizController {

    /** A problem with a quiz answer, tied to the field to fix. */
    record Problem(String field, String message) {
    }

    private final CaseViews cases;
    private final ScreeningEngine engine;
    private final TrainingRules rules;
    private final QuizAttempts attempts;

    QuizController(CaseViews cases, ScreeningEngine engine, TrainingRules rules, QuizAttempts attempts) {
        this.cases = cases;
        this.engine = engine;
        this.rules = rules;
        this.attempts = attempts;
    }

    @GetMapping("/training/quiz")
    String list(Authentication who, Model model) {
        List<QuizAttempts.Attempt> mine = attempts.of(who.getName());
        Map<String, QuizAttempts.Attempt> best = new LinkedHashMap<>();
        for (QuizAttempts.Attempt a : mine) {
            best.merge(a.caseId(), a, (x, y) -> y.percent() > x.percent() ? y : x);
        }
        model.addAttribute("cases", cases.all());
        model.addAttribute("best", best);
        model.addAttribute("attempts", mine);
        model.addAttribute("titles", titles());
        return "training/quiz-list";
    }

    @GetMapping("/training/quiz/{caseId}")
    String question(@PathVariable String caseId, Model model) {
        CaseStudy c = cases.find(caseId);
        return question(c, null, Set.of(), List.of(), model);
    }

    @PostMapping("/training/quiz/{caseId}")
    String answer(@PathVariable String caseId, @RequestParam(name = "band", required = false) String band,
            @RequestParam(name = "factors", required = false) List<String> factors, Authentication who, Model model,
            HttpServletResponse response) {
        CaseStudy c = cases.find(caseId);
        Catalogue catalogue = engine.ruleBase().catalogue();
        Set<String> chosen = new LinkedHashSet<>(factors == null ? List.of() : factors);
        List<Problem> problems = new ArrayList<>();
        if (band == null || band.isBlank()) {
            problems.add(new Problem("band", "Choose the band you think the rules give"));
        } else if (catalogue.bands().keySet().stream().map(TrainingRules::bandId).noneMatch(band::equals)) {
            problems.add(new Problem("band", "\"" + shorten(band) + "\" is not a band: choose lower, some or higher risk"));
        }
        for (String f : chosen) {
            if (!catalogue.factors().containsKey(f)) {
                problems.add(new Problem("factors", "\"" + shorten(f) + "\" is not a factor in the catalogue"));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return question(c, band, chosen, problems, model);
        }
        Assessment result = engine.assess(c.answers());
        QuizMark mark = QuizMark.of(band, chosen, TrainingRules.bandId(result.band()),
                result.factors().stream().map(Assessment.Factor::id).toList());
        long id = attempts.save(who.getName(), c.id(), band, chosen, mark, result.ruleBaseVersion());
        return "redirect:/training/quiz/attempts/" + id;
    }

    @GetMapping("/training/quiz/attempts/{id}")
    String result(@PathVariable long id, Authentication who, Model model) {
        QuizAttempts.Attempt attempt = attempts.byId(id).filter(a -> a.username().equals(who.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such quiz answer of yours"));
        CaseStudy c = cases.find(attempt.caseId());
        Assessment result = engine.assess(c.answers());
        QuizMark mark = QuizMark.of(attempt.chosenBand(), Set.copyOf(attempt.chosenFactors()),
                TrainingRules.bandId(result.band()), result.factors().stream().map(Assessment.Factor::id).toList());
        Catalogue catalogue = engine.ruleBase().catalogue();
        model.addAttribute("attempt", attempt);
        model.addAttribute("case", c);
        model.addAttribute("mark", mark);
        model.addAttribute("result", ExplainedResult.of(result, catalogue, rules));
        model.addAttribute("chosenBandLabel", bandLabel(catalogue, attempt.chosenBand()));
        model.addAttribute("factorLabels", factorLabels(catalogue));
        model.addAttribute("sameRules", attempt.ruleBaseVersion().equals(result.ruleBaseVersion()));
        return "training/quiz-result";
    }

    private String question(CaseStudy c, String band, Set<String> chosen, List<Problem> problems, Model model) {
        Catalogue catalogue = engine.ruleBase().catalogue();
        model.addAttribute("case", c);
        model.addAttribute("answers", cases.answers(c));
        model.addAttribute("bands", catalogue.bands().values());
        model.addAttribute("factors", catalogue.factors().values());
        model.addAttribute("chosenBand", band);
        model.addAttribute("chosenFactors", chosen);
        model.addAttribute("problems", problems);
        return "training/quiz-question";
    }

    private Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        cases.all().forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    private static Map<String, String> factorLabels(Catalogue catalogue) {
        Map<String, String> labels = new LinkedHashMap<>();
        catalogue.factors().values().forEach(f -> labels.put(f.id(), f.label()));
        return labels;
    }

    private static String bandLabel(Catalogue catalogue, String band) {
        for (Band b : catalogue.bands().keySet()) {
            if (TrainingRules.bandId(b).equals(band)) {
                return catalogue.bands().get(b).label();
            }
        }
        return band;
    }

    /** What was sent, cut short, so a long made-up value does not fill the page. */
    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
