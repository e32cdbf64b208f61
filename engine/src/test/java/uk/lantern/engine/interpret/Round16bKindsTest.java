package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 16b: the kinds a new user's trial (2026-12-02) found misread or asked again, in fresh wordings with
 * look-alikes that keep their readings (docs/interpretation.md, "Round 16b (x7)"): past numbers and lengths of time
 * at the household question, managing "but only just", low mood or ways to be contacted at the memory question,
 * BSL-style "month one time" and "wife die". The corpus clock: 30 November 2026.
 */
class Round16bKindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size   | Just me now since my Arthur passed, it was the two of us for fifty one years | 1
            household_size   | only me now, there were three of us before the kids left                     | 1
            household_size   | it used to be the four of us, now it's just me and my daughter               | 2
            household_size   | just myself, been here 30 years                                              | 1
            household_size   | it was my husband and me, he died, so just me now                            | 1
            household_size   | there were two of us, me and my wife                                         | 2
            household_size   | two of us, been in this house twenty years                                   | 2
            household_size   | me and my wife, married sixty years                                          | 2
            money_worries    | I manage but only just, I don't go out much because the bus costs            | yes
            money_worries    | we get by, only just                                                         | yes
            money_worries    | only just scraping by                                                        | unclear
            money_worries    | only just got my pension sorted, it's fine                                   | unclear
            money_worries    | I manage fine                                                                | no
            memory_problems  | I do get a bit down, especially in the evenings                              | unclear
            memory_problems  | I get a bit depressed some days                                              | unclear
            memory_problems  | I do get a bit forgetful, especially in the evenings                         | yes
            memory_problems  | my memory's bad and I get a bit down about it                                | yes
            low_mood         | I do get a bit down, especially in the evenings                              | yes
            hearing_loss     | I get a bit down because I can't hear the telly                              | yes
            memory_problems  | phone no. text ok                                                            | unclear
            hearing_loss     | text ok, phone no                                                            | unclear
            memory_problems  | yes I forget the phone                                                       | yes
            memory_problems  | memory no problem                                                            | no
            contact_children | son come sometime, month one time                                            | monthly_or_more
            visitors         | son come sometime, month one time                                            | monthly
            visitors         | daughter come, week one time                                                 | weekly
            contact_children | son visit year one time                                                      | less_than_monthly
            visitors         | every day                                                                    | most_days
            marital_status   | wife die                                                                     | widowed
            marital_status   | husband die 2019                                                             | widowed
            marital_status   | divorced, then second wife die                                               | widowed
            marital_status   | my wife would die for me, we're married                                      | married_or_partner
            """)
    void eachKindIsReadAndItsLookAlikeKeepsItsReading(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
