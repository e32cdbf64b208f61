/**
 * Workers' stored screenings: consent-only storage with idempotent submission, team scoping,
 * audit of every read and change, erasure on request, retention, and CSV export.
 */
package uk.lantern.web.records;
