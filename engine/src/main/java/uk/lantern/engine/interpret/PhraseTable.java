package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more words, each with a meaning, found in a typed answer by reading left to
 * right and taking the longest phrase that starts at each word. So "not often" is read as one
 * phrase and its "often" is not read again, and "i dont know" wins over "i dont".
 *
 * <p>A phrase straight after a negating word ("not working", "never married") is reported as
 * negated, so a reader can refuse to take it at face value.
 */
final class PhraseTable<T> {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "dont", "isnt", "arent", "wasnt", "nor");

    /** Words that may stand between a negation and what it negates. */
    private static final Set<String> DEGREE = Set.of("as", "so", "that", "very", "too", "quite", "all", "particularly",
            "really", "overly", "terribly");

    /** A phrase found in the words. */
    record Found<T>(String phrase, T meaning, int start, boolean negated) {
    }

    private final Map<List<String>, T> phrases = new LinkedHashMap<>();
    private int longest;

    PhraseTable<T> add(String phrase, T meaning) {
        List<String> key = Arrays.asList(Words.of(phrase).tokens().toArray(String[]::new));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("An empty phrase cannot be looked for");
        }
        phrases.putIfAbsent(List.copyOf(key), meaning);
        longest = Math.max(longest, key.size());
        return this;
    }

    List<Found<T>> findIn(Words words) {
        List<Found<T>> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int length = Math.min(longest, words.size() - i); length > 0 && matched == 0; length--) {
                T meaning = phrases.get(words.tokens().subList(i, i + length));
                if (meaning != null) {
                    // "not good", and "not as good", "not that good", "not so bad"
                    boolean negated = (i > 0 && NEGATIONS.contains(words.get(i - 1)))
                            || (i > 1 && NEGATIONS.contains(words.get(i - 2)) && DEGREE.contains(words.get(i - 1)));
                    found.add(new Found<>(String.join(" ", words.tokens().subList(i, i + length)), meaning, i, negated));
                    matched = length;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }
}
