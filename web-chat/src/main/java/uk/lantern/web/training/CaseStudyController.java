package uk.lantern.web.training;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.training.CaseStudy;

/** The case studies, each case's page, and the what-if sandbox that starts from a case's answers. */
@Controller
class CaseStudyController {

    private final CaseViews cases;
    private final ScreeningEngine engine;
    private final TrainingRules rules;

    CaseStudyController(CaseViews cases, ScreeningEngine engine, TrainingRules rules) {
        this.cases = cases;
        this.engine = engine;
        this.rules = rules;
    }

    @GetMapping("/training/cases")
    String list(Model model) {
        model.addAttribute("cases", cases.all());
        return "training/cases";
    }

    @GetMapping("/training/cases/{caseId}")
    String show(@PathVariable String caseId, Model model) {
        CaseStudy c = cases.find(caseId);
        model.addAttribute("case", c);
        model.addAttribute("answers", cases.answers(c));
        model.addAttribute("result", explain(c));
        return "training/case";
    }

    @GetMapping("/training/sandbox")
    String sandboxStart() {
        return "redirect:/training/sandbox/" + cases.all().getFirst().id();
    }

    @GetMapping("/training/sandbox/{caseId}")
    String sandbox(@PathVariable String caseId, Model model) {
        CaseStudy c = cases.find(caseId);
        model.addAttribute("case", c);
        model.addAttribute("cases", cases.all());
        model.addAttribute("fields", cases.fields(c.answers()));
        model.addAttribute("result", explain(c));
        return "training/sandbox";
    }

    private ExplainedResult explain(CaseStudy c) {
        return ExplainedResult.of(engine.assess(c.answers()), engine.ruleBase().catalogue(), rules);
    }
}
