package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An age, from digits, words, a birthday to come or a birth year ({@link WholeNumberReading},
 * {@link BirthYearReading}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class WholeNumberReadingTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            age|82|born March nineteen forty four
            age|81|born December nineteen forty four
            age|82|83 in february
            age|82|83 in feb
            age|80|it's my 80th today
            age|79|it'll be my 80th next month
            age|85|four score years and five
            age|80|eighty, eighty one come January
            age|again|my husband was born in nineteen thirty five
            age|again|it was my wife's 80th today
            # Round 9
            age|85|I'm filling this in for my gran, she's 85
            age|70|I'm 70, my husband is 74
            # Round 9b
            age|83|83yrs old
            age|72|72 y/o
            # Round 11
            age|91|Ninety one, believe it or not!
            age|88|my mum is 88, im filling this in for her
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
