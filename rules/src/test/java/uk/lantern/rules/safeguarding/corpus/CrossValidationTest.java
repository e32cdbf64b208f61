package uk.lantern.rules.safeguarding.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.FirstNames;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;
import uk.lantern.engine.safeguarding.ScreenedMessage;
import uk.lantern.engine.safeguarding.WordingModel;

/**
 * The honest development estimate of how the check will score on a set nobody has tuned to:
 * {@value #FOLDS}-fold cross-validation of the wording model over every corpus file. Message
 * {@code i} of the whole corpus (files in name order, lines in order) is in fold {@code i % FOLDS};
 * for each fold the model is trained on the other folds and reads the held-out messages. The
 * rules are the shipped ones (they have seen every file, so the "rules + model" figure is
 * optimistic for the rules' share; the model's own figure is not).
 *
 * <p>Writes per-family figures and a threshold sweep to
 * {@code target/safeguarding-corpus/cross-validation.md}, and with
 * {@code -Dlantern.corpus.docs=../docs/safeguarding.md} into that document between
 * {@code <!-- corpus:cross-validation -->} markers.
 */
class CrossValidationTest {

    static final int FOLDS = 10;

    /** One corpus message with what the rules said and the held-out model reading. */
    record Scored(CorpusMessage message, Set<Help> byRules, boolean setAside, WordingModel.Reading reading) {

        /** As {@link SafeguardingCheck#check}: the model reads only what the rules passed over in silence. */
        boolean byModel(double threshold) {
            return byRules.isEmpty() && !setAside && reading.probability() >= threshold;
        }

        boolean raised(double threshold) {
            return !byRules.isEmpty() || byModel(threshold);
        }

        boolean fits(double threshold) {
            Help expected = message.expected().orElseThrow();
            return byRules.contains(expected) || byModel(threshold) && reading.help() == expected;
        }
    }

    private static List<Scored> scored;

