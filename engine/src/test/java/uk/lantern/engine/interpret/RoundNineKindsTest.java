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
 * Round 9: each kind the tenth and eleventh sets (v10, v11) found, at one fresh answer each, with
 * look-alikes that must keep their reading (see {@code tuning-19.tsv} and
 * {@code docs/interpretation.md}, "Round 9"). Expected is {@code yes}, {@code no}, an option id or
 * number, {@code unclear} (asked again) or {@code service}. Every kind case here was read otherwise
 * before round 9.
 */
class RoundNineKindsTest {

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
            age|85|I'm filling this in for my gran, she's 85
            memory_problems|yes|my dad has dementia, I'm doing this for him
            age|70|I'm 70, my husband is 74
            is_carer|yes|I'm his carer
            daily_activities|one|1
            daily_activities|none|nope
            daily_activities|none|no trouble with any of those
            daily_activities|one|washing, that's about it
            daily_activities|one|no, only the cooking
            eye_conditions|2|a couple
            eye_conditions|3|glaucoma, cataracts and something else they're watching
            eye_conditions|3|glaucoma, dry eye, and something wrong with the retina
            sight_loss|yes|my left eye is no good since the stroke
            sight_loss|no|had the cataracts done and now I see fine
            sight_loss|unclear|a little blurry now and then
            sight_loss|yes|everything's blurry, even with my glasses on
            language_barrier|yes|Tamil is my first language, it's hard with the doctor
            language_barrier|no|Welsh is my first language but I'm fine in English
            language_barrier|no|no but my hearing makes it hard
            language_barrier|unclear|sometimes hard with the accents
            money_worries|unclear|no more than most folk
            money_worries|no|I get by
            contact_children|unclear|not often enough
            contact_children|less_than_monthly|lost touch with my son a long while back
            contact_friends|unclear|most of my friends have passed away
            contact_friends|none|all my friends have died
            group_member|no|I'm on the waiting list for the bowls club
            group_member|yes|I'm in the bowls club
            memory_problems|unclear|they're testing me at the memory clinic
            memory_problems|yes|the memory clinic diagnosed me with Alzheimer's
            memory_problems|no|I forget the odd thing but it doesn't affect anything
            left_out|unclear|I don't really notice
            isolated_from_others|some_of_the_time|in winter yes, not so much in summer
            how_often_lonely|occasionally|the odd Saturday night
            visitors|weekly|Mon and Thurs my daughter comes
            can_get_out|yes|mostly
            sex|female|trans woman
            work|service|nothing at present, could you help me find some work?
            how_often_lonely|service|what can you do for people on their own?
            group_member|unclear|what sort of group do you mean?
            sight_loss|no|my eyesight's perfect thanks
            eye_conditions|0|I haven't been told about any
            can_get_out|no|I can't get past the end of the road
            contact_family|less_than_monthly|visits are few and far between
            left_out|often|all the bloomin' time
            isolated_from_others|often|totally cut off out here
            hearing_loss|no|I can hear you perfectly
            confidant|yes|my priest
            how_often_lonely|often_always|every nite
            money_worries|yes|some weeks I chose between heating and food
            sex|prefer_not_to_say|my own business, thanks
            is_carer|no|I do my neighbour's shopping but he'd manage
            memory_problems|no|only the odd senior moment
            stopped_driving|yes|about two years ago
            stopped_driving|no|twenty years ago
            left_out|some_of_the_time|at family gatherings
            left_out|often|a lot, at family gatherings nobody talks to me
            low_mood|no|bit low at christmas but not really
            isolated_from_others|often|all the time, nobody ever calls
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
