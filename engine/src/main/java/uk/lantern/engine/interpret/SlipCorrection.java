package uk.lantern.engine.interpret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typing slips in the interpreter's own words put right by edit distance: "lsot" is "lost",
 * "glaucome" is "glaucoma", "nieghbour" is "neighbour", "hard of hereing" is "hard of hearing".
 *
 * <p>A typed word (lower case, letters only, at least three letters) is put right only when
 * <ul>
 *   <li>it is not itself a real word: not in the interpreter's vocabulary and not in the English
 *       word list, so "now" never becomes "not" nor "hear" "here", and "bed" stays "bed";</li>
 *   <li>one word of the vocabulary is nearer to it than every other: at most one slip for words
 *       of up to six letters, two for longer ones. When several are equally near, the one that holds
 *       every letter typed is taken, and none when that is not exactly one. A slip is a letter added, dropped or changed
 *       (Levenshtein distance, Apache Commons Text), or two neighbouring letters swapped.</li>
 * </ul>
 * Otherwise the word comes back unchanged, and the answer is read (or asked again) as typed.
 *
 * <p>Sources: the vocabulary ({@code vocabulary.txt}) is the words of the interpreter's own
 * phrases that are English words, with the condition, language and day names it reads; the
 * English word list ({@code english-words.txt.gz}) is every entry, names included, of SCOWL's British
 * English list, lower-cased (Debian package wbritish 2020.12.07, Kevin Atkinson; notice in
 * {@code english-words.NOTICE.txt}) with apostrophes dropped, as {@link Words} drops them; and
 * {@code also-real.txt} holds the words of the interpreter's phrases that list lacks ("skint",
 * "brassic", the slips {@link Slips} already knows), which are never changed either.
 */
final class SlipCorrection {

    private static final String FOLDER = "/uk/lantern/engine/interpret/";
    private static final int SHORTEST = 3;
    private static final int LONG_WORD = 7;
    private static final int MOST_SLIPS = 2;

    private static final List<String> VOCABULARY = List.copyOf(read("vocabulary.txt", false));
    private static final Set<String> REAL = realWords();
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MOST_SLIPS);

    private SlipCorrection() {
    }

    /** The vocabulary word the typed word was meant to be, or the word itself when none is nearest or it is a real word. */
    static String putRight(String word) {
        if (word.length() < SHORTEST || !word.chars().allMatch(c -> c >= 'a' && c <= 'z') || REAL.contains(word)) {
            return word;
        }
        int allowed = word.length() >= LONG_WORD ? 2 : 1;
        List<String> nearest = new java.util.ArrayList<>();
        int fewest = allowed + 1;
        for (String known : VOCABULARY) {
            if (Math.abs(known.length() - word.length()) > allowed) {
                continue;
            }
            int slips = slips(word, known);
            if (slips < fewest) {
                nearest.clear();
                fewest = slips;
            }
            if (slips == fewest) {
                nearest.add(known);
            }
        }
        if (nearest.size() > 1) {
            nearest.removeIf(known -> !holdsEveryLetter(known, word));
        }
        return nearest.size() == 1 ? nearest.get(0) : word;
    }

    /** Whether the known word holds every letter typed, as often as typed: "lsot" is "lost" rather than "lot", "beter" "better" rather than "peter". */
    private static boolean holdsEveryLetter(String known, String typed) {
        int[] counts = new int[26];
        known.chars().forEach(c -> counts[c - 'a']++);
        return typed.chars().allMatch(c -> --counts[c - 'a'] >= 0);
    }

    /** Slips between two words: Levenshtein distance, with two neighbouring letters swapped counted as one; above {@link #MOST_SLIPS} is reported as one more. */
    static int slips(String typed, String known) {
        int plain = distance(typed, known);
        for (int i = 0; i + 1 < typed.length() && plain > 1; i++) {
            char[] letters = typed.toCharArray();
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char held = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = held;
            plain = Math.min(plain, 1 + distance(new String(letters), known));
        }
        return plain;
    }

    private static int distance(String a, String b) {
        int d = DISTANCE.apply(a, b);
        return d < 0 ? MOST_SLIPS + 1 : d;
    }

    private static Set<String> realWords() {
        Set<String> real = read("english-words.txt.gz", true);
        real.addAll(VOCABULARY);
        real.addAll(read("also-real.txt", false));
        return Set.copyOf(real);
    }

    private static Set<String> read(String name, boolean gzipped) {
        Set<String> words = new HashSet<>();
        try (InputStream raw = SlipCorrection.class.getResourceAsStream(FOLDER + name)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
        return words;
    }
}