    @BeforeAll
    static void crossValidate() throws IOException, URISyntaxException {
        SafeguardingCheck rules = SafeguardingCheck.load().rulesOnly();
        // The names the shipped model reads as one placeholder, as SafeguardingCheck.load trains it.
        FirstNames names = FirstNames.load(SafeguardingCheck.DEFAULT_LOCATION, CrossValidationTest.class.getClassLoader());
        List<CorpusMessage> corpus = new ArrayList<>();
        for (Path file : SafeguardingCorpusTest.corpusFiles()) {
            corpus.addAll(CorpusMessage.read(file));
        }
        List<String> tidied = corpus.stream().map(m -> ScreenedMessage.of(m.message(), rules.lexicon()).getText()).toList();
        List<WordingModel.Reading> readings = new ArrayList<>(corpus.size());
        corpus.forEach(m -> readings.add(null));
        for (int fold = 0; fold < FOLDS; fold++) {
            List<WordingModel.Example> training = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (i % FOLDS != fold) {
                    training.add(new WordingModel.Example(tidied.get(i), corpus.get(i).expected()));
                }
            }
            WordingModel model = WordingModel.train(training, names);
            for (int i = fold; i < corpus.size(); i += FOLDS) {
                readings.set(i, model.read(tidied.get(i)));
            }
        }
        scored = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            SafeguardingResult byRules = rules.check(corpus.get(i).message());
            Set<Help> helps = byRules.kinds().stream().map(Concern::help)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Help.class)));
            scored.add(new Scored(corpus.get(i), helps, !byRules.lookAlikes().isEmpty(), readings.get(i)));
        }
    }

    @Test
    void heldOutMessagesMeetTheSealedTargets() throws IOException {
        double threshold = SafeguardingCheck.WORDING_THRESHOLD;
        String markdown = perFamily(threshold) + "\n" + sweep();
        report(markdown);
        List<Scored> help = scored.stream().filter(s -> s.message().needsHelp()).toList();
        List<Scored> lookAlikes = scored.stream().filter(s -> !s.message().needsHelp()).toList();
        double recall = (double) help.stream().filter(s -> s.raised(threshold)).count() / help.size();
        double falseAlarms = (double) lookAlikes.stream().filter(s -> s.raised(threshold)).count() / lookAlikes.size();
        assertThat(recall).as("cross-validated recall, rules + wording model").isGreaterThanOrEqualTo(0.97);
        assertThat(falseAlarms).as("cross-validated false alarms, rules + wording model").isLessThanOrEqualTo(0.05);
    }

    private static String perFamily(double threshold) {
        Map<String, int[]> families = new TreeMap<>();
        for (Scored s : scored) {
            String key = (s.message().needsHelp() ? "0" : "1") + s.message().family();
            int[] n = families.computeIfAbsent(key, k -> new int[4]);
            n[0]++;
            n[1] += s.byRules().isEmpty() ? 0 : 1;
            n[2] += s.reading().probability() >= threshold ? 1 : 0;
            n[3] += s.raised(threshold) ? 1 : 0;
        }
        StringBuilder md = new StringBuilder();
        md.append(FOLDS).append("-fold cross-validation over ").append(scored.size())
                .append(" corpus messages, wording model threshold ").append(threshold).append(".\n\n");
        md.append("| family | needs help | messages | rules | wording model (held out) | rules + model |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");
        int[] helpTotal = new int[4];
        int[] noneTotal = new int[4];
        families.forEach((key, n) -> {
            boolean needsHelp = key.startsWith("0");
            int[] total = needsHelp ? helpTotal : noneTotal;
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
            md.append("| ").append(key.substring(1)).append(" | ").append(needsHelp ? "yes" : "no").append(" | ")
                    .append(n[0]).append(" | ").append(percent(n[1], n[0])).append(" | ").append(percent(n[2], n[0]))
                    .append(" | ").append(percent(n[3], n[0])).append(" |\n");
        });
        md.append("| **all needing help (recall)** | yes | ").append(helpTotal[0]).append(" | ")
                .append(percent(helpTotal[1], helpTotal[0])).append(" | ").append(percent(helpTotal[2], helpTotal[0]))
                .append(" | **").append(percent(helpTotal[3], helpTotal[0])).append("** |\n");
        md.append("| **all look-alikes (false alarms)** | no | ").append(noneTotal[0]).append(" | ")
                .append(percent(noneTotal[1], noneTotal[0])).append(" | ").append(percent(noneTotal[2], noneTotal[0]))
                .append(" | **").append(percent(noneTotal[3], noneTotal[0])).append("** |\n");
        return md.toString();
    }

    private static String sweep() {
        StringBuilder md = new StringBuilder("| threshold | recall, rules + model | help fits | false alarms |\n|---:|---:|---:|---:|\n");
        List<Scored> help = scored.stream().filter(s -> s.message().needsHelp()).toList();
        List<Scored> lookAlikes = scored.stream().filter(s -> !s.message().needsHelp()).toList();
        for (double t : new double[] {0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.997, 0.998, 0.999}) {
            md.append("| ").append(t).append(" | ")
                    .append(percent((int) help.stream().filter(s -> s.raised(t)).count(), help.size())).append(" | ")
                    .append(percent((int) help.stream().filter(s -> s.fits(t)).count(), help.size())).append(" | ")
                    .append(percent((int) lookAlikes.stream().filter(s -> s.raised(t)).count(), lookAlikes.size()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void report(String markdown) throws IOException {
        Path out = Path.of("target", "safeguarding-corpus", "cross-validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "safeguarding-corpus", "cross-validation.misses.txt"),
                scored.stream().filter(s -> s.message().needsHelp() != s.raised(SafeguardingCheck.WORDING_THRESHOLD))
                        .map(s -> s.message() + " p=" + String.format(Locale.UK, "%.2f", s.reading().probability())
                                + " " + s.reading().help().label())
                        .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        SafeguardingCorpusTest.writeIntoDocs("cross-validation", markdown);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.UK, "%.1f%%", 100.0 * part / whole);
    }
}
