package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Postcodes;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * Everyday answers read against the shipped questionnaire, file by file, with how many were read
 * right, asked again and misread (see {@code docs/interpretation.md}).
 *
 * <p>Each file under {@code src/test/resources/interpret/} is tab-separated:
 * {@code question_id <TAB> expected <TAB> answer}. Expected is the value the chat should keep
 * ({@code yes} or {@code no}, an option id, a number, a postcode), several values any of which is
 * right ({@code a|b}), {@code service_question} for a question about services, or {@code unclear}
 * for an answer that must be asked again. Blank lines, lines starting {@code #} and a header line
 * are skipped.
 *
 * <ul>
 *   <li><b>read right</b>: the expected value, a service question when one was expected, or asked
 *       again when {@code unclear} was expected;</li>
 *   <li><b>asked again</b>: any other row where no answer was kept (unclear, or taken as a
 *       question about services), so the person is asked again;</li>
 *   <li><b>misread</b>: an answer kept that is not the expected one, including an answer kept
 *       where {@code unclear} or {@code service_question} was expected.</li>
 * </ul>
 *
 * <p>The tuning sets ({@code tuning*.tsv}: written alongside the interpreter, or sealed sets
 * opened once their first-sight figures were recorded) must be read right at least 97% of the
 * time with nothing misread. A sealed set being measured ({@code sealed-*.tsv}, written by someone
 * who has not read the interpreter) has its figures printed and is held to the issue's bar: at
 * least 95% read right, at most 1% misread.
 */
class InterpretationCorpusTest {

    /** The questionnaire as shipped; the engine module cannot depend on the rules module, so it reads the file. */
    private static final Path QUESTIONNAIRE = Path.of("../rules/src/main/resources/lantern/rules/questionnaire.json");
    /** The tuning sets and any sealed set being measured. */
    private static final Path CORPUS = Path.of("src/test/resources/interpret");
    /** Opened sets still being worked: their figures are printed, and they must misread nothing. */
    private static final Path NEXT_TUNING = CORPUS.resolve("next-tuning");
    /** The day the tuning set was written, so birth years keep their meaning in later years. */
    private static final Clock WRITTEN = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final double TUNING_LEAST_RIGHT = 0.97;
    private static final double SEALED_LEAST_RIGHT = 0.95;
    private static final double SEALED_MOST_MISREAD = 0.01;

    private final AnswerInterpreter interpreter = new AnswerInterpreter(WRITTEN);

    /** One row of a corpus file. */
    record Row(int line, String questionId, Set<String> expected, String answer) {
    }

    enum Outcome { RIGHT, ASKED_AGAIN, MISREAD }

    /** The figures for one file. */
    record Figures(String file, int rows, int right, int askedAgain, int misread, List<String> wrong) {

        double share(int n) {
            return rows == 0 ? 0 : (double) n / rows;
        }

        String line() {
            return String.format(Locale.UK, "%s: %d answers, %.1f%% read right, %.1f%% asked again, %.1f%% misread",
                    file, rows, 100 * share(right), 100 * share(askedAgain), 100 * share(misread));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCorpusFileIsReadWellEnough() throws IOException {
        Questionnaire questionnaire = shipped();
        List<Path> files = tsvIn(CORPUS);
        assertThat(files).as("the tuning sets at least").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Figures figures = judge(file, questionnaire, interpreter);
            System.out.println(figures.line());
            figures.wrong().forEach(System.out::println);
            boolean sealed = file.getFileName().toString().startsWith("sealed-");
            assertThat(figures.rows()).as("rows in " + file).isPositive();
            assertThat(figures.share(figures.right()))
                    .as("%s%nnot read right:%n%s", figures.line(), String.join("\n", figures.wrong()))
                    .isGreaterThanOrEqualTo(sealed ? SEALED_LEAST_RIGHT : TUNING_LEAST_RIGHT);
            assertThat(figures.share(figures.misread()))
                    .as("%s%nmisread or not:%n%s", figures.line(), String.join("\n", figures.wrong()))
                    .isLessThanOrEqualTo(sealed ? SEALED_MOST_MISREAD : 0);
        }));
    }

    /**
     * The sets in {@code next-tuning/}: opened, not yet at the 97% bar. Each prints its figures and its
     * rows not read right; none may be misread (asking again is the safe miss while a set is worked).
     */
    @TestFactory
    Stream<DynamicTest> eachNextTuningFileMisreadsNothing() throws IOException {
        Questionnaire questionnaire = shipped();
        return tsvIn(NEXT_TUNING).stream().map(file -> DynamicTest.dynamicTest("next-tuning/" + file.getFileName(), () -> {
            Figures figures = judge(file, questionnaire, interpreter);
            System.out.println("next-tuning/" + figures.line());
            figures.wrong().forEach(System.out::println);
            assertThat(figures.rows()).as("rows in " + file).isPositive();
            assertThat(figures.misread())
                    .as("%s%nmisread or not:%n%s", figures.line(), String.join("\n", figures.wrong()))
                    .isZero();
        }));
    }

    private static Questionnaire shipped() throws IOException {
        try (InputStream in = Files.newInputStream(QUESTIONNAIRE)) {
            return Questionnaire.read(in);
        }
    }

    static List<Path> tsvIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    static Figures judge(Path file, Questionnaire questionnaire, AnswerInterpreter interpreter) throws IOException {
        List<Row> rows = read(file);
        int right = 0;
        int again = 0;
        int misread = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Question q = questionnaire.question(row.questionId()).orElseThrow(() -> new AssertionError(
                    file.getFileName() + " line " + row.line() + ": no question " + row.questionId()));
            Interpretation reading = interpreter.interpret(q, row.answer());
            Outcome outcome = outcome(q, row.expected(), reading);
            switch (outcome) {
                case RIGHT -> right++;
                case ASKED_AGAIN -> again++;
                case MISREAD -> misread++;
            }
            if (outcome != Outcome.RIGHT) {
                wrong.add(String.format("  %s line %d [%s] %s: \"%s\" expected %s, got %s", outcome, row.line(),
                        file.getFileName(), row.questionId(), row.answer(), row.expected(), describe(reading)));
            }
        }
        return new Figures(file.getFileName().toString(), rows.size(), right, again, misread, wrong);
    }

    static Outcome outcome(Question q, Set<String> expected, Interpretation reading) {
        return switch (reading) {
            case Interpretation.Understood understood -> expected.contains(asWritten(q, understood.value()))
                    ? Outcome.RIGHT : Outcome.MISREAD;
            // A question about services carrying an answer ("I am a carer, is there any carer's allowance?")
            // is right when either is expected, and misread when the answer kept is not.
            case Interpretation.AboutServices about -> expected.contains("service_question")
                    || about.carried() != null && expected.contains(asWritten(q, about.carried())) ? Outcome.RIGHT
                    : about.carried() != null ? Outcome.MISREAD : Outcome.ASKED_AGAIN;
            case Interpretation.Unclear ignored -> expected.contains("unclear")
                    ? Outcome.RIGHT : Outcome.ASKED_AGAIN;
        };
    }

    /** A kept value as a corpus file writes it. */
    private static String asWritten(Question q, Object value) {
        if (q.type() == AnswerType.YES_NO) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
        return String.valueOf(value);
    }

    private static String describe(Interpretation reading) {
        return switch (reading) {
            case Interpretation.Understood u -> String.valueOf(u.value());
            case Interpretation.AboutServices s -> "service_question (" + s.question().words() + ")"
                    + (s.carried() == null ? "" : " carrying " + s.carried());
            case Interpretation.Unclear u -> "unclear";
        };
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("question_id\t"))) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            if (cells.length < 3) {
                throw new IllegalStateException(file.getFileName() + " line " + (i + 1) + ": needs three tab-separated cells");
            }
            rows.add(new Row(i + 1, cells[0].strip(), Arrays.stream(cells[1].split("\\|"))
                    .map(String::strip)
                    .map(InterpretationCorpusTest::normalise)
                    .collect(Collectors.toSet()), cells[2]));
        }
        return rows;
    }

    /** "true"/"false" as yes/no, and a postcode in its standard form. */
    private static String normalise(String expected) {
        String e = expected.toLowerCase(Locale.UK);
        if (e.equals("true")) {
            return "yes";
        }
        if (e.equals("false")) {
            return "no";
        }
        return Postcodes.normalise(expected).filter(p -> expected.matches(".*[0-9].*") && expected.matches("(?i).*[a-z].*"))
                .orElse(e);
    }
}
