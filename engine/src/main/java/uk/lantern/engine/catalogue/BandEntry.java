package uk.lantern.engine.catalogue;

import uk.lantern.engine.Band;

/**
 * A risk band as explained to workers and trainers.
 *
 * @param band            the band
 * @param label           worker-facing name ("Lower risk", "Some risk", "Higher risk"): the only name
 *                        staff and the public see for the band
 * @param threshold       the score range in words, matching the band rules
 * @param thresholdSource where the score range comes from; the bands are expert-set
 * @param publicWords     kind words for the public, never a bare label and never praise of
 *                        connections the person may not have
 * @param reason          why a total in this range gives this band, in plain English
 * @param thresholdNote   why the cut-offs are expert-set, starting "Expert-set"
 */
public record BandEntry(Band band, String label, String threshold, WeightSource thresholdSource, String publicWords,
        String reason, String thresholdNote) {
}
