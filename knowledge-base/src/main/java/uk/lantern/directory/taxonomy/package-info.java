/**
 * The {@code lantern-needs} taxonomy: the needs the screening rules raise, each answered by
 * services tagged with the same term id.
 */
package uk.lantern.directory.taxonomy;
