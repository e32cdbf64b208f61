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
            # Round 12: a birthday still to come is the age now, one less; a birthday gone keeps its age
            age|89|I'm 90 at the end of this month
            age|84|85 on Saturday, we're having a do
            age|76|I'm 77 at the start of next month
            age|80|I was 80 at the end of last month
            # Round 12: a unit word slipped after its tens, mended only when one unit is one slip away
            age|72|seventy tow
            age|83|eighty thee
            age|65|sixty fve
            age|again|seventy fir
            age|80|eighty for a few months now
            age|70|seventy now
            household_size|2|tow
            household_size|1|just me rattling around in a three bed
            household_size|6|we're 6 now my son's family have moved in with us
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
