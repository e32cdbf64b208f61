package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many tasks or eye conditions, from things named, digits or loose counts ({@link NamedCount}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class NamedCountTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            daily_activities|two_or_more|2
            daily_activities|none|0
            daily_activities|one|one or two
            daily_activities|two_or_more|two or three
            daily_activities|again|2 years ago I could do them all
            # Round 7
            daily_activities|none|I manage everything myself
            daily_activities|two_or_more|I struggle with washing and getting dressed
            daily_activities|again|some days a few
            daily_activities|again|I manage most things myself
            daily_activities|!none|my daughter has to do it all for me
            # Round 9
            daily_activities|one|1
            daily_activities|none|nope
            daily_activities|none|no trouble with any of those
            daily_activities|one|washing, that's about it
            daily_activities|one|no, only the cooking
            eye_conditions|2|a couple
            eye_conditions|3|glaucoma, cataracts and something else they're watching
            eye_conditions|3|glaucoma, dry eye, and something wrong with the retina
            eye_conditions|0|I haven't been told about any
            # Round 10
            daily_activities|none|non
            daily_activities|one|only my shoelaces, otherwise all good
            daily_activities|one|cooking's a nightmare now, otherwise ok
            daily_activities|none|no, I'm ok with everything
            daily_activities|two_or_more|dressing and the bath are a nightmare
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
