package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds whole numbers in words, written as digits ("82") or spelt out ("eighty two",
 * "eighty-two", "a hundred and one").
 */
final class NumberWords {

    /** A number found at words {@code start} (inclusive) to {@code end} (exclusive). */
    record Mention(int value, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    private NumberWords() {
    }

    static List<Mention> findIn(Words words) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String token = words.get(i);
            if (token.matches("[0-9]{1,6}")) {
                mentions.add(new Mention(Integer.parseInt(token), i, i + 1));
                i++;
            } else if (startsSpeltYear(words, i)) {
                // "nineteen thirty eight": a year said as people say it.
                Mention rest = readSpelt(words, i + 1);
                mentions.add(new Mention(1900 + rest.value(), i, rest.end()));
                i = rest.end();
            } else if (startsSpeltNumber(words, i)) {
                Mention spelt = readSpelt(words, i);
                mentions.add(spelt);
                i = spelt.end();
            } else {
                i++;
            }
        }
        return scored(words, mentions);
    }

    /**
     * "Three score years and ten", "four score": a score is twenty, and the "and ten" after it
     * joins the same number.
     */
    private static List<Mention> scored(Words words, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int at = m.end();
            if (at < words.size() && words.get(at).equals("score")) {
                int value = m.value() * 20;
                int end = at + 1;
                if (end < words.size() && words.get(end).equals("years")) {
                    end++;
                }
                if (end < words.size() && words.get(end).equals("and") && k + 1 < mentions.size()
                        && mentions.get(k + 1).start() == end + 1 && mentions.get(k + 1).value() < 20) {
                    value += mentions.get(k + 1).value();
                    end = mentions.get(k + 1).end();
                    k++;
                }
                out.add(new Mention(value, m.start(), end));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "nineteen" followed by tens ("nineteen forty four", "nineteen fifty"): a year in the 1900s. */
    private static boolean startsSpeltYear(Words words, int i) {
        return words.get(i).equals("nineteen") && i + 1 < words.size() && TENS.containsKey(words.get(i + 1));
    }

    private static boolean startsSpeltNumber(Words words, int i) {
        String token = words.get(i);
        return UNITS.containsKey(token) || TENS.containsKey(token) || token.equals("hundred")
                || (token.equals("a") && i + 1 < words.size() && words.get(i + 1).equals("hundred"));
    }

    /** Reads hundreds, then tens, then units, each at most once and in that order. */
    private static Mention readSpelt(Words words, int start) {
        int value = 0;
        int i = start;
        boolean hadHundred = false;
        boolean hadTens = false;
        boolean hadUnits = false;
        if (words.get(i).equals("a")) {
            i++;
        }
        while (i < words.size()) {
            String token = words.get(i);
            if (token.equals("hundred") && !hadHundred && !hadTens) {
                value = (value == 0 ? 1 : value) * 100;
                hadHundred = true;
                hadUnits = false;
            } else if (token.equals("and") && hadHundred && !hadTens && !hadUnits && i + 1 < words.size()
                    && (UNITS.containsKey(words.get(i + 1)) || TENS.containsKey(words.get(i + 1)))) {
                // "a hundred and one": the "and" joins the parts of one number
            } else if (TENS.containsKey(token) && !hadTens && !hadUnits) {
                value += TENS.get(token);
                hadTens = true;
            } else if (token.matches("[1-9]") && hadTens && !hadUnits) {
                // "seventy 6": the tens spelt, the units typed
                value += Integer.parseInt(token);
                hadUnits = true;
            } else if (UNITS.containsKey(token) && !hadUnits && (!hadTens || UNITS.get(token) < 10)) {
                value += UNITS.get(token);
                hadUnits = true;
            } else {
                break;
            }
            i++;
        }
        return new Mention(value, start, i);
    }
}
