package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How often something happens, said as a rate rather than a phrase: "two or three times a month",
 * "every couple of weeks", "3 times a week", "once every six weeks". The rate is in times per
 * month (a week is 52/12 of a month), as the lowest and highest said, so a band can be tested at
 * its edges: a range that falls across two bands says neither.
 */
final class HowOften {

    private static final Map<String, Double> PER_MONTH = Map.ofEntries(
            Map.entry("day", 365.0 / 12), Map.entry("week", 52.0 / 12), Map.entry("fortnight", 26.0 / 12),
            Map.entry("month", 1.0), Map.entry("year", 1.0 / 12));
    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("day", 12.0 / 365), Map.entry("days", 12.0 / 365), Map.entry("week", 12.0 / 52),
            Map.entry("weeks", 12.0 / 52), Map.entry("fortnight", 12.0 / 26), Map.entry("fortnights", 12.0 / 26),
            Map.entry("month", 1.0), Map.entry("months", 1.0), Map.entry("year", 12.0), Map.entry("years", 12.0));
    private static final Map<String, Double> TIMES = Map.of("once", 1.0, "twice", 2.0);

    /**
     * A rate in times per month.
     *
     * @param least the lowest said ("two" of "two or three times a month")
     * @param most  the highest said
     */
    record Rate(double least, double most) {
    }

    private HowOften() {
    }

    /** The one rate said, or empty when none (or two different ones) is said. */
    static Optional<Rate> find(Words words) {
        List<String> t = words.tokens();
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        Rate found = null;
        for (int i = 0; i < t.size(); i++) {
            Rate rate = null;
            // "N times a week", "twice a month", "N or M times a month", "once a fortnight"
            if (i + 2 < t.size() && (t.get(i + 1).equals("a") || t.get(i + 1).equals("per") || t.get(i + 1).equals("every"))
                    && PER_MONTH.containsKey(t.get(i + 2))) {
                double per = PER_MONTH.get(t.get(i + 2));
                if (TIMES.containsKey(t.get(i))) {
                    rate = new Rate(TIMES.get(t.get(i)) * per, TIMES.get(t.get(i)) * per);
                } else if (t.get(i).equals("times")) {
                    Optional<double[]> counts = countsBefore(t, numbers, i);
                    if (counts.isPresent()) {
                        rate = new Rate(counts.get()[0] * per, counts.get()[1] * per);
                    }
                }
            }
            // "every two weeks", "every couple of weeks", "every 6 weeks"
            if (t.get(i).equals("every")) {
                rate = every(t, numbers, i).orElse(rate);
            }
            if (rate != null) {
                if (found != null && !found.equals(rate)) {
                    return Optional.empty();
                }
                found = rate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The count, or "N or M", ending just before {@code at}. */
    private static Optional<double[]> countsBefore(List<String> t, List<NumberWords.Mention> numbers, int at) {
        for (NumberWords.Mention m : numbers) {
            if (m.end() == at) {
                for (NumberWords.Mention first : numbers) {
                    if (first.end() + 1 == m.start() && (t.get(first.end()).equals("or") || t.get(first.end()).equals("to"))) {
                        return Optional.of(new double[] {first.value(), m.value()});
                    }
                }
                return Optional.of(new double[] {m.value(), m.value()});
            }
        }
        if (at >= 2 && t.get(at - 1).equals("of") && t.get(at - 2).equals("couple")) {
            return Optional.of(new double[] {2, 2});
        }
        return Optional.empty();
    }

    private static Optional<Rate> every(List<String> t, List<NumberWords.Mention> numbers, int at) {
        int next = at + 1;
        double count = 1;
        for (NumberWords.Mention m : numbers) {
            if (m.start() == next) {
                count = m.value();
                next = m.end();
            }
        }
        if (next + 2 < t.size() && t.get(next).equals("couple") && t.get(next + 1).equals("of")) {
            count = 2;
            next += 2;
        } else if (next < t.size() && t.get(next).equals("other")) {
            count = 2;
            next += 1;
        }
        if (next >= t.size() || !UNITS.containsKey(t.get(next)) || count <= 0) {
            return Optional.empty();
        }
        double perMonth = 1 / (count * UNITS.get(t.get(next)));
        return Optional.of(new Rate(perMonth, perMonth));
    }
}
