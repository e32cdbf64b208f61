package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question about services asked instead of an answer, and answers that only name a place or a
 * group and ask nothing ({@link ServiceQuestion}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class ServiceQuestionTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            money_worries|service|where's the nearest food bank?
            how_often_lonely|service|what is there for lonely people round here?
            left_out|service|are there things for men my age round here?
            money_worries|service|can someone check I'm getting the right benefits?
            how_often_lonely|notservice|I'm lonely, there's nobody round here
            group_member|notservice|no, there's nothing round here for men
            # Round 7
            can_get_out|service|can i get dial-a-ride
            lives_with_partner|service|Can my husband get some help too? He's got Parkinson's
            age|service|Do you have anything for people my age, I'm a pensioner
            money_stops_going_out|service|does my bus pass work before half nine?
            low_mood|service|is there talking therapy I can get without going through the GP?
            can_get_out|notservice|I can get to the shops
            recent_loss|notservice|my cat died in march, does that count?
            # Round 8
            confidant|service|who do I talk to about getting a carer?
            # Round 9
            work|service|nothing at present, could you help me find some work?
            how_often_lonely|service|what can you do for people on their own?
            # Round 11: a plain answer before a question about services is kept; the question is answered too
            postcode|service|what services have you got in Chatham?
            is_carer|service|I am a carer, is there any carer's allowance?
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }

    /**
     * Round 11: a plain answer in the clause before a question about services is carried with it
     * ("I am a carer, is there any carer's allowance?" keeps a yes); none is carried when the first
     * clause answers nothing. {@code none} means no answer carried.
     */
    @ParameterizedTest(name = "{0}: \"{2}\" carries {1}")
    @CsvSource(delimiter = '|', textBlock = """
            is_carer|yes|I am a carer, is there any carer's allowance?
            is_carer|yes|yes I look after my husband, can I get any help with that?
            is_carer|yes|I'm a carer. Is there any support for carers?
            is_carer|none|is there any carer's allowance?
            is_carer|none|not sure, is there any support for carers?
            postcode|none|what services have you got in Chatham?
            how_often_lonely|often_always|often, what might help with that?
            isolated_from_others|some_of_the_time|some of the time, is there anything that would help?
            """)
    void keepsAPlainAnswerSaidBeforeTheQuestion(String questionId, String carried, String typed) {
        assertThat(WrittenDay.read(questionId, typed)).isInstanceOfSatisfying(Interpretation.AboutServices.class,
                about -> assertThat(about.carried() == null ? "none" : WrittenDay.written(about.carried()))
                        .isEqualTo(carried));
    }
}
