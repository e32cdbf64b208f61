package uk.lantern.engine.catalogue;

import uk.lantern.engine.Band;

/**
 * A minimum band set by what was measured rather than by the score: for example an isolation
 * index of 4 or 5 is never "low". The floors are expert-set and labelled so.
 *
 * @param id          the id rules raise it by ({@code @bandFloor} metadata and {@code findings.floor})
 * @param label       worker-facing name of what was found
 * @param band        the lowest band a screening with this finding can get
 * @param when        the condition in words, matching the rule
 * @param publicWords words for the person chosen from what was found, shown before the band's words
 * @param source      the publications the measure comes from: publisher or authors (year), title, section
 * @param weightNote  why the floor is set where it is (expert-set)
 */
public record BandFloorEntry(String id, String label, Band band, String when, String publicWords, String source,
        String weightNote) {
}
