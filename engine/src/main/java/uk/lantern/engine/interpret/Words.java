package uk.lantern.engine.interpret;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A typed answer reduced to lower-case words: apostrophes dropped ("don't" becomes "dont"),
 * hyphens and other punctuation turned into spaces, spaces collapsed, and common slips put
 * right ({@link Slips}: "yess" is "yes", "nto" is "not").
 */
record Words(List<String> tokens) {

    /** "£5", "£ 12.50": a price, kept as "5 pounds" since the pound sign is not a letter. */
    private static final Pattern PRICE = Pattern.compile("\u00a3\\s*([0-9]+)(?:\\.[0-9]{2})?");

    /** "Pardon? Only joking, yes it's bad": what comes after these is what was meant. */
    private static final List<String> RETRACTIONS = List.of("only joking", "just joking", "joking aside",
            "only kidding", "just kidding", "seriously though", "but seriously", "no seriously", "in all seriousness");

    /** Round 9b: a unit after a number, glued or shortened: "78yrs", "74yo", "81 y/o" are "78 years". */
    private static final Pattern YEARS_UNIT = Pattern.compile("(?i)\\b([0-9]+)\\s*(?:yrs|yr|yo|y/o)\\b");
    /** Round 9b: "every single evening", "every blessed day": every, said strongly. */
    private static final Pattern EVERY_SINGLE = Pattern.compile("(?i)\\bevery\\s+(?:single|blessed|livelong)\\s+(?=[a-z])");
    private static final Pattern GLUED_YEARS = Pattern.compile("(?i)\\b([0-9]+)(years?)\\b");

    Words {
        tokens = List.copyOf(tokens);
    }

    static Words of(String text) {
        if (text == null) {
            return new Words(List.of());
        }
        String plain = PRICE.matcher(GLUED_YEARS.matcher(YEARS_UNIT.matcher(EVERY_SINGLE.matcher(text).replaceAll("every ")).replaceAll("$1 years")).replaceAll("$1 $2")).replaceAll(" $1 pounds ").toLowerCase(Locale.UK)
                // Round 14: letters with accents kept as their plain letter ("sí, es difícil" is "si es dificil").
                .transform(t -> java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", ""))
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (plain.isEmpty()) {
            return new Words(List.of());
        }
        String meant = Arrays.stream(Slips.putRightPhrases(plain).split(" ")).map(Slips::putRight).collect(Collectors.joining(" "));
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

    /** The words after the last retraction ("only joking, ..."), or these words when there is none or nothing follows. */
    Words afterRetraction() {
        String joined = " " + joined() + " ";
        int cut = -1;
        for (String r : RETRACTIONS) {
            int at = joined.lastIndexOf(" " + r + " ");
            if (at >= 0) {
                cut = Math.max(cut, at + r.length() + 2);
            }
        }
        if (cut < 0 || cut >= joined.length()) {
            return this;
        }
        Words after = Words.of(joined.substring(cut));
        return after.isEmpty() ? this : after;
    }

    boolean hasAny(List<String> phrases) {
        return phrases.stream().anyMatch(this::has);
    }
}
