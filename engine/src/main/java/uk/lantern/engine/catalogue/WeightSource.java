package uk.lantern.engine.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a factor's points, a band's cut-off, a need's link to its factors or an urgent concern's trigger
 * comes from: a published source, or the judgement of the rule authors.
 */
public enum WeightSource {
    /** Derived from or supported by the publications named in the entry's source. */
    @JsonProperty("published")
    PUBLISHED,
    /** Set by the rule authors because no published figure or finding was found; always shown as such. */
    @JsonProperty("expert-set")
    EXPERT_SET
}
