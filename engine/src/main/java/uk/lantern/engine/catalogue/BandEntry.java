package uk.lantern.engine.catalogue;

import uk.lantern.engine.Band;

/**
 * A risk band as explained to workers and trainers.
 *
 * @param band            the band
 * @param label           worker-facing name
 * @param threshold       the score range in words, matching the band rules
 * @param thresholdSource where the score range comes from; the bands are expert-set
 * @param publicWords     kind words for the public, never a bare label and never praise of
 *                        connections the person may not have
 */
public record BandEntry(Band band, String label, String threshold, WeightSource thresholdSource, String publicWords) {
}
