package uk.lantern.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

    static final List<List<String>> SYNONYM_GROUPS = List.of(
            List.of("lunch club", "luncheon club", "dining club"),
            List.of("befriender", "befriending", "visitor", "companion", "companionship", "friend", "visit"),
            List.of("carer", "caregiver", "caring", "looking after"),
            List.of("lift", "transport", "ride", "driver", "journey"),
            List.of("break", "respite"),
            List.of("lonely", "isolated", "alone", "loneliness", "isolation"),
            List.of("elderly", "older", "senior", "pensioner"),
            List.of("computer", "digital", "internet", "online", "tablet", "smartphone"),
            List.of("bereavement", "bereaved", "grief", "grieving", "widow", "widower", "died", "death", "passed away"),
            List.of("heating", "heat", "warm", "warmth", "fuel", "energy"),
            List.of("phone", "telephone", "call", "ring"),
            List.of("money", "income", "benefits", "debt", "afford", "bills"),
            List.of("exercise", "fitness", "sport", "physical activity"),
            List.of("depression", "anxiety", "low mood", "mental health"),
            List.of("sight", "vision", "blind"),
            List.of("hearing", "deaf"),
            List.of("gp", "doctor"),
            List.of("hospital", "clinic"),
            List.of("chat", "talk", "conversation"));

    private static final SynonymMap SYNONYMS = buildSynonyms();

    private DirectoryAnalysis() {
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
