package uk.lantern.web.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.RuleTests;

/** Loads the training content the rules module ships, once, at start-up. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    @Bean
    CaseStudies caseStudies() {
        return CaseStudies.load();
    }

    @Bean
    RuleTests ruleTests() {
        return RuleTests.load();
    }
}
