package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

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

    private record Row(String question, boolean crisis, String message) {
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
                rows.add(new Row(f[0], "crisis".equals(f[1]), f[2]));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fresh-r15.tsv", "heldout-r15.tsv", "place-r17.tsv"})
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
}
