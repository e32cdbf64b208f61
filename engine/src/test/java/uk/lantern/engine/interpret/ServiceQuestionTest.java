package uk.lantern.engine.interpret;

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
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
