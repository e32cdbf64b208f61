package uk.lantern.engine.interpret;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A typed answer reduced to lower-case words: apostrophes dropped ("don't" becomes "dont"),
 * hyphens and other punctuation turned into spaces, spaces collapsed, and common slips put
 * right ({@link Slips}: "yess" is "yes", "nto" is "not").
 */
record Words(List<String> tokens) {

    Words {
        tokens = List.copyOf(tokens);
    }

    static Words of(String text) {
        if (text == null) {
            return new Words(List.of());
        }
        String plain = text.toLowerCase(Locale.UK)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (plain.isEmpty()) {
            return new Words(List.of());
        }
        String meant = Arrays.stream(plain.split(" ")).map(Slips::putRight).collect(Collectors.joining(" "));
        return new Words(Arrays.asList(meant.split(" ")));
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    int size() {
        return tokens.size();
    }

    String get(int index) {
        return tokens.get(index);
    }

    String joined() {
        return String.join(" ", tokens);
    }

    /** Whether the words include the phrase as whole words. */
    boolean has(String phrase) {
        return (" " + joined() + " ").contains(" " + phrase + " ");
    }

    boolean hasAny(List<String> phrases) {
        return phrases.stream().anyMatch(this::has);
    }
}
