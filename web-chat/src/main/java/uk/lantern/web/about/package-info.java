/**
 * The pages every public service owes the people who use it: the accessibility statement (in the
 * GOV.UK model form), the privacy notice and who runs this service. Their facts (organisation,
 * contact, data controller, dates) come from the deployment's {@code lantern.service.*}
 * properties; the embedded defaults say plainly that they must be set.
 */
package uk.lantern.web.about;
