/** The screening API: the questionnaire, and assessments of a set of answers. */
package uk.lantern.web.screening;
