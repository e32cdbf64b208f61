package uk.lantern.web.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;

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
}
