package uk.lantern.engine.facts;

/**
 * One part of a measure: an item score, an index point or a model's log-odds term. The rules add
 * terms up into a {@link MeasureValue}; the terms are kept so the result can show its working.
 */
public final class MeasureTerm {

    private final String measure;
    private final String term;
    private final double value;

    MeasureTerm(String measure, String term, double value) {
        this.measure = measure;
        this.term = term;
        this.value = value;
    }

    public String getMeasure() {
        return measure;
    }

    public String getTerm() {
        return term;
    }

    public double getValue() {
        return value;
    }
}
