package uk.lantern.web.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/** Builds the rule base once at start-up; a rule that does not compile stops the application with its place. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    RuleBase ruleBase() {
        return RuleBase.load();
    }

    @Bean
    ScreeningEngine screeningEngine(RuleBase ruleBase) {
        return new ScreeningEngine(ruleBase);
    }

    /** The crisis check every chat message goes through, from the rule base's safeguarding rules and lexicons. */
    @Bean
    SafeguardingCheck safeguardingCheck() {
        return SafeguardingCheck.load();
    }

    /** The help given after a disclosure, with the helplines, their sources and the guidance for workers. */
    @Bean
    CrisisResponse crisisResponse() {
        return CrisisResponse.load();
    }
}
