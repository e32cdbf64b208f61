package uk.lantern.web.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.catalogue.NeedEntry;
import uk.lantern.engine.questionnaire.Question;

/**
 * Finds risk factors by words in their name, plain explanation, evidence or the text of the
 * questions that reveal them, with a small Lucene index held in memory (the catalogue has a few
 * dozen factors). Every word of the query must match (so more words narrow the list), in one of
 * three ways: the same word stem ("driving" finds "drive"), the start of a word ("driv"), or a
 * slip of one letter after the first, or two in words of ten letters or more ("lonley", "heraing"). Everyday
 * words reach the catalogue's own through the rule base's {@code catalogue-synonyms.txt}
 * ("deaf" finds hearing loss, "husband died" finds being widowed). Best matches first.
 */
@Component
class FactorSearch {

    static final String SYNONYMS = "lantern/training/catalogue-synonyms.txt";
    /** Stemmed words, for matches by stem. */
    private static final String TEXT = "text";
    /** The same words as written (lower case), for prefixes and slips: a stem hides a typo's shape. */
    private static final String WORDS = "words";
    private static final String POSITION = "position";
    /** Words shorter than this are matched exactly or as a prefix, never as a slip: "car" is not "cat". */
    private static final int SHORTEST_FUZZY = 4;
    /** Words this long or longer may have two slips ("loneliness" as "lonlyness"). */
    private static final int LONGEST_ONE_SLIP = 10;
    private static final int LONGEST_QUERY_WORDS = 12;

    /** A factor as the catalogue page shows it. */
    record FactorView(FactorEntry entry, List<Question> questions, List<NeedEntry> needs, List<RulePage> rules) {

        public String anchor() {
            return "factor-" + entry.id();
        }
    }

    private final List<FactorView> factors;
    /** Per field: the global reuse strategy would hand the stemming chain to the unstemmed field too. */
    private final Analyzer indexAnalyzer = new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer words = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(new LowerCaseFilter(words));
            return new TokenStreamComponents(words, fieldName.equals(TEXT) ? new PorterStemFilter(stream) : stream);
        }
    };
    private final Analyzer queryAnalyzer;
    private final IndexSearcher searcher;

    FactorSearch(RuleBase ruleBase, TrainingRules rules) {
        List<FactorView> views = new ArrayList<>();
        ByteBuffersDirectory index = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(indexAnalyzer))) {
            for (FactorEntry f : ruleBase.catalogue().factors().values()) {
                List<Question> questions = f.questions().stream()
                        .flatMap(id -> ruleBase.questionnaire().question(id).stream()).toList();
                List<NeedEntry> needs = f.needs().stream().map(id -> ruleBase.catalogue().needs().get(id)).toList();
                StringBuilder text = new StringBuilder()
                        .append(f.label()).append(". ").append(f.reason()).append(". ").append(f.evidence());
                questions.forEach(q -> text.append(". ").append(q.text()));
                Document doc = new Document();
                doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
                doc.add(new TextField(WORDS, text.toString(), Field.Store.NO));
                doc.add(new StoredField(POSITION, views.size()));
                writer.addDocument(doc);
                views.add(new FactorView(f, questions, needs, rules.serving("factor", f.id())));
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.factors = List.copyOf(views);
        SynonymMap synonyms = synonyms();
        this.queryAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words,
                        new SynonymGraphFilter(new EnglishPossessiveFilter(new LowerCaseFilter(words)), synonyms, true));
            }
        };
    }

    List<FactorView> all() {
        return factors;
    }

    /** The factors matching every word of the query, best first; all of them for a blank query. */
    List<FactorView> search(String query) {
        Map<Integer, Set<String>> byPosition = alternatives(query, queryAnalyzer);
        if (byPosition.isEmpty()) {
            return factors;
        }
        Set<String> typed = new LinkedHashSet<>();
        alternatives(query, indexAnalyzer, WORDS).values().forEach(typed::addAll);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        byPosition.values().stream().limit(LONGEST_QUERY_WORDS)
                .forEach(words -> all.add(anyOf(words, typed), Occur.MUST));
        try {
            List<FactorView> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(all.build(), factors.size()).scoreDocs) {
                hits.add(factors.get(searcher.storedFields().document(hit.doc).getField(POSITION).numericValue()
                        .intValue()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the query has any word to search for. */
    static boolean hasWords(String query) {
        return query != null && query.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * One query word and its synonyms: the same stem; and for the word as typed (not its synonyms,
     * which are whole words spelt right) a word starting with it or one or two letters away.
     */
    private Query anyOf(Set<String> words, Set<String> typed) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(new TermQuery(new Term(TEXT, stem(word))), Occur.SHOULD);
            if (typed.contains(word)) {
                any.add(new PrefixQuery(new Term(WORDS, word)), Occur.SHOULD);
                if (word.length() >= SHORTEST_FUZZY) {
                    // The first letter must be right: people rarely slip on it, and "driving" is not "living".
                    any.add(new FuzzyQuery(new Term(WORDS, word), word.length() >= LONGEST_ONE_SLIP ? 2 : 1, 1),
                            Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    /** The query's words by position, with any synonyms the analyzer adds at the same position. */
    private Map<Integer, Set<String>> alternatives(String query, Analyzer analyzer) {
        return alternatives(query, analyzer, TEXT);
    }

    private static Map<Integer, Set<String>> alternatives(String query, Analyzer analyzer, String field) {
        Map<Integer, Set<String>> byPosition = new LinkedHashMap<>();
        if (!hasWords(query)) {
            return byPosition;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                byPosition.computeIfAbsent(position, p -> new LinkedHashSet<>()).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPosition;
    }

    private String stem(String word) {
        try (TokenStream tokens = indexAnalyzer.tokenStream(TEXT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? term.toString() : word;
            tokens.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap synonyms() {
        try (InputStream in = FactorSearch.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is not on the classpath");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, new KeywordAnalyzer());
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " is not in Solr synonym format: " + e.getMessage(), e);
        }
    }
}
