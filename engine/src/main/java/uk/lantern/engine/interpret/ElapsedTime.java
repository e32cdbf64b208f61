package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How long ago something happened, or how long it has lasted, said as a span of time: "18
 * months ago", "a year and a half back", "for two and a half years", "six weeks". The span is in
 * months, so a cut-off in years ("in the last two years") can be tested at its boundary: 24
 * months is within two years, 25 is not. Only a number (or "a", "an", "a couple of") joined to a
 * unit counts; "a few years" is no span, and two different spans are none.
 */
final class ElapsedTime {

    private static final Map<String, Double> MONTHS_PER_UNIT = Map.ofEntries(
            Map.entry("year", 12.0), Map.entry("years", 12.0), Map.entry("yr", 12.0), Map.entry("yrs", 12.0),
            Map.entry("month", 1.0), Map.entry("months", 1.0),
            Map.entry("week", 12.0 / 52), Map.entry("weeks", 12.0 / 52),
            Map.entry("day", 12.0 / 365), Map.entry("days", 12.0 / 365));

    private ElapsedTime() {
    }

    /** A span of {@code months} months said in words {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(double months, int start, int end) {

        /** "18 months ago", "a year back", "five years since my husband went". */
        boolean ago(Words words) {
            return end < words.size() && (words.get(end).equals("ago") || words.get(end).equals("back")
                    || words.get(end).equals("since"));
        }

        /** The span comes within {@code reach} words after {@code word}: "retired 18 months ago". */
        boolean after(Words words, String word, int reach) {
            for (int j = Math.max(0, start - reach); j < start; j++) {
                if (words.get(j).equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The one length of the spans given, in months, or empty when there is none or they differ. */
    static Optional<Double> oneLength(List<Span> spans) {
        TreeSet<Double> lengths = new TreeSet<>();
        spans.forEach(s -> lengths.add(s.months()));
        return lengths.size() == 1 ? Optional.of(lengths.first()) : Optional.empty();
    }

    /** Every span of time named, in order. */
    static List<Span> find(Words words) {
        List<Span> spans = new ArrayList<>();
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        for (int i = 0; i < words.size(); i++) {
            Double perUnit = MONTHS_PER_UNIT.get(words.get(i));
            if (perUnit == null) {
                continue;
            }
            Optional<Count> count = countBefore(words, numbers, i);
            if (count.isEmpty()) {
                continue;
            }
            double howMany = count.get().value();
            int end = i + 1;
            // "a year and a half", "two years and six months"
            if (i + 3 < words.size() && words.get(i + 1).equals("and") && words.get(i + 2).equals("a")
                    && words.get(i + 3).equals("half")) {
                howMany += 0.5;
                end = i + 4;
            }
            spans.add(new Span(howMany * perUnit, count.get().start(), end));
        }
        return spans;
    }

    private record Count(double value, int start) {
    }

    /** "18", "eighteen", "a", "an", "a couple of", "two and a half", "half a" before the unit at {@code unit}. */
    private static Optional<Count> countBefore(Words words, List<NumberWords.Mention> numbers, int unit) {
        for (NumberWords.Mention m : numbers) {
            if (m.end() == unit) {
                return Optional.of(new Count(m.value(), m.start()));
            }
            // "two and a half years"
            if (m.end() + 3 == unit && words.get(m.end()).equals("and") && words.get(m.end() + 1).equals("a")
                    && words.get(m.end() + 2).equals("half")) {
                return Optional.of(new Count(m.value() + 0.5, m.start()));
            }
        }
        if (unit >= 1 && (words.get(unit - 1).equals("a") || words.get(unit - 1).equals("an"))) {
            boolean half = unit >= 2 && words.get(unit - 2).equals("half");
            return Optional.of(new Count(half ? 0.5 : 1.0, half ? unit - 2 : unit - 1));
        }
        if (unit >= 3 && words.get(unit - 1).equals("of") && words.get(unit - 2).equals("couple")
                && words.get(unit - 3).equals("a")) {
            return Optional.of(new Count(2.0, unit - 3));
        }
        return Optional.empty();
    }
}
