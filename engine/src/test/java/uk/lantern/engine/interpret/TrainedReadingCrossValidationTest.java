package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * Measures the trained fallback honestly, on answers it did not learn from (see
 * {@code docs/interpretation.md}, "The trained fallback"): 10-fold cross-validation over every
 * labelled answer in the shipped training sets, with the fallback reading alone, so that each
 * answer is read by a model trained on the other nine tenths. Folds are by position (row
 * {@code i} in fold {@code i mod 10}), so the figures are the same on every run.
 *
 * <p>Asserts that when the fallback keeps an answer at the shipped confidence bar it is right at
 * least 99% of the time: the fallback is there to ask again less without misreading more.
 */
class TrainedReadingCrossValidationTest {

    private static final Path TUNING = Path.of("src/main/resources/lantern/interpret");
    private static final Path QUESTIONNAIRE = Path.of("../rules/src/main/resources/lantern/rules/questionnaire.json");
    private static final int FOLDS = 10;

    private static Questionnaire questionnaire;
    private static List<TrainedReading.Example> examples;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(QUESTIONNAIRE)) {
            questionnaire = Questionnaire.read(in);
        }
        examples = new ArrayList<>();
        for (String name : Files.readAllLines(TUNING.resolve("training.txt"), StandardCharsets.UTF_8)) {
            String n = name.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                examples.addAll(TrainedReading.parse(n, Files.readAllLines(TUNING.resolve(n), StandardCharsets.UTF_8)));
            }
        }
    }

    /** Right, asked again and misread, by the fallback alone, at one confidence bar. */
    record Figures(double bar, int rows, int right, int abstained, int misread) {
        String line() {
            return String.format(Locale.UK, "bar %.3f: %d answers, %.1f%% read right, %.1f%% left to ask again,"
                    + " %.1f%% misread; right when kept %.1f%%", bar, rows, 100.0 * right / rows,
                    100.0 * abstained / rows, 100.0 * misread / rows, 100.0 * right / Math.max(1, right + misread));
        }
    }

    @Test
    void theFallbackIsRightWhenItKeepsAnAnswerOnAnswersItDidNotLearnFrom() {
        Figures shipped = null;
        for (double bar : new double[] {0.9, TrainedReading.LEAST_CONFIDENCE, 0.999}) {
            Figures f = crossValidate(bar);
            System.out.println(f.line());
            if (bar == TrainedReading.LEAST_CONFIDENCE) {
                shipped = f;
            }
        }
        assertThat(shipped).isNotNull();
        assertThat((double) shipped.right() / (shipped.right() + shipped.misread())).isGreaterThanOrEqualTo(0.99);
    }

    static Figures crossValidate(double bar) {
        int rows = 0;
        int right = 0;
        int abstained = 0;
        int misread = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TrainedReading.Example> train = new ArrayList<>();
            List<TrainedReading.Example> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % FOLDS == fold ? test : train).add(examples.get(i));
            }
            TrainedReading reading = TrainedReading.trainedOn(train, bar);
            for (TrainedReading.Example e : test) {
                Question q = questionnaire.question(e.questionId()).orElseThrow();
                if (e.label().equals("service_question")) {
                    continue;
                }
                Set<String> expected = Set.copyOf(Arrays.asList(e.label().split("\\|")));
                var guess = reading.guess(q, e.answer());
                if (!isTrainable(q)) {
                    continue;
                }
                rows++;
                if (guess.isEmpty()) {
                    if (expected.contains(TrainedReading.ASK_AGAIN)) {
                        right++;
                    } else {
                        abstained++;
                    }
                } else if (expected.contains(guess.get().label())) {
                    right++;
                } else {
                    misread++;
                    if (bar == TrainedReading.LEAST_CONFIDENCE) {
                        System.out.printf(Locale.UK, "  misread %s: \"%s\" expected %s, got %s (%.4f, %s)%n", e.questionId(),
                                e.answer(), e.label(), guess.get().label(), guess.get().confidence(), guess.get().cues());
                    }
                }
            }
        }
        return new Figures(bar, rows, right, abstained, misread);
    }

    private static boolean isTrainable(Question q) {
        return switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> true;
            default -> false;
        };
    }
}
