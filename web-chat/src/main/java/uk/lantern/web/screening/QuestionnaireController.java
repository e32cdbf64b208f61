package uk.lantern.web.screening;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.questionnaire.Question;

/** Serves the questionnaire so any client can render the questions, their options and skip logic. */
@RestController
class QuestionnaireController {

    private final RuleBase ruleBase;

    QuestionnaireController(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @GetMapping("/api/questionnaire")
    QuestionnaireView questionnaire() {
        return new QuestionnaireView(ruleBase.questionnaire().version(), ruleBase.questionnaire().questions());
    }

    record QuestionnaireView(String version, List<Question> questions) {
    }
}
