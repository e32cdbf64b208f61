package uk.lantern.engine.facts;

/**
 * A measure the rules decided not to compute for this screening, with the code of the reason
 * (the wording is the measure's {@code notComputed} entry in the catalogue). Inserting it stops
 * the measure's terms from being added, so no estimate is made outside what its source supports.
 */
public final class MeasureWithheld {

    private final String measure;
    private final String reason;

    MeasureWithheld(String measure, String reason) {
        this.measure = measure;
        this.reason = reason;
    }

    public String getMeasure() {
        return measure;
    }

    /** The reason's code, a key of the measure's {@code notComputed} wording. */
    public String getReason() {
        return reason;
    }
}
