/** The questionnaire the rule base defines, and validation of answers against it. */
package uk.lantern.engine.questionnaire;
