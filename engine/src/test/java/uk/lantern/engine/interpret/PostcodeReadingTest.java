package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A postcode, alone or opening a sentence that goes on to ask something ({@link PostcodeReading}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class PostcodeReadingTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            postcode|LS6 3BD|ls6 3 bd
            postcode|DA12|da12 it starts with
            # Round 10
            postcode|ME7|ME7, is there a lunch club near me?
            postcode|again|is there anything in Chatham?
            # Round 11: letter O or I for the inward code's digit, as the places reader mends it
            postcode|ME8 0HH|me8 ohh
            postcode|ME7 1AB|ME7 IAB
            postcode|ME4 0QS|me4 oqs please
            postcode|ME7|me7 one of the new builds
            # Round 12: a district's number in words after its letters
            postcode|CT20|CT twenty
            postcode|again|CT twenty something
            # Round 13: a postcode taken back, the last one meant; letters and number apart
            postcode|LS6|M1 1AA, sorry, LS6
            postcode|ME5|post code is ME 5
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
