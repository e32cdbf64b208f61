package uk.lantern.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The screening's risk band. The score ranges live in the band rules and the catalogue. */
public enum Band {
    @JsonProperty("low")
    LOW,
    @JsonProperty("moderate")
    MODERATE,
    @JsonProperty("high")
    HIGH
}
