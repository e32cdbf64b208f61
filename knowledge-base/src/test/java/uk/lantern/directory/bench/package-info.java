/**
 * The directory benchmarks: a synthetic directory of services across England and a harness that
 * measures import rate and query latency, and the national postcode benchmark over a generated
 * ONS Postcode Directory. Run with the {@code bench} profile, never in the normal test build.
 */
package uk.lantern.directory.bench;
