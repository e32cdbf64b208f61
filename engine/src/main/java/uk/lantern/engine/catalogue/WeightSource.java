package uk.lantern.engine.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a factor's points come from: a published figure, or the judgement of the rule authors. */
public enum WeightSource {
    /** Derived from a published model or ratio named in the factor's source. */
    @JsonProperty("published")
    PUBLISHED,
    /** Set by the rule authors because no published weight was found; always shown as such. */
    @JsonProperty("expert-set")
    EXPERT_SET
}
