package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A multinomial Naive Bayes classifier over the words of a tidied message
 * ({@link ScreenedMessage#getText()}), trained on the labelled safeguarding corpus. It sits beside
 * the rules and catches new wordings of a known kind that no phrase list names: it says a message
 * is "worded like" messages that needed a given {@link Help}.
 *
 * <p>Features are the message's words and each pair of neighbouring words, with every person's first
 * name read as one placeholder ({@link FirstNames}), so a name carries no weight of its own. Each class (every
 * {@link Help} and "needs none") has a prior (its share of the training messages) and a
 * probability for every feature seen in training, with add-{@value #SMOOTHING} smoothing.
 * The probability that a message needs help is one minus the posterior probability of "none";
 * the kind of help is the most probable help class. Training and scoring are deterministic: the
 * same examples give the same model, and a message's features are scored in their order.
 *
 * <p>Immutable and thread-safe once trained.
 */
public final class WordingModel {

    /** Add-alpha smoothing for feature counts; chosen by cross-validation (docs/safeguarding.md). */
    static final double SMOOTHING = 0.3;
    /** How many of the words that weighed most an explanation names. */
    static final int WORDS_NAMED = 3;

    /** One labelled training message: tidied text and the help it needs, empty for a look-alike. */
    public record Example(String text, Optional<Help> help) {
    }

    /**
     * The model's reading of one message.
     *
     * @param help        the most probable kind of help
     * @param probability the posterior probability, 0 to 1, that the message needs some help
     * @param weightiest  up to {@value #WORDS_NAMED} words or word pairs from the message that most
     *                    favoured {@code help} over "none", most weighty first
     */
    public record Reading(Help help, double probability, List<String> weightiest) {

        /** The concern a reading raises: the one whose help is {@link #help()}. */
        public Concern concern() {
            return CONCERNS.get(help);
        }

        /**
         * The reading in plain words for a worker: {@code Worded like messages about suicide or
         * self-harm (words that weighed most: "no point", "alive")}.
         */
        public String explanation() {
            return "Worded like messages about " + ABOUT.get(help) + " (words that weighed most: "
                    + String.join(", ", weightiest.stream().map(w -> "\"" + w + "\"").toList()) + ")";
        }
    }

    /** The concern raised for each kind of help: the widest one, since the model names no single rule. */
    private static final Map<Help, Concern> CONCERNS = Map.of(
            Help.SUICIDE_SELF_HARM, Concern.PASSIVE, Help.ABUSE, Concern.ABUSE,
            Help.SEXUAL_VIOLENCE, Concern.SEXUAL_VIOLENCE, Help.CHILD, Concern.CHILD, Help.DANGER_NOW, Concern.DANGER,
            Help.SELF_NEGLECT, Concern.SELF_NEGLECT, Help.WORRY_OTHER, Concern.THIRD_PERSON,
            Help.EATING_DISORDER, Concern.EATING_DISORDER);

    private static final Map<Help, String> ABOUT = Map.of(
            Help.SUICIDE_SELF_HARM, "suicide or self-harm", Help.ABUSE, "abuse by someone close",
            Help.SEXUAL_VIOLENCE, "sexual violence", Help.CHILD, "a child at risk",
            Help.DANGER_NOW, "danger right now", Help.SELF_NEGLECT, "basic needs going unmet",
            Help.WORRY_OTHER, "worry about someone else", Help.EATING_DISORDER, "eating-disorder behaviour");

    private static final int NONE = Help.values().length;
    private static final int CLASSES = NONE + 1;

    private final double[] logPrior = new double[CLASSES];
    private final Map<String, double[]> logLikelihood;
    private final double[] logUnseen = new double[CLASSES];
    /** The training counts the logs come from, kept so the model can be handed to a tablet as it was trained. */
    private final Counts counts;
    /** The first names read as one placeholder, in training and reading alike. */
    private final FirstNames names;

    /** Messages per class, features per class, and each feature's count per class. */
    private record Counts(int[] messages, long[] total, Map<String, long[]> byFeature) {
    }

    private WordingModel(double[] logPrior, Map<String, double[]> logLikelihood, double[] logUnseen, Counts counts,
            FirstNames names) {
        System.arraycopy(logPrior, 0, this.logPrior, 0, CLASSES);
        System.arraycopy(logUnseen, 0, this.logUnseen, 0, CLASSES);
        this.logLikelihood = Map.copyOf(logLikelihood);
        this.counts = counts;
        this.names = names;
    }

    /**
     * Trains a model on labelled examples that reads every word as itself (no {@link FirstNames}).
     *
     * @throws IllegalArgumentException when there are no examples
     */
    public static WordingModel train(List<Example> examples) {
        return train(examples, FirstNames.NONE);
    }

    /**
     * Trains a model on labelled examples, reading each of {@code names} as the placeholder
     * {@value FirstNames#PLACEHOLDER} here and in every later {@link #read}.
     *
     * @throws IllegalArgumentException when there are no examples
     */
    public static WordingModel train(List<Example> examples, FirstNames names) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("The wording model needs at least one labelled example");
        }
        int[] messages = new int[CLASSES];
        long[] total = new long[CLASSES];
        Map<String, long[]> counts = new HashMap<>();
        for (Example example : examples) {
            int c = example.help().map(Enum::ordinal).orElse(NONE);
            messages[c]++;
            for (String feature : features(example.text(), names)) {
                counts.computeIfAbsent(feature, f -> new long[CLASSES])[c]++;
                total[c]++;
            }
        }
        double vocabulary = counts.size();
        double[] logPrior = new double[CLASSES];
        double[] logUnseen = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            // A class with no examples can never win: its prior is minus infinity.
            logPrior[c] = messages[c] == 0 ? Double.NEGATIVE_INFINITY : Math.log((double) messages[c] / examples.size());
            logUnseen[c] = Math.log(SMOOTHING / (total[c] + SMOOTHING * vocabulary));
        }
        Map<String, double[]> logLikelihood = new HashMap<>();
        counts.forEach((feature, n) -> {
            double[] logs = new double[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                logs[c] = Math.log((n[c] + SMOOTHING) / (total[c] + SMOOTHING * vocabulary));
            }
            logLikelihood.put(feature, logs);
        });
        return new WordingModel(logPrior, logLikelihood, logUnseen, new Counts(messages, total, Map.copyOf(counts)),
                names);
    }

    /**
     * Reads a tidied message ({@link ScreenedMessage#getText()}). Features never seen in training
     * are ignored: they say nothing about any class.
     */
    public Reading read(String text) {
        List<String> known = knownFeatures(text);
        double[] score = logPrior.clone();
        for (String feature : known) {
            double[] logs = logLikelihood.get(feature);
            for (int c = 0; c < CLASSES; c++) {
                score[c] += logs[c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] posterior = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            posterior[c] = Math.exp(score[c] - max);
            sum += posterior[c];
        }
        int best = 0;
        for (int c = 1; c < NONE; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        int help = best;
        List<String> weightiest = known.stream()
                .sorted(Comparator.comparingDouble((String f) -> weight(f, help)).reversed())
                .filter(f -> weight(f, help) > 0).limit(WORDS_NAMED).map(f -> f.replace('_', ' ')).toList();
        return new Reading(Help.values()[best], 1 - posterior[NONE] / sum, weightiest);
    }

    /** How much more likely a feature is under a help class than under "none", as a log ratio. */
    private double weight(String feature, int help) {
        double[] logs = logLikelihood.get(feature);
        return logs[help] - logs[NONE];
    }

    /**
     * {@link #features} limited to those seen in training, without building the pairs that
     * cannot have been: a pair was only ever counted where both its words were, so a pair with
     * an unseen word is skipped before its string is made.
     */
    private List<String> knownFeatures(String text) {
        String[] words = words(text, names);
        boolean[] seen = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            seen[i] = !words[i].isEmpty() && logLikelihood.containsKey(words[i]);
        }
        // The same order as features(): each word, then the pair it starts.
        Set<String> known = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!seen[i]) {
                continue;
            }
            known.add(words[i]);
            if (i + 1 < words.length && seen[i + 1]) {
                String pair = words[i] + "_" + words[i + 1];
                if (logLikelihood.containsKey(pair)) {
                    known.add(pair);
                }
            }
        }
        return new ArrayList<>(known);
    }

    /** The words of a tidied message as the model reads them: each first name as the placeholder. */
    private static String[] words(String text, FirstNames names) {
        String[] words = text.strip().split(" +");
        for (int i = 0; i < words.length; i++) {
            words[i] = names.asRead(words[i]);
        }
        return words;
    }

    /**
     * The words of a tidied message (each first name as the placeholder) and each pair of
     * neighbours joined by {@code _}, in order, once each.
     */
    static List<String> features(String text, FirstNames names) {
        String[] words = words(text, names);
        Set<String> features = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            features.add(words[i]);
            if (i + 1 < words.length) {
                features.add(words[i] + "_" + words[i + 1]);
            }
        }
        return new ArrayList<>(features);
    }

    /**
     * The model as its training counts, for a device that reads messages with no signal
     * ({@link PortableCheck}): {@code classes} (the help labels in {@link Help} order, then
     * {@code none}), {@code smoothing}, {@code messages} and {@code totals} per class, and
     * {@code features}: each feature with its non-zero counts as {@code [class, count, ...]}, and
     * {@code names}: the first names the device must read as {@value FirstNames#PLACEHOLDER} before
     * it looks a word up. From these the device computes the same priors and log-likelihoods as
     * {@link #train}.
     */
    Map<String, Object> portable() {
        List<String> classes = new ArrayList<>();
        for (Help help : Help.values()) {
            classes.add(help.label());
        }
        classes.add("none");
        Map<String, Object> features = new java.util.TreeMap<>();
        counts.byFeature().forEach((feature, n) -> {
            List<Long> sparse = new ArrayList<>();
            for (int c = 0; c < CLASSES; c++) {
                if (n[c] != 0) {
                    sparse.add((long) c);
                    sparse.add(n[c]);
                }
            }
            features.put(feature, sparse);
        });
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("classes", classes);
        out.put("smoothing", SMOOTHING);
        out.put("messages", counts.messages().clone());
        out.put("totals", counts.total().clone());
        out.put("features", features);
        out.put("placeholder", FirstNames.PLACEHOLDER);
        out.put("names", names.names());
        return out;
    }

    /** How many distinct features the model knows; for documentation and tests. */
    public int vocabulary() {
        return logLikelihood.size();
    }
}
