package uk.lantern.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Analysis for services. Documents are indexed with {@link EnglishAnalyzer}; queries go through
 * the same chain with a synonym step added after lower-casing. Synonyms live only on the query
 * side so the list can change without re-indexing, and are written as plain words because
 * stemming happens after them. Groups avoid stop words ("care for") since the stop filter runs
 * after the synonym graph and would break multi-word entries.
 */
public final class DirectoryAnalysis {
    /** Field for "did you mean": plain lower-cased words, no stemming, so suggestions are real words. */
    static final String SPELL_FIELD = "spell";

    /** The curated synonym list: one group per line; its source and editing rules are in the file. */
    static final String SYNONYMS_RESOURCE = "/lantern/directory/synonyms.txt";
    static final List<List<String>> SYNONYM_GROUPS = readGroups();
    /**
     * The list's one-way lines ("wheelchair, mobility scooter => disabled"): each word or phrase on the left also
     * matches those on the right, never the reverse, for words that say a need in other terms than the services
     * use, where the reverse would widen a search wrongly (a search for "disabled" finding every venue that says
     * it is wheelchair accessible).
     */
    static final List<OneWay> ONE_WAY = readOneWay();

    /** One one-way line: {@code from => to}. */
    record OneWay(List<String> from, List<String> to) {
    }
    /** Every single word of the list, for {@link #knownWord}. */
    private static final java.util.Set<String> VOCABULARY = vocabulary();

    private static final SynonymMap SYNONYMS = buildSynonyms();
    private static final LuceneLevenshteinDistance SLIPS = new LuceneLevenshteinDistance();

    private DirectoryAnalysis() {
    }

