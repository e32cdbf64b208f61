package uk.lantern.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.facts.Findings;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.ValidAnswers;

/**
 * Scores a screening's answers with the rule base. Thread-safe: the KieBase is shared and each
 * assessment borrows a session from a pool and gets its own {@link Findings}.
 *
 * <p>Sessions are pooled because creating one per assessment was the largest cost of a
 * screening (docs/benchmarks.md). A pooled session is used as a stateless one: the answers are
 * inserted, the rules fire once, and disposing it resets it and hands it back. The listener is
 * removed before that, so no assessment hears another's rules fire.
 */
public final class ScreeningEngine {

    private final RuleBase ruleBase;
    private final KieSessionsPool sessions;

    public ScreeningEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.sessions = ruleBase.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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

    /**
     * The safeguarding concerns raised by the answers given so far, before the screening is
     * complete: a conversation answers immediate danger at once rather than at the end.
     *
     * @throws InvalidAnswersException if any answer given is invalid
     */
    public List<Assessment.UrgentConcern> urgentConcernsSoFar(Map<String, ?> answersSoFar) {
        return assess(ruleBase.questionnaire().validateGiven(answersSoFar)).urgentConcerns();
    }

    public Assessment assess(ValidAnswers answers) {
        Findings findings = new Findings(ruleBase.catalogue());
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("findings", findings);
            session.addEventListener(findings);
            for (Answer answer : answers.all()) {
                session.insert(answer);
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(findings);
            session.dispose();
        }
        return findings.toAssessment();
    }
}
