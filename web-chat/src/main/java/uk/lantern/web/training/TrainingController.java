package uk.lantern.web.training;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

import uk.lantern.engine.RuleBase;

/** The training start page, the searchable risk factor catalogue and the rule pages. */
@Controller
class TrainingController {

    private final RuleBase ruleBase;
    private final FactorSearch search;
    private final TrainingRules rules;
    private final CaseViews cases;

    TrainingController(RuleBase ruleBase, FactorSearch search, TrainingRules rules, CaseViews cases) {
        this.ruleBase = ruleBase;
        this.search = search;
        this.rules = rules;
        this.cases = cases;
    }

    @GetMapping("/training")
    String start(Model model) {
        model.addAttribute("factorCount", ruleBase.catalogue().factors().size());
        model.addAttribute("ruleCount", rules.all().size());
        model.addAttribute("caseCount", cases.all().size());
        model.addAttribute("firstCase", cases.all().getFirst());
        return "training/start";
    }

    @GetMapping("/training/catalogue")
    String catalogue(@RequestParam(name = "q", required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        model.addAttribute("q", query);
        model.addAttribute("searching", FactorSearch.hasWords(query));
        model.addAttribute("factors", search.search(query));
        model.addAttribute("catalogue", ruleBase.catalogue());
        model.addAttribute("questions", ruleBase.questionnaire());
        model.addAttribute("rules", rules);
        return "training/catalogue";
    }

    @GetMapping("/training/rules")
    String ruleList(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("files", ruleBase.catalogue().ruleFiles());
        return "training/rules";
    }

    /**
     * A rule's page; an address from before the rule was renamed moves permanently (301) to its page now,
     * so bookmarks keep working.
     */
    @GetMapping("/training/rules/{slug}")
    String rule(@PathVariable String slug, Model model, HttpServletRequest request) {
        Optional<RulePage> moved = rules.movedFrom(slug);
        if (moved.isPresent()) {
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved.get().href();
        }
        RulePage rule = rules.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no rule at this address"));
        model.addAttribute("rule", rule);
        model.addAttribute("catalogue", ruleBase.catalogue());
        model.addAttribute("questions", ruleBase.questionnaire());
        model.addAttribute("cases", rule.caseIds().stream().map(cases::find).toList());
        return "training/rule";
    }
}
