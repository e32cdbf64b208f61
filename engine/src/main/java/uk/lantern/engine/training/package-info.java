/**
 * Training content read alongside the rule base: case studies with the result each is pinned to,
 * and the index of which tests exercise each rule. The content lives in the {@code rules} module
 * under {@code lantern/training/}; trainers' pages show it and the rules' tests keep it true.
 */
package uk.lantern.engine.training;
