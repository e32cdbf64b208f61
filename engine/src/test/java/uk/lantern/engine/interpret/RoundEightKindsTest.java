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
 * Round 8: each kind the ninth sealed set (v9) found, and the known risks of earlier rounds, at one
 * answer each with a look-alike that must keep its reading (see {@code tuning-15.tsv} and
 * {@code docs/interpretation.md}). Expected is {@code yes}, {@code no}, an option id,
 * {@code unclear} (asked again) or {@code service}.
 */
class RoundEightKindsTest {

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
            hearing_loss|unclear|my son keeps telling me I'm deaf, I'm not
            hearing_loss|unclear|my daughter thinks I need a hearing aid, there's nothing wrong with my ears
            hearing_loss|yes|my wife says I'm deaf and she's right, I can't hear the telly
            low_mood|unclear|bit down like we all get, I suppose
            low_mood|no|I have the odd off day like anyone but no
            low_mood|yes|yes, more than I'd like to admit
            language_barrier|no|I've a thick Geordie accent but English is all I speak
            language_barrier|no|only my accent, English is my language
            language_barrier|unclear|sometimes hard with the accents
            language_barrier|yes|yes, English is my second language and my accent is strong
            feel_safe_at_home|unclear|safe enough I suppose, there's been a few things
            feel_safe_at_home|unclear|yes I suppose, though things have happened
            feel_safe_at_home|yes|safe enough, nothing's ever happened round here
            feel_safe_at_home|yes|yes, never had any trouble
            work|unclear|I did shifts till last year, now I help at my son's shop
            work|retired_recently|I did shifts till last year, now I'm retired
            work|working|I did shifts at the factory and still do
            marital_status|single|sinlge
            marital_status|widowed|widowwed
            marital_status|married_or_partner|mariied 50 years
            work|retired|reitred
            lives_with_partner|no|my boyfriend lives in the next street
            lives_with_partner|no|we're together but he lives in his own house in the village
            lives_with_partner|yes|my partner lives with me
            lives_with_partner|yes|yes, we live in the next village to my daughter
            marital_status|married_or_partner|got a fella, he lives round the corner
            recent_loss|yes|loads of friends, it's my age
            recent_loss|yes|lost a few pals this year
            recent_loss|no|lost a few pals over the years but not lately
            recent_loss|unclear|I've lost loads of weight this year
            recent_loss|no|lost my keys this morning, otherwise no
            work|unclear|full time for my husband
            work|working|full time at the council
            confidant|no|who do I talk to? nobody
            confidant|yes|who do I talk to? my daughter, always
            confidant|service|who do I talk to about getting a carer?
            how_often_lonely|unclear|no, all the time
            contact_friends|unclear|never, every week
            left_out|hardly_ever|no, not often
            left_out|hardly_ever|never, I'm always in the thick of it
            thoughts_of_harm|unclear|I try not to think about it
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
                assertThat(value).isEqualTo(want);
            }
        }
    }
}