    private static List<List<String>> readGroups() {
        try (java.io.InputStream in = DirectoryAnalysis.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The synonym list " + SYNONYMS_RESOURCE + " is missing from the classpath.");
            }
            List<List<String>> groups = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.contains("=>")) {
                    groups.add(entries(trimmed));
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search synonyms", e);
        }
    }

    private static List<OneWay> readOneWay() {
        try (java.io.InputStream in = DirectoryAnalysis.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            List<OneWay> lines = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.startsWith("#") && trimmed.contains("=>")) {
                    String[] sides = trimmed.split("=>", 2);
                    lines.add(new OneWay(entries(sides[0]), entries(sides[1])));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search synonyms", e);
        }
    }

    private static List<String> entries(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static java.util.Set<String> vocabulary() {
        java.util.Set<String> words = new java.util.HashSet<>();
        SYNONYM_GROUPS.forEach(g -> g.forEach(phrase -> words.addAll(List.of(phrase.split(" ")))));
        ONE_WAY.forEach(o -> java.util.stream.Stream.concat(o.from().stream(), o.to().stream())
                .forEach(phrase -> words.addAll(List.of(phrase.split(" ")))));
        return java.util.Set.copyOf(words);
    }

    /**
     * True when the words hold, as whole words, the left side of one of the list's one-way lines ("i dont want to
     * be here anymore" holds "dont want to be here"): the request says, in words no service uses, something the
     * line sends to services that do (round 20, g27: read before deciding nothing fits, since those words are
     * mostly ones a search otherwise drops as words of form).
     *
     * @param text the person's words, any case; null gives false
     */
    public static boolean saysAOneWayPhrase(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String words = " " + String.join(" ", text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'')
                .split("[^a-z0-9']+")).strip() + " ";
        return ONE_WAY.stream().flatMap(o -> o.from().stream()).anyMatch(from -> words.contains(" " + from + " "));
    }

    /**
     * True for a word of the curated list ("deaf", "ipad", the "round" of "pop round"): meant as written, never
     * "corrected", nor read as a slip of another word.
     */
    public static boolean knownWord(String lowerCaseWord) {
        return VOCABULARY.contains(lowerCaseWord);
    }

    /**
     * The word of the curated list clearly nearest to a word it does not hold ("emial" email,
     * "perscription" prescription): at least {@link ServiceSearch#SPELLING_ACCURACY} alike by Lucene's
     * Levenshtein measure (a swap of two letters is one slip), the same first letter, and no other word
     * of the list as near. Empty for words of three letters or fewer; four-letter words by
     * {@link #nearestFourLetterWord}.
     */
    static Optional<String> nearestKnownWord(String lowerCaseWord) {
        if (lowerCaseWord.length() == 4) {
            return nearestFourLetterWord(lowerCaseWord);
        }
        if (lowerCaseWord.length() < 4) {
            return Optional.empty();
        }
        String best = null;
        float bestSimilarity = 0;
        boolean tie = false;
        for (String known : VOCABULARY) {
            if (known.length() <= 4 || known.charAt(0) != lowerCaseWord.charAt(0)) {
                continue;
            }
            float similarity = SLIPS.getDistance(lowerCaseWord, known);
            if (similarity >= ServiceSearch.SPELLING_ACCURACY && similarity >= bestSimilarity) {
                tie = similarity == bestSimilarity;
                if (similarity > bestSimilarity) {
                    best = known;
                    bestSimilarity = similarity;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /**
     * Round 15: a four-letter word one slip from exactly one four-letter word of the curated list, with the same first
     * letter ("deff" deaf), when it is no English word itself: "like", "last" and "dead" are words, so they are never
     * turned into "life", "lost" or "deaf". A slip is one letter changed or two neighbours swapped. The English
     * four-letter words are those of SCOWL's British English list as the engine ships it
     * ({@code four-letter-words.txt}; Debian package wbritish 2020.12.07, Kevin Atkinson; notice in
     * {@code four-letter-words.NOTICE.txt}).
     */
    private static Optional<String> nearestFourLetterWord(String typed) {
        if (FOUR_LETTER_WORDS.contains(typed) || !typed.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<String> near = VOCABULARY.stream()
                .filter(known -> known.length() == 4 && known.charAt(0) == typed.charAt(0))
                .filter(known -> oneSlip(typed, known))
                .toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** One letter changed, or two neighbouring letters swapped, between two words of the same length. */
    private static boolean oneSlip(String typed, String known) {
        int first = -1;
        int differ = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != known.charAt(i)) {
                differ++;
                first = first < 0 ? i : first;
            }
        }
        return differ == 1 || differ == 2 && first + 1 < typed.length() && typed.charAt(first) == known.charAt(first + 1)
                && typed.charAt(first + 1) == known.charAt(first);
    }

    private static final String FOUR_LETTER_RESOURCE = "/lantern/directory/four-letter-words.txt";
    private static final java.util.Set<String> FOUR_LETTER_WORDS = fourLetterWords();

    private static java.util.Set<String> fourLetterWords() {
        try (java.io.InputStream in = DirectoryAnalysis.class.getResourceAsStream(FOUR_LETTER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + FOUR_LETTER_RESOURCE + " is missing from the classpath.");
            }
            return java.util.Set.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the four-letter word list", e);
        }
    }

    /** Index-time analysis: English for text fields, plain words for the spelling field. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SPELL_FIELD, plainWords()));
    }

    /** Query-time analysis: the English chain plus synonyms. */
    public static Analyzer queryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new SynonymGraphFilter(stream, SYNONYMS, true);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Lower-cased words without stemming, for spelling and autocomplete. */
    public static Analyzer plainWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    private static SynonymMap buildSynonyms() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<String> group : SYNONYM_GROUPS) {
            for (String from : group) {
                for (String to : group) {
                    if (!from.equals(to)) {
                        builder.add(phrase(from), phrase(to), true);
                    }
                }
            }
        }
        for (OneWay line : ONE_WAY) {
            for (String from : line.from()) {
                for (String to : line.to()) {
                    builder.add(phrase(from), phrase(to), true);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the search synonyms", e);
        }
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }
}
