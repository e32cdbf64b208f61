/** Tests of the accessibility statement, privacy notice and "who runs this service" pages. */
package uk.lantern.web.about;
