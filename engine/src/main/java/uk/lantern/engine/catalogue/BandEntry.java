package uk.lantern.engine.catalogue;

import uk.lantern.engine.Band;

/**
 * A risk band as explained to workers and trainers.
 *
 * @param band        the band
 * @param label       worker-facing name
 * @param threshold   the score range in words, matching the band rules
 * @param publicWords kind words for the public, never a bare label
 */
public record BandEntry(Band band, String label, String threshold, String publicWords) {
}
