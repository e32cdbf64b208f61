package uk.lantern.engine.interpret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * The fallback reading, used only when the rules could not decide: a multinomial Naive Bayes
 * classifier per question, trained on the labelled answer sets that ship with the engine
 * ({@code lantern/interpret/training.txt} lists them), over the normalised words of an answer
 * (slips put right, see {@link Words}) and each pair of neighbouring words.
 *
 * <p>It reads only yes/no and single-choice questions, and keeps an answer only when it is sure:
 * the best value's probability is at least {@link #LEAST_CONFIDENCE}, at least half the answer's
 * words that carry sense (not "I", "the", "to") were seen in training for that question, and the best value is not "ask again"
 * (answers the sets mark {@code unclear} are trained as a value of their own, so that wording
 * which should be asked again pulls the answer away from a guess). Everything else stays
 * unclear. Deterministic: the same training sets and answer always give the same reading.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TrainedReading {

    /** Probability the best value must reach; chosen by cross-validation (docs/interpretation.md). */
    public static final double LEAST_CONFIDENCE = 0.99;
    /** Share of an answer's words that must have been seen in training for the question. */
    static final double LEAST_KNOWN = 0.5;
    /** Laplace smoothing. */
    private static final double ALPHA = 1.0;
    /** The value for an answer that should be asked again. */
    static final String ASK_AGAIN = "unclear";
    private static final String FOLDER = "/lantern/interpret/";
    /** Words that deny what follows (apostrophes are already dropped: "don't" is "dont"). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "dont", "doesnt", "didnt", "cant",
            "cannot", "wont", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "wouldnt", "couldnt",
            "shouldnt", "nobody", "nothing", "nowhere", "neither", "nor", "without", "hardly", "barely");
    /**
     * Words that carry no sense on their own ("I", "the", "to"); alone they only echo how often a
     * value was written in long sentences, so they count only inside a pair of words.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("i", "im", "ive", "id", "ill", "me", "my", "a", "an",
            "the", "to", "of", "in", "on", "at", "for", "with", "it", "its", "is", "was", "be", "and", "or", "that",
            "this", "we", "he", "she", "they", "them", "his", "her", "our", "you", "your", "as", "by", "from", "up",
            "do", "have", "has", "had", "am", "are", "so", "just", "when", "if", "there", "what", "would", "get", "got");
    /** How many words after a negation count as denied. */
    private static final int NEGATION_REACH = 3;
    /** Words that end a negation's reach early. */
    private static final Set<String> CLAUSE_ENDS = Set.of("but", "though", "although", "because", "so", "and");

    /** No training at all: the rules alone. */
    private static final TrainedReading NONE = new TrainedReading(Map.of(), LEAST_CONFIDENCE);

    /**
     * One labelled answer.
     *
     * @param questionId the question it answers
     * @param label      the value as a corpus file writes it: {@code yes}, {@code no}, an option id,
     *                   or {@code unclear}
     * @param answer     what was typed
     * @param line       the line of its file, from 1, or 0 when it comes from no file
     */
    public record Example(String questionId, String label, String answer, int line) {

        /** An example from no file. */
        public Example(String questionId, String label, String answer) {
            this(questionId, label, answer, 0);
        }
    }

    /**
     * A sure reading and why.
     *
     * @param label      the value as a corpus file writes it ({@code yes}, {@code no} or an option id)
     * @param confidence the value's probability, 0 to 1
     * @param cues       the answer's words that weighed most towards it, strongest first
     */
    public record Guess(String label, double confidence, List<String> cues) {
    }

    /** Counts for one question. */
    private record Model(Map<String, Integer> examples, Map<String, Map<String, Integer>> counts,
            Map<String, Integer> totals, Set<String> vocabulary) {
    }

    private final Map<String, Model> models;
    private final double leastConfidence;

    private TrainedReading(Map<String, Model> models, double leastConfidence) {
        this.models = Map.copyOf(models);
        this.leastConfidence = leastConfidence;
    }

    /** The rules alone, with no trained fallback. */
    public static TrainedReading none() {
        return NONE;
    }

    /**
     * Trained on the sets listed in {@code lantern/interpret/training.txt} on the class path.
     *
     * @throws UncheckedIOException when the list or a set cannot be read
     * @throws IllegalStateException when a line of a set is malformed
     */
    public static TrainedReading shipped() {
        return Shipped.READING;
    }

    /** Trained once, on first use, since the sets do not change while the application runs. */
    private static final class Shipped {
        static final TrainedReading READING = train();
    }

    private static TrainedReading train() {
        List<Example> examples = new ArrayList<>();
        for (String file : lines("training.txt")) {
            examples.addAll(parse(file, lines(file)));
        }
        return trainedOn(examples);
    }

    /**
     * Trained on these examples. Examples whose label holds several values ({@code a|b}) or is
     * {@code service_question} teach nothing here and are passed over.
     */
    public static TrainedReading trainedOn(Collection<Example> examples) {
        return trainedOn(examples, LEAST_CONFIDENCE);
    }

    /** As {@link #trainedOn(Collection)} with another confidence bar, for cross-validation. */
    static TrainedReading trainedOn(Collection<Example> examples, double leastConfidence) {
        Map<String, Map<String, Integer>> examplesBy = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> countsBy = new TreeMap<>();
        for (Example e : examples) {
            String label = e.label().strip();
            if (label.contains("|") || label.equals("service_question")) {
                continue;
            }
            examplesBy.computeIfAbsent(e.questionId(), k -> new TreeMap<>()).merge(label, 1, Integer::sum);
            Map<String, Integer> counts = countsBy.computeIfAbsent(e.questionId(), k -> new TreeMap<>())
                    .computeIfAbsent(label, k -> new HashMap<>());
            features(e.answer()).forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        Map<String, Model> models = new HashMap<>();
        examplesBy.forEach((question, perLabel) -> {
            Map<String, Map<String, Integer>> counts = countsBy.get(question);
            Map<String, Integer> totals = new TreeMap<>();
            Set<String> vocabulary = new LinkedHashSet<>();
            counts.forEach((label, c) -> {
                totals.put(label, c.values().stream().mapToInt(Integer::intValue).sum());
                vocabulary.addAll(c.keySet());
            });
            models.put(question, new Model(perLabel, counts, totals, vocabulary));
        });
        return new TrainedReading(models, leastConfidence);
    }

    /**
     * Reads {@code text} for {@code question} when sure, as the value the questionnaire keeps.
     *
     * @return the reading, or empty when the question is not yes/no or single choice, nothing was
     *         trained for it, or the reading is not sure enough
     */
    public Optional<Interpretation> read(Question question, String text) {
        return guess(question, text).map(g -> Interpretation.understood(
                question.type() == AnswerType.YES_NO ? (Object) "yes".equals(g.label()) : g.label()));
    }

    /** The sure reading with its cues, or empty (see {@link #read}). */
    public Optional<Guess> guess(Question question, String text) {
        Model model = models.get(question.id());
        if (model == null || !(question.type() == AnswerType.YES_NO || question.type() == AnswerType.SINGLE_CHOICE)) {
            return Optional.empty();
        }
        List<String> unigrams = Words.of(text).tokens().stream().filter(t -> !FUNCTION_WORDS.contains(t)).toList();
        if (unigrams.isEmpty()) {
            return Optional.empty();
        }
        long known = unigrams.stream().filter(model.vocabulary()::contains).count();
        if (known < LEAST_KNOWN * unigrams.size()) {
            return Optional.empty();
        }
        List<String> seen = features(text).stream().filter(model.vocabulary()::contains).toList();
        int examples = model.examples().values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> logs = new TreeMap<>();
        model.examples().forEach((label, n) -> {
            double log = Math.log((double) n / examples);
            for (String f : seen) {
                log += logLikelihood(model, label, f);
            }
            logs.put(label, log);
        });
        String best = logs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double top = logs.get(best);
        double sum = logs.values().stream().mapToDouble(l -> Math.exp(l - top)).sum();
        double confidence = 1 / sum;
        if (best.equals(ASK_AGAIN) || confidence < leastConfidence || !fits(question, best)) {
            return Optional.empty();
        }
        List<String> cues = seen.stream().distinct()
                .sorted((a, b) -> Double.compare(lead(model, best, b), lead(model, best, a)))
                .limit(3).toList();
        return Optional.of(new Guess(best, confidence, cues));
    }

    /** How much more a feature points to {@code label} than to any other value. */
    private static double lead(Model model, String label, String feature) {
        double own = logLikelihood(model, label, feature);
        double other = model.examples().keySet().stream().filter(l -> !l.equals(label))
                .mapToDouble(l -> logLikelihood(model, l, feature)).max().orElse(own);
        return own - other;
    }

    private static double logLikelihood(Model model, String label, String feature) {
        int count = model.counts().getOrDefault(label, Map.of()).getOrDefault(feature, 0);
        int total = model.totals().getOrDefault(label, 0);
        return Math.log((count + ALPHA) / (total + ALPHA * model.vocabulary().size()));
    }

    private static boolean fits(Question question, String label) {
        return question.type() == AnswerType.YES_NO
                ? label.equals("yes") || label.equals("no")
                : question.option(label).isPresent();
    }

    /**
     * The normalised words of an answer, each pair of neighbouring words, and each of the
     * {@link #NEGATION_REACH} words after a negation marked as negated ("I don't skimp on the
     * heating" gives {@code not:skimp}), so that a word and its denial do not count alike.
     */
    static List<String> features(String text) {
        List<String> tokens = Words.of(text).tokens();
        List<String> features = new ArrayList<>(tokens.stream().filter(t -> !FUNCTION_WORDS.contains(t)).toList());
        for (int i = 1; i < tokens.size(); i++) {
            features.add(tokens.get(i - 1) + " " + tokens.get(i));
        }
        int reach = 0;
        for (String token : tokens) {
            if (NEGATIONS.contains(token)) {
                reach = NEGATION_REACH;
            } else if (reach > 0) {
                features.add("not:" + token);
                reach = CLAUSE_ENDS.contains(token) ? 0 : reach - 1;
            }
        }
        return features;
    }

    /**
     * The examples in one corpus file's lines: {@code question_id <TAB> expected <TAB> answer},
     * skipping blank lines, {@code #} comments and a header; {@code true}/{@code false} are yes/no.
     *
     * @throws IllegalStateException when a line has fewer than three cells
     */
    public static List<Example> parse(String file, List<String> lines) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("question_id\t"))) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            if (cells.length < 3) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": needs three tab-separated cells");
            }
            String label = cells[1].strip().toLowerCase(java.util.Locale.UK);
            label = label.equals("true") ? "yes" : label.equals("false") ? "no" : label;
            examples.add(new Example(cells[0].strip(), label, cells[2], i + 1));
        }
        return examples;
    }

    private static List<String> lines(String name) {
        try (InputStream in = TrainedReading.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + FOLDER + name));
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return name.equals("training.txt")
                    ? lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()
                    : lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
