/**
 * The application run as a real child JVM on loopback, for tests that must kill it, restart it on
 * the same data, or run it with a small heap: what an in-process Spring test cannot do.
 */
package uk.lantern.web.process;
