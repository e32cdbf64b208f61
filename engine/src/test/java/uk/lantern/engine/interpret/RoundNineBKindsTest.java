package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * Round 9b: each kind the twelfth set (v12) found, at fresh answers, with look-alikes that must
 * keep their reading (see {@code tuning-21.tsv} and {@code docs/interpretation.md}, "Round 9b").
 * Expected is {@code yes}, {@code no}, an option id or number, or {@code unclear} (asked again).
 * Every kind case here was read otherwise before round 9b; the look-alikes were not.
 */
class RoundNineBKindsTest {

    private static Questionnaire questionnaire;
    private final AnswerInterpreter interpreter = new AnswerInterpreter(
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/London")));

    @BeforeAll
    static void readQuestionnaire() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../rules/src/main/resources/lantern/rules/questionnaire.json"))) {
            questionnaire = Questionnaire.read(in);
        }
    }

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            age|83|83yrs old
            age|72|72 y/o
            household_size|3|thre in the house
            household_size|4|me, my daughter and her two small boys
            household_size|2|me and my two little dogs
            marital_status|separated_or_divorced|divorced the once, single again now
            marital_status|single|single, never married
            self_rated_health|fair|not good, not bad either
            self_rated_health|good|good
            left_out|often|quite frequently
            isolated_from_others|often|every single morning
            lack_companionship|some_of_the_time|in the evenings
            lack_companionship|hardly_ever|never, I'm always out and about with the dog
            how_often_lonely|some_of_the_time|some weeks yes, some weeks not
            work|retired|retired in May 2022
            work|retired_recently|finished in August 2025
            language_barrier|yes|english isnt that good
            language_barrier|no|my english is fine
            is_carer|no|not currently
            is_carer|yes|my son has autism and still lives with me
            is_carer|unclear|my son is disabled but lives in a home
            cares_for|someone_else|the chap over the road
            cares_for|parent|my mum
            contact_children|none|none, we weren't blessed
            low_mood|no|not more than usual really
            low_mood|no|no more than usual
            cold_home|unclear|slightly
            money_worries|unclear|somewhat
            feel_safe_at_home|unclear|most of the time, he gets angry
            feel_safe_at_home|yes|yes I do
            can_get_out|yes|mostly
            long_term_condition|unclear|epilepsy, it's under control now
            long_term_condition|no|asthma but it's controlled and doesn't stop me
            hearing_loss|unclear|the kids reckon yes, I say no
            memory_problems|unclear|not that I know of, but I'd probably forget
            group_member|unclear|used to go to the WI, haven't been in a while
            group_member|no|used to go to bingo but not any more
            confidant|unclear|there's people around but not really
            confidant|yes|yes, my neighbour
            lack_companionship|often|every single evening, the house is so quiet
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String answer) {
        Question question = questionnaire.question(questionId).orElseThrow();
        Interpretation reading = interpreter.interpret(question, answer);
        switch (expected) {
            case "unclear" -> {
                assertThat(reading).isInstanceOf(Interpretation.Unclear.class);
                // Asked again kindly: a reason the chat can show, never empty.
                assertThat(((Interpretation.Unclear) reading).why()).isNotBlank();
            }
            case "service" -> assertThat(reading).isInstanceOf(Interpretation.AboutServices.class);
            default -> {
                assertThat(reading).isInstanceOf(Interpretation.Understood.class);
                Object value = ((Interpretation.Understood) reading).value();
                Object want = question.type() == AnswerType.YES_NO ? Boolean.valueOf(expected.equals("yes")) : expected;
                assertThat(String.valueOf(value)).isEqualTo(String.valueOf(want));
            }
        }
    }
}
