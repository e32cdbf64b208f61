package uk.lantern.engine.facts;

/** The computed value of a measure, which later rules interpret against its cut-offs. */
public final class MeasureValue {

    private final String measure;
    private final double value;

    MeasureValue(String measure, double value) {
        this.measure = measure;
        this.value = value;
    }

    public String getMeasure() {
        return measure;
    }

    public double getValue() {
        return value;
    }
}
