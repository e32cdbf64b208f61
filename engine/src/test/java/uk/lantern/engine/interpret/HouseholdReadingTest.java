package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many people live in the home, from people named or counted ({@link HouseholdReading}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class HouseholdReadingTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            household_size|4|four if you count the lodger
            household_size|2|two, counting me
            household_size|again|two if you count the cat
            # Round 7
            household_size|2|does the dog count? ha. just the two of us
            household_size|2|myself and my son who's moved back in
            household_size|1|just myself since my son moved out
            # Round 9b
            household_size|3|thre in the house
            household_size|4|me, my daughter and her two small boys
            # Round 18 (a22): was 2 (the pets' number read as the count); the docs since round 9b say "two little dogs" are
            # pets, and the twenty-first set reads "me and three dogs" as 1: pets are never people
            household_size|1|me and my two little dogs
            # Round 11
            household_size|3|me, my wife and our grandson who's lived with us since his mum and dad split
            household_size|2|me and my son, who moved back in after his wife and kids left
            household_size|3|me, my husband and my mum
            household_size|4|me, my wife, our son and his girlfriend
            household_size|unclear|me and whoever my daughter has fallen out with this week
            # Round 13: a number with someone counted in it
            household_size|6|a full house, 6 with my nan
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
