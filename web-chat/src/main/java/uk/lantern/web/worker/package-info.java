/**
 * The frontline worker's doorstep screening pages: the consent script and question pages (drawn
 * in the browser from the questionnaire, so they keep working with no signal), the result with
 * the worker's outcome, the printable leaflet for the person, the team's records with follow-ups,
 * before-and-after comparisons and erasure. Storage is {@code uk.lantern.web.records}'s job.
 */
package uk.lantern.web.worker;
