package uk.lantern.web.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * Health component {@code rules}, in the readiness group: UP once the screening rules (the KIE base)
 * and the safeguarding rules are built, with how many screening rules and questions there are. The
 * rule base is built once at start-up and a rule that does not compile stops the application, so
 * this reports DOWN only if the built rules hold nothing to screen with.
 */
@Component
class RulesHealthIndicator implements HealthIndicator {

    private final RuleBase ruleBase;
    private final SafeguardingCheck safeguarding;

    RulesHealthIndicator(RuleBase ruleBase, SafeguardingCheck safeguarding) {
        this.ruleBase = ruleBase;
        this.safeguarding = safeguarding;
    }

    @Override
    public Health health() {
        int rules = ruleBase.rules().size();
        int questions = ruleBase.questionnaire().questions().size();
        Health.Builder health = rules > 0 && questions > 0 && safeguarding != null ? Health.up() : Health.down();
        return health.withDetail("screeningRules", rules).withDetail("questions", questions).build();
    }
}
