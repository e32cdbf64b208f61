/** Cross-cutting web concerns: problem details for errors and limits on what a request may send. */
package uk.lantern.web.system;
