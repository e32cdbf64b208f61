package uk.lantern.engine;

import java.util.Map;
import org.kie.api.runtime.StatelessKieSession;
import uk.lantern.engine.facts.Findings;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.ValidAnswers;

/**
 * Scores a screening's answers with the rule base. Thread-safe: the KieBase is shared and each
 * assessment gets its own stateless session and its own {@link Findings}.
 */
public final class ScreeningEngine {

    private final RuleBase ruleBase;

    public ScreeningEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /**
     * Validates raw answers (as decoded from JSON) and assesses them.
     *
     * @throws InvalidAnswersException listing every problem, before any rule runs
     */
    public Assessment assess(Map<String, ?> rawAnswers) {
        return assess(ruleBase.questionnaire().validate(rawAnswers));
    }

    public Assessment assess(ValidAnswers answers) {
        Findings findings = new Findings(ruleBase.catalogue());
        StatelessKieSession session = ruleBase.kieBase().newStatelessKieSession();
        session.setGlobal("findings", findings);
        session.addEventListener(findings);
        session.execute(answers.all());
        return findings.toAssessment();
    }
}
