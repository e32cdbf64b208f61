package uk.lantern.engine.safeguarding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A second opinion on messages the safeguarding rules and the {@link WordingModel} passed over in
 * silence, by meaning rather than by words: each message is turned into a sentence embedding by
 * all-MiniLM-L6-v2 (quantised, Apache 2.0; run in-process on ONNX Runtime through LangChain4j, so no
 * text leaves the machine), and a softmax classifier trained on the embeddings of the labelled
 * corpus says how likely it is that the message needs help, and which kind.
 *
 * <p>Measured, not shipped (round 16): at the threshold cross-validation chose it added false alarms
 * past 5% on the nineteenth outsiders' set and caught none of the bereaved wishes it was meant for
 * (docs/safeguarding.md, "Round 16 (s23)"), so it lives beside the corpus tests as a measurement.
 * {@link SecondOpinionTraining} trains it and writes its weights, with the corpus files and their
 * SHA-256 and the threshold, to {@code target/second-opinion/}{@value #FILE}; {@link #parse} reads
 * that file back. The embedding model is loaded once per JVM, on first use.
 */
final class SecondOpinion {

    /** The weights file, under the rules' folder. */
    public static final String FILE = "second-opinion.tsv";

    /** The label of the class for messages that need no help. */
    static final String NONE = "none";

    /** Longest message read, in characters: the model reads at most 256 word pieces anyway. */
    static final int MOST_CHARS = 2_000;

    /** A labelled example kept for explaining a reading: its kind and a short text from the team's corpus. */
    public record Example(Help help, String text) {
    }

    /** A file the classifier was trained on, with the SHA-256 of its bytes when it was trained. */
    public record TrainedOn(String file, String sha256) {
    }

    /**
     * The second opinion's reading of one message.
     *
     * @param help        the most probable kind of help
     * @param probability the probability, 0 to 1, that the message needs some help
     * @param nearest     the kept labelled example closest in meaning, if any
     */
    public record Reading(Help help, double probability, Optional<Example> nearest) {

        /** The concern a reading raises: the widest one whose help is {@link #help()}. */
        public Concern concern() {
            return new WordingModel.Reading(help, probability, List.of()).concern();
        }

        /**
         * The reading in plain words for a worker: {@code Close in meaning to messages about suicide
         * or self-harm (nearest example in Lantern's own labelled messages: "...")}.
         */
        public String explanation() {
            return "Close in meaning to messages needing " + help.label() + " help"
                    + nearest.map(e -> " (nearest example in Lantern's own labelled messages, needing "
                            + e.help().label() + " help: \"" + e.text() + "\")").orElse("");
        }
    }

    private final List<String> classes;
    private final float[][] weights;
    private final float[] biases;
    private final double threshold;
    private final List<Example> examples;
    private final List<TrainedOn> trainedOn;
    private volatile float[][] exampleVectors;

    SecondOpinion(List<String> classes, float[][] weights, float[] biases, double threshold, List<Example> examples,
            List<TrainedOn> trainedOn) {
        if (!classes.contains(NONE) || classes.size() < 2 || weights.length != classes.size()
                || biases.length != classes.size()) {
            throw new IllegalArgumentException("A second opinion needs a weight row and a bias for each class,"
                    + " \"none\" among them");
        }
        this.classes = List.copyOf(classes);
        this.weights = weights;
        this.biases = biases;
        this.threshold = threshold;
        this.examples = List.copyOf(examples);
        this.trainedOn = List.copyOf(trainedOn);
    }

    /** The embedding model, loaded once per JVM on first use (a few seconds). */
    private static final class Embeddings {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** The sentence embedding of a text (384 numbers, unit length), as the classifier reads it. */
    public static float[] embed(String text) {
        String cut = text.length() > MOST_CHARS ? text.substring(0, MOST_CHARS) : text;
        return Embeddings.MODEL.embed(cut).content().vector();
    }

    /**
     * Reads the weights file: {@code threshold<TAB>t}, {@code trained-on<TAB>file<TAB>sha256},
     * {@code class<TAB>label<TAB>bias<TAB>w1 w2 ...}, {@code example<TAB>label<TAB>text}; {@code #} lines
     * are comments.
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static SecondOpinion parse(String text) {
        List<String> classes = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        List<Float> biases = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        List<TrainedOn> trainedOn = new ArrayList<>();
        double threshold = Double.NaN;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "trained-on" -> trainedOn.add(new TrainedOn(f[1], f[2]));
                    case "class" -> {
                        classes.add(f[1]);
                        biases.add(Float.parseFloat(f[2]));
                        String[] w = f[3].split(" ");
                        float[] row = new float[w.length];
                        for (int j = 0; j < w.length; j++) {
                            row[j] = Float.parseFloat(w[j]);
                        }
                        rows.add(row);
                    }
                    case "example" -> examples.add(new Example(Help.ofLabel(f[1]), f[2]));
                    default -> throw new IllegalArgumentException("unknown row \"" + f[0] + "\"");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(FILE + ":" + (i + 1) + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(FILE + " needs a threshold between 0 and 1");
        }
        for (String label : classes) {
            if (!label.equals(NONE)) {
                Help.ofLabel(label);
            }
        }
        float[] b = new float[biases.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = biases.get(i);
        }
        return new SecondOpinion(classes, rows.toArray(float[][]::new), b, threshold, examples, trainedOn);
    }

    /** How likely a message must be to need help before the second opinion raises a concern. */
    public double threshold() {
        return threshold;
    }

    /** The corpus files the classifier was trained on, with their SHA-256 at the time. */
    public List<TrainedOn> trainedOn() {
        return trainedOn;
    }

    /** The kept examples, for the trainer and tests. */
    List<Example> examples() {
        return examples;
    }

    float[][] weightsForWriting() {
        return weights;
    }

    float[] biasesForWriting() {
        return biases;
    }

    /** Reads one message as a person typed it. */
    public Reading read(String message) {
        return read(embed(message));
    }

    /** Reads a message already embedded with {@link #embed}. */
    public Reading read(float[] vector) {
        double[] p = probabilities(vector);
        int none = classes.indexOf(NONE);
        int best = -1;
        for (int c = 0; c < p.length; c++) {
            if (c != none && (best < 0 || p[c] > p[best])) {
                best = c;
            }
        }
        return new Reading(Help.ofLabel(classes.get(best)), 1 - p[none], nearest(vector));
    }

    /** The class probabilities (softmax of the linear scores), in the file's class order. */
    double[] probabilities(float[] vector) {
        double[] scores = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
            double s = biases[c];
            float[] w = weights[c];
            for (int j = 0; j < w.length && j < vector.length; j++) {
                s += w[j] * vector[j];
            }
            scores[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    private Optional<Example> nearest(float[] vector) {
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        float[][] kept = exampleVectors;
        if (kept == null) {
            kept = examples.stream().map(e -> embed(e.text())).toArray(float[][]::new);
            exampleVectors = kept;
        }
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < kept.length; i++) {
            double s = 0;
            for (int j = 0; j < vector.length && j < kept[i].length; j++) {
                s += vector[j] * kept[i][j];
            }
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = i;
            }
        }
        return Optional.of(examples.get(best));
    }

    /**
     * The second opinion on a message after the rules and the wording model: a result that raised a
     * concern, or in which a look-alike rule set a figure of speech aside, stands as it is; otherwise,
     * when the message is at least {@link #threshold()} likely to need help, the concern is raised
     * with {@link Reading#explanation()}.
     */
    public SafeguardingResult reconsider(String message, SafeguardingResult found) {
        if (message == null || message.isBlank() || spoken(found)) {
            return found;
        }
        return reconsider(embed(message), found);
    }

    /** {@link #reconsider(String, SafeguardingResult)} for a message already embedded. */
    SafeguardingResult reconsider(float[] vector, SafeguardingResult found) {
        if (spoken(found)) {
            return found;
        }
        Reading reading = read(vector);
        if (reading.probability() < threshold) {
            return found;
        }
        java.util.Set<Concern> kinds = java.util.EnumSet.of(reading.concern());
        List<String> explained = new ArrayList<>(found.matchedRules());
        explained.add(reading.explanation());
        return new SafeguardingResult(true, kinds, explained, found.lookAlikes());
    }

    /** Whether the rules or the wording model spoke: a concern raised, or a figure of speech set aside. */
    private static boolean spoken(SafeguardingResult found) {
        return found.crisis() || !found.lookAlikes().isEmpty();
    }

    /** A readable summary for logs and health checks: no message text. */
    @Override
    public String toString() {
        return String.format(Locale.UK, "SecondOpinion[%d classes, threshold %.2f, %d examples, %d files]",
                classes.size(), threshold, examples.size(), trainedOn.size());
    }
}
