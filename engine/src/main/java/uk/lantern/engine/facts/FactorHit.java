package uk.lantern.engine.facts;

/** A risk factor found in the answers, with the points the catalogue gives it. */
public final class FactorHit {

    private final String factor;
    private final int points;

    FactorHit(String factor, int points) {
        this.factor = factor;
        this.points = points;
    }

    public String getFactor() {
        return factor;
    }

    public int getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return factor + "(+" + points + ")";
    }
}
