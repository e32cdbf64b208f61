package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;
import uk.lantern.rules.Screenings;

/**
 * Round 15 (X1): a message that answers the question being asked, in that question's own topic (cold, money,
 * daily tasks, caring, living alone, health), raises no alarm there; a real crisis sign beyond the topic,
 * given as an answer, still does. The rows are fresh wordings written before the fix
 * ({@code lantern/answer-topics/*.tsv}: question id, wanted, message).
 */
class AnswerTopicsTest {

    private static SafeguardingCheck check;
    private static AnswerTopics topics;

    @BeforeAll
    static void load() {
        check = SafeguardingCheck.load();
        topics = AnswerTopics.load();
    }

    /** One row: the question, whether it must alarm there, the help that must come first (null when not given), the message. */
    private record Row(String question, boolean crisis, String kind, String message) {
    }

    private static List<Row> rows(String file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AnswerTopicsTest.class.getResourceAsStream("/lantern/answer-topics/" + file)) {
            assertThat(in).as(file).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("question_id")) {
                    continue; // a column-header line
                }
                // three columns (question, wanted, message) or, in the outsiders' files, four (question,
                // crisis|none, the kind of help that must come first or none, message)
                rows.add(f.length >= 4 ? new Row(f[0], "crisis".equals(f[1]), "none".equals(f[2]) ? null : f[2], f[3])
                        : new Row(f[0], "crisis".equals(f[1]), null, f[2]));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fresh-r15.tsv", "heldout-r15.tsv", "place-r17.tsv", "fresh-r18.tsv", "fresh-r19.tsv"})
    void everyAnswerInTopicIsQuietAndEveryCrisisBeyondItStillAlarms(String file) throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = rows(file);
        for (Row row : rows) {
            SafeguardingResult found = topics.check(check, row.question(), row.message());
            if (found.crisis() != row.crisis()) {
                wrong.add(row.question() + ": " + row.message() + " -> " + found.kinds());
            }
        }
        assertThat(rows).hasSizeGreaterThan(15);
        assertThat(wrong).as(file).isEmpty();
    }

    @Test
    void theWidowsAnswerAlarmedWithoutTheQuestionAndIsAnAnswerAtIt() {
        String said = "The house is freezing, I sit in my coat, I can't afford the heating on the pension";
        assertThat(check.check(said).crisis()).as("without the question: the check alone").isTrue();
        SafeguardingResult atQuestion = topics.check(check, "cold_home", said);
        assertThat(atQuestion.crisis()).isFalse();
        assertThat(atQuestion.lookAlikes()).contains(AnswerTopics.LOOK_ALIKE);
    }

    @Test
    void theTopicIsOnlyTheQuestionsOwn() {
        String said = "The house is freezing, I sit in my coat, I can't afford the heating on the pension";
        assertThat(topics.check(check, "is_carer", said).crisis()).as("cold is not the carer question's topic").isTrue();
        assertThat(topics.check(check, null, said).crisis()).as("no question").isTrue();
        assertThat(topics.check(check, "no_such_question", said).crisis()).isTrue();
    }

    @Test
    void aDeathWishInTheTopicsOwnWordsKeepsTheAlarm() {
        assertThat(topics.check(check, "cold_home", "I can't afford the heating so I'll just let the cold take me").crisis())
                .isTrue();
        assertThat(topics.hasTopic(AnswerTopics.ALWAYS_ALARM)).isFalse();
    }

    @Test
    void aBadTopicsFileIsAClearErrorNamingItsLine() {
        assertThatThrownBy(() -> AnswerTopics.parse("freezing\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1").hasMessageContaining("heading");
        assertThatThrownBy(() -> AnswerTopics.parse("== cold_home ==\n(freezing\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThat(AnswerTopics.parse("# only a comment\n").hasTopic("cold_home")).isFalse();
    }

    /**
     * Round 16b (new-user trial): a widow of 79 gave this at "Can you get to the places you want to go?" and got
     * the self-neglect box; the cold and money topics did not cover that question. A person keeping her in still
     * alarms there.
     */
    @Test
    void hardshipToldAtTheGettingOutQuestionIsAnAnswer() {
        String said = "Not really, the cold and the money keep me in, I can't afford the bus every day";
        assertThat(check.check(said).crisis()).as("without the question: the check alone").isTrue();
        assertThat(topics.check(check, "can_get_out", said).crisis()).isFalse();
        assertThat(topics.check(check, "can_get_out", "the cold keeps me in, and my son keeps me in and takes my money")
                .crisis()).isTrue();
        assertThat(topics.check(check, "can_get_out", "I'd rather freeze and be done with it").crisis()).isTrue();
    }

    /**
     * Round 17 (s24): a wish to die told in the question's own topic ("the cold can have me for all I care" at the
     * cold-home question, from the outsiders' answers set) alarms there and without the question; "the cold can have
     * the geraniums" does not.
     */
    @Test
    void aWishToDieInTheColdsOwnWordsAlarmsWithAndWithoutTheQuestion() {
        assertThat(check.check("the cold can have me for all I care").crisis()).isTrue();
        assertThat(topics.check(check, "cold_home", "the cold can have me for all I care").crisis()).isTrue();
        assertThat(topics.check(check, "cold_home", "Yes, let the winter take me, I've no wish to see the spring").crisis())
                .isTrue();
        assertThat(topics.check(check, "cold_home",
                "I've turned the heating off. If I go in my sleep this winter, so be it, that's what I'm hoping").crisis()).isTrue();
        assertThat(check.check("The cold can have the geraniums, I'm not covering them again.").crisis()).isFalse();
    }

    /**
     * Round 17 (s24): a carer describing the person they care for (who, their age and condition, that they live with
     * the carer, what the carer does for them) is the answer asked for at the carer questions; the wording model read
     * "my son has learning disabilities, he's 40 and lives with me" as abuse. Harm beyond the description still alarms.
     */
    @Test
    void aCarerDescribingThePersonTheyCareForIsAnAnswer() {
        for (String said : List.of("My daughter. She's 47 and has autism, she lives with us full time.",
                "yes my husband, he's in his eighties and has dementia, I do his tablets and his washing",
                "My brother, he has schizophrenia, I do his medication")) {
            assertThat(topics.check(check, "cares_for", said).crisis()).as(said).isFalse();
            assertThat(topics.check(check, "is_carer", said).crisis()).as(said).isFalse();
        }
        assertThat(topics.check(check, "is_carer",
                "Yes, my son has learning disabilities, he's 40 and lives with me, and he hits me when I won't give him money")
                .crisis()).isTrue();
        assertThat(topics.check(check, "is_carer", "yes my daughter lives with me and she hasn't fed me for two days")
                .crisis()).isTrue();
        assertThat(topics.check(check, "cares_for",
                "My husband, he's 80 and has dementia, and some nights I think I'll end it for both of us").crisis()).isTrue();
    }

    /** The chat's own reader of typed answers (web-chat's {@code AnswerTurn} reads every typed answer with it). */
    private static final AnswerInterpreter INTERPRETER = new AnswerInterpreter();

    /**
     * Round 20 (s27): the help the answer itself brings at its question, as the chat gives it at that turn: the
     * answer read by the chat's interpreter ({@link AnswerInterpreter}) and, when it is understood, the screening's
     * safeguarding rules run on it ({@code safeguarding.drl}: "yes" at thoughts_of_harm is urgent and brings the suicide
     * and self-harm help, "no" at feel_safe_at_home the abuse help; {@code AnswerTurn.answerDangerAtOnce} says it before
     * the next question). Round 16 to 19 read this from the answer's first words; now it is the chat's own reading, so
     * "Yes, most days" counts and "Harming myself? No." (read as a yes by the interpreter) is seen for what the person
     * gets. The help labels, empty when the answer raises nothing or is not understood.
     */
    static Set<String> answerHelp(String question, String message) {
        Set<String> helps = new TreeSet<>();
        Question q = question == null ? null
                : Screenings.engine().ruleBase().questionnaire().question(question).orElse(null);
        if (q != null && q.askIf() == null
                && INTERPRETER.interpret(q, message) instanceof Interpretation.Understood understood) {
            // a question asked only after another answer (money_stops_going_out) cannot be read on its own here; the
            // safeguarding rules read only questions always asked
            for (Assessment.UrgentConcern concern : Screenings.engine().urgentConcernsSoFar(Map.of(q.id(), understood.value()))) {
                helps.add(concern.help());
            }
        }
        return helps;
    }

    /**
     * Round 20 (s27): at the two safety questions, what the person gets at that turn is the check at the question and
     * the answer's own reading together ({@link #answerHelp}): "Yes, every night lately" at thoughts_of_harm brings the
     * suicide help though the check finds nothing in it; "Not hurting myself. Ending it." and someone else's trips to
     * the railway line get the help that fits from the check; plain answers get nothing ({@code fresh-r20.tsv}).
     */
    @Test
    void atTheSafetyQuestionsTheAnswerAndTheCheckTogetherGiveTheHelpThatFits() throws IOException {
        List<Row> rows = rows("fresh-r20.tsv");
        List<String> wrong = wrongAtTheirTurn(rows);
        assertThat(rows).hasSizeGreaterThan(15);
        assertThat(wrong).isEmpty();
        assertThat(answerHelp("thoughts_of_harm", "Yes, most days")).containsExactly("suicide_self_harm");
        assertThat(answerHelp("feel_safe_at_home", "No. Not with him in the house.")).containsExactly("abuse");
        assertThat(check.check("Yes, most days").crisis()).as("the check alone does not see it").isFalse();
    }

    /**
     * Round 21 (s28): at a named question, the kinds the outsiders' fifth answers set showed get the help that fits at
     * that turn, in our own words ({@code fresh-r21.tsv}): an overdose already taken told by the amount and the time
     * since gets danger now (999) first; a smell or fumes from a gas appliance with a headache or sickness, danger now;
     * rough handling with bruises, family who moved in and took over or take the pension, being left somewhere as a
     * punishment, abuse; and a household told as a list of who lives there, "her little boy" among them, stays quiet.
     * On main eaf80de3, 8 of its 27 rows were wrong.
     */
    @Test
    void atANamedQuestionTheKindsOfTheFifthAnswersSetGetTheHelpThatFits() throws IOException {
        List<Row> rows = rows("fresh-r21.tsv");
        List<String> wrong = wrongAtTheirTurn(rows);
        assertThat(rows).hasSize(27);
        assertThat(wrong).isEmpty();
    }

    /**
     * The rows whose turn goes wrong: a crisis whose kind of help is neither the check's at the question nor the
     * answer's own reading ({@link #answerHelp}), or a plain answer that brings any help. Each as "question: message
     * -> helps".
     */
    private List<String> wrongAtTheirTurn(List<Row> rows) {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            SafeguardingResult found = topics.check(check, row.question(), row.message());
            Set<String> helps = found.kinds().stream().map(Concern::help).map(h -> h.label())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> fromAnswer = answerHelp(row.question(), row.message());
            helps.addAll(fromAnswer);
            if (row.crisis() ? !helps.contains(row.kind()) : found.crisis() || !fromAnswer.isEmpty()) {
                wrong.add(row.question() + ": " + row.message() + " -> " + helps);
            }
        }
        return wrong;
    }

    /** Round 17 (s24): the figures the outsiders' first answers-at-a-question set reached in round 17 (73, 71, 4 on first sight). */
    static final int SEALED_V1_CRISES_CAUGHT_AT_LEAST = 79;
    static final int SEALED_V1_FITTING_AT_LEAST = 79;
    static final int SEALED_V1_FALSE_ALARMS_AT_MOST = 0;

    /**
     * Round 17 (s24): the outsiders' first set of messages typed as answers to named questions (opened from
     * docs/outsider-sets, four columns), measured as the chat reads them: the message check with the question's
     * topic, and for a crisis row the urgent answer raised by the answer itself (a bare "Yes." at thoughts_of_harm).
     * False alarms are the message check's, as on first sight; a look-alike the screening's own urgent answer raises
     * ("No, it's damp and the lock's broken" at feel_safe_at_home brings the abuse help by design) is listed apart. Report-only like open-v20.tsv, held to its figures
     * after round 17 so they cannot fall; the misses are written to {@code target/answer-topics/sealed-answers-v1.txt}.
     */
    @Test
    void theOutsidersAnswersSetIsNoWorseThanRound17Left() throws IOException {
        SealedFigures f = measureSealed("sealed-answers-v1.tsv");
        assertThat(f.crises() + f.quiet()).isEqualTo(155);
        assertThat(f.caught()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V1_CRISES_CAUGHT_AT_LEAST);
        assertThat(f.fits()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V1_FITTING_AT_LEAST);
        assertThat(f.alarms()).as(f.report()).isLessThanOrEqualTo(SEALED_V1_FALSE_ALARMS_AT_MOST);
    }

    /** Round 18 (s25): the figures the outsiders' second answers set reached in round 18 (72, 67, 3 of 77 on first sight on main 1a79e3d); round 19 (s26): 79 and 74, the loss taken from the question. */
    static final int SEALED_V2_CRISES_CAUGHT_AT_LEAST = 79;
    static final int SEALED_V2_FITTING_AT_LEAST = 74;
    static final int SEALED_V2_FALSE_ALARMS_AT_MOST = 1;

    /**
     * Round 18 (s25): the outsiders' second set of answers at a named question, read and counted exactly as
     * {@code sealed-answers-v1.tsv} is; report-only, held to the figures round 18 left so they cannot fall. The misses
     * are written to {@code target/answer-topics/sealed-answers-v2.txt}.
     */
    @Test
    void theOutsidersSecondAnswersSetIsNoWorseThanRound18Left() throws IOException {
        SealedFigures f = measureSealed("sealed-answers-v2.tsv");
        assertThat(f.crises() + f.quiet()).isEqualTo(157);
        assertThat(f.caught()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V2_CRISES_CAUGHT_AT_LEAST);
        assertThat(f.fits()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V2_FITTING_AT_LEAST);
        assertThat(f.alarms()).as(f.report()).isLessThanOrEqualTo(SEALED_V2_FALSE_ALARMS_AT_MOST);
    }

    /** Round 19 (s26): the figures the outsiders' third answers set reached in round 19 (80 caught, 72 fitting, 2 false alarms of 79 on first sight on main 08a9dd1c, as this test counts). */
    static final int SEALED_V3_CRISES_CAUGHT_AT_LEAST = 80;
    static final int SEALED_V3_FITTING_AT_LEAST = 72;
    static final int SEALED_V3_FALSE_ALARMS_AT_MOST = 2;

    /**
     * Round 19 (s26): the outsiders' third set of answers at a named question, read and counted exactly as
     * {@code sealed-answers-v2.tsv} is; report-only, held to the figures round 19 left so they cannot fall. The misses
     * are written to {@code target/answer-topics/sealed-answers-v3.txt}.
     */
    @Test
    void theOutsidersThirdAnswersSetIsNoWorseThanRound19Left() throws IOException {
        SealedFigures f = measureSealed("sealed-answers-v3.tsv");
        assertThat(f.crises() + f.quiet()).isEqualTo(164);
        assertThat(f.caught()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V3_CRISES_CAUGHT_AT_LEAST);
        assertThat(f.fits()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V3_FITTING_AT_LEAST);
        assertThat(f.alarms()).as(f.report()).isLessThanOrEqualTo(SEALED_V3_FALSE_ALARMS_AT_MOST);
    }

    /**
     * Round 20 (s27): the figures the outsiders' fourth answers set reached in round 20, counted as what the person gets
     * at the question (first sight on main 4a34529e: the check at the question 71 caught, 68 fitting, 3 false alarms of
     * 86; with the answer's own reading 74 and 71).
     */
    static final int SEALED_V4_CRISES_CAUGHT_AT_LEAST = 76;
    static final int SEALED_V4_FITTING_AT_LEAST = 73;
    static final int SEALED_V4_FALSE_ALARMS_AT_MOST = 3;
    /** Round 20 (s27): the same set counted by the check at the question alone (71 and 68 on first sight). */
    static final int SEALED_V4_CHECK_CAUGHT_AT_LEAST = 73;
    static final int SEALED_V4_CHECK_FITTING_AT_LEAST = 70;

    /**
     * Round 20 (s27): the outsiders' fourth set of answers at a named question, read and counted exactly as
     * {@code sealed-answers-v3.tsv} is; report-only, held to the figures round 20 left so they cannot fall. The misses
     * are written to {@code target/answer-topics/sealed-answers-v4.txt}.
     */
    @Test
    void theOutsidersFourthAnswersSetIsNoWorseThanRound20Left() throws IOException {
        SealedFigures f = measureSealed("sealed-answers-v4.tsv");
        assertThat(f.crises() + f.quiet()).isEqualTo(165);
        assertThat(f.checkCaught()).as("the check at the question alone; " + f.report())
                .isGreaterThanOrEqualTo(SEALED_V4_CHECK_CAUGHT_AT_LEAST);
        assertThat(f.checkFits()).as("the check at the question alone; " + f.report())
                .isGreaterThanOrEqualTo(SEALED_V4_CHECK_FITTING_AT_LEAST);
        assertThat(f.caught()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V4_CRISES_CAUGHT_AT_LEAST);
        assertThat(f.fits()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V4_FITTING_AT_LEAST);
        assertThat(f.alarms()).as(f.report()).isLessThanOrEqualTo(SEALED_V4_FALSE_ALARMS_AT_MOST);
    }

    /**
     * Round 21 (s28): the figures the outsiders' fifth answers set reached in round 21, counted as what the person gets
     * at the question (first sight on main eaf80de3: 76 caught, 74 fitting, 1 false alarm of 76).
     */
    static final int SEALED_V5_CRISES_CAUGHT_AT_LEAST = 79;
    static final int SEALED_V5_FITTING_AT_LEAST = 79;
    static final int SEALED_V5_FALSE_ALARMS_AT_MOST = 0;
    /** Round 21 (s28): the same set counted by the check at the question alone (73 and 72 on first sight). */
    static final int SEALED_V5_CHECK_CAUGHT_AT_LEAST = 77;
    static final int SEALED_V5_CHECK_FITTING_AT_LEAST = 77;

    /**
     * Round 21 (s28): the outsiders' fifth set of answers at a named question, read and counted exactly as
     * {@code sealed-answers-v4.tsv} is (both ways of counting); report-only, held to the figures round 21 left so they
     * cannot fall. The misses are written to {@code target/answer-topics/sealed-answers-v5.txt}.
     */
    @Test
    void theOutsidersFifthAnswersSetIsNoWorseThanRound21Left() throws IOException {
        SealedFigures f = measureSealed("sealed-answers-v5.tsv");
        assertThat(f.crises()).isEqualTo(79);
        assertThat(f.quiet()).isEqualTo(76);
        assertThat(f.checkCaught()).as("the check at the question alone; " + f.report())
                .isGreaterThanOrEqualTo(SEALED_V5_CHECK_CAUGHT_AT_LEAST);
        assertThat(f.checkFits()).as("the check at the question alone; " + f.report())
                .isGreaterThanOrEqualTo(SEALED_V5_CHECK_FITTING_AT_LEAST);
        assertThat(f.caught()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V5_CRISES_CAUGHT_AT_LEAST);
        assertThat(f.fits()).as(f.report()).isGreaterThanOrEqualTo(SEALED_V5_FITTING_AT_LEAST);
        assertThat(f.alarms()).as(f.report()).isLessThanOrEqualTo(SEALED_V5_FALSE_ALARMS_AT_MOST);
    }

    /**
     * One outsiders' answers file's figures, counted as what the person gets at the question: crises, caught (by the
     * check at the question or by the answer's own reading, {@link #answerHelp}), fitting, plain answers, false alarms
     * (the check's at the question), and the report of misses. Round 20 (s27): the check at the question alone is
     * counted beside it ({@code checkCaught}, {@code checkFits}), and the crises only the answer's reading catches are
     * listed ("CAUGHT BY THE ANSWER").
     */
    private record SealedFigures(int crises, int caught, int fits, int quiet, int alarms, int checkCaught, int checkFits,
            String report) {
    }

    private static SealedFigures measureSealed(String file) throws IOException {
        List<Row> rows = rows(file);
        int crises = 0, caught = 0, fits = 0, quiet = 0, alarms = 0, plainCaught = 0, plainAlarms = 0, urgentAnswers = 0;
        int checkCaught = 0, checkFits = 0, byAnswer = 0;
        StringBuilder out = new StringBuilder();
        StringBuilder answered = new StringBuilder();
        for (Row row : rows) {
            SafeguardingResult found = topics.check(check, row.question(), row.message());
            Set<String> byCheck = found.kinds().stream().map(Concern::help).map(h -> h.label())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> fromAnswer = answerHelp(row.question(), row.message());
            Set<String> helps = new TreeSet<>(byCheck);
            helps.addAll(fromAnswer);
            boolean raised = found.crisis() || !fromAnswer.isEmpty();
            boolean plain = check.check(row.message()).crisis();
            if (row.crisis()) {
                crises++;
                caught += raised ? 1 : 0;
                checkCaught += found.crisis() ? 1 : 0;
                checkFits += byCheck.contains(row.kind()) ? 1 : 0;
                plainCaught += plain ? 1 : 0;
                if (!found.crisis() && raised) {
                    byAnswer++;
                    answered.append("CAUGHT BY THE ANSWER ").append(row.question()).append(" [").append(row.kind())
                            .append(" got ").append(fromAnswer).append("] ").append(row.message()).append('\n');
                }
                if (helps.contains(row.kind())) {
                    fits++;
                } else {
                    out.append(raised ? "UNFIT " : "MISSED ").append(row.question()).append(" [").append(row.kind())
                            .append(raised ? " got " + helps : "").append("] ").append(row.message()).append('\n');
                }
            } else {
                quiet++;
                alarms += found.crisis() ? 1 : 0;
                plainAlarms += plain ? 1 : 0;
                if (found.crisis()) {
                    out.append("ALARM ").append(row.question()).append(' ').append(byCheck).append(' ')
                            .append(row.message()).append('\n');
                } else if (!fromAnswer.isEmpty()) {
                    urgentAnswers++;
                    out.append("URGENT ANSWER (the screening's own, not the check's) ").append(row.question()).append(' ')
                            .append(fromAnswer).append(' ').append(row.message()).append('\n');
                }
            }
        }
        String name = file.replace(".tsv", "");
        String summary = String.format("%s: %d crises, what the person gets at the question: caught %d, fitting %d"
                + " (%d caught by the answer's own reading alone); the check at the question alone: caught %d, fitting %d;"
                + " %d plain answers, false alarms %d (and %d the screening's urgent answer raises itself)"
                + " | the check without the question: caught %d, false alarms %d%n",
                name, crises, caught, fits, byAnswer, checkCaught, checkFits, quiet, alarms, urgentAnswers, plainCaught,
                plainAlarms);
        Path report = Path.of("target", "answer-topics", name + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + answered + out, StandardCharsets.UTF_8);
        System.out.println(summary);
        return new SealedFigures(crises, caught, fits, quiet, alarms, checkCaught, checkFits, summary + answered + out);
    }
}
