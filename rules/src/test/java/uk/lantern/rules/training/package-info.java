/** Tests that keep the training content true to the rules: case studies and the rule-to-test index. */
package uk.lantern.rules.training;
