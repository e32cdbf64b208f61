package uk.lantern.web.screening;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.questionnaire.Question;

/**
 * Serves the questionnaire so any client can render the questions, their options and skip logic,
 * with the wording the worker's pages use for each ({@link StaffWording}).
 */
@RestController
class QuestionnaireController {

    private final RuleBase ruleBase;
    private final StaffWording staffWording;

    QuestionnaireController(RuleBase ruleBase, StaffWording staffWording) {
        this.ruleBase = ruleBase;
        this.staffWording = staffWording;
    }

    @GetMapping("/api/questionnaire")
    QuestionnaireView questionnaire() {
        return new QuestionnaireView(ruleBase.questionnaire().version(), ruleBase.questionnaire().questions(),
                staffWording.questions());
    }

    /**
     * The questionnaire as clients read it.
     *
     * @param staffWording by question id, the worker pages' short label and error messages
     */
    record QuestionnaireView(String version, List<Question> questions, Map<String, StaffWording.Entry> staffWording) {
    }
}
