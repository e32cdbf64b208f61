package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds whole numbers in words, written as digits ("82") or spelt out ("eighty two",
 * "eighty-two", "a hundred and one").
 */
final class NumberWords {

    /**
     * A number found at words {@code start} (inclusive) to {@code end} (exclusive); {@code doubtful}
     * when a word after its tens looks like a unit word slipped more than one plain way ("seventy fir":
     * four or five?), so the number is asked again rather than read as the tens alone.
     */
    record Mention(int value, int start, int end, boolean doubtful) {
        Mention(int value, int start, int end) {
            this(value, start, end, false);
        }
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

    /** The unit words a slip after a tens word may stand for, one to nine. */
    private static final List<String> SLIPPED_UNITS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    /**
     * Round 12: everyday words that follow an age or count and lie near a unit word ("eighty for a
     * while", "seventy gone", "ninety now", "eighty fine thanks"): never taken for a slipped unit.
     */
    private static final Set<String> NEVER_A_UNIT = Set.of(
            "and", "for", "fore", "now", "gone", "done", "too", "tho", "there", "their", "your", "fine", "live",
            "give", "even", "none", "once", "ones", "mine", "nice", "then", "the", "odd", "ish", "old", "yrs", "yes",
            "not", "next", "last", "soon", "just", "love", "mate", "dear", "god", "lol", "haha", "thanks", "year",
            "years", "come", "its", "was", "but", "has", "had", "him", "her", "she", "his", "our", "see", "yet",
            "how", "who", "why", "off", "out", "own", "few", "sir", "sit", "sis", "this", "that", "they", "them",
            "fit", "fix", "mix", "sex", "die", "dies", "won", "wine", "line", "site", "size", "fife", "fire", "hive",
            "dive", "tour", "pour", "sour", "flour", "hour", "fur", "tree", "here", "were", "where", "more", "went",
            "seen", "been", "ever", "never", "oh");

    private NumberWords() {
    }

    /**
     * Round 12: the unit a word after a tens word was meant to be, by one slip ({@link
     * SlipCorrection#slips}: a letter added, dropped or changed, or two swapped): "tow" is two,
     * "thee" three, "foor" four, "fve" five. Empty when no unit, or more than one, is one slip away.
     * "tow" and "thee" are real words, but after "seventy" or "eighty" nothing else is meant.
     */
    static Optional<Integer> slippedUnit(String word) {
        if (word.length() < 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z') || UNITS.containsKey(word)
                || TENS.containsKey(word)) {
            // "eighty, eighty one": a tens word is itself, never a slipped "eight".
            return Optional.empty();
        }
        List<Integer> near = new ArrayList<>();
        for (int u = 0; u < SLIPPED_UNITS.size(); u++) {
            if (SlipCorrection.slips(word, SLIPPED_UNITS.get(u)) <= 1) {
                near.add(u + 1);
            }
        }
        return near.size() == 1 ? Optional.of(near.getFirst()) : Optional.empty();
    }

    /** A slipped unit word said alone ("tow", "thee"), not one of the everyday words kept as they are ("for", "none"). */
    static Optional<Integer> slippedAlone(String word) {
        return NEVER_A_UNIT.contains(word) ? Optional.empty() : slippedUnit(word);
    }

    /** A short word two slips or fewer from a unit word that is not one of the everyday words after a number. */
    private static boolean nearUnit(String word) {
        return word.length() >= 3 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !NEVER_A_UNIT.contains(word) && !UNITS.containsKey(word) && !TENS.containsKey(word)
                && SLIPPED_UNITS.stream().anyMatch(unit -> SlipCorrection.slips(word, unit) <= 2);
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
            } else if (hadTens && !hadUnits && !NEVER_A_UNIT.contains(token) && slippedUnit(token).isPresent()) {
                // Round 12: "seventy tow", "eighty thre": one slip from one unit only, after the tens.
                value += slippedUnit(token).get();
                hadUnits = true;
            } else if (hadTens && !hadUnits && nearUnit(token)) {
                // "seventy fir": a unit slipped too far, or towards two, to say which; asked again.
                return new Mention(value, start, i + 1, true);
            } else {
                break;
            }
            i++;
        }
        return new Mention(value, start, i);
    }
}
