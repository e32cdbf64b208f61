/**
 * The directory benchmark: a synthetic directory of services across England and a harness that
 * measures import rate and query latency. Run with the {@code bench} profile, never in the
 * normal test build.
 */
package uk.lantern.directory.bench;
