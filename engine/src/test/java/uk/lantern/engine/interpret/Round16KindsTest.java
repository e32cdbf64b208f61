package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 16: the kinds the nineteenth outsiders' set (v19, {@code next-tuning/tuning-35.tsv}) misread, BSL-style
 * answers and Deaf questions about services, in wordings that are in no corpus file, each kind with a look-alike
 * that must keep its reading (docs/interpretation.md, "Round 16 (a20)"). The corpus clock: 30 November 2026.
 */
class Round16KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            age                   | born Christmas Eve 1941, so you do the sums             | 84
            age                   | born 1st June 1941                                      | 85
            household_size        | four, no five, the lodger counts                        | 5
            eye_conditions        | two, no sorry one, the other cleared up                 | 1
            visitors              | my sister rings me every morning                        | unclear
            visitors              | my sister calls round every morning                     | most_days
            visitors              | no one comes but my son rings weekly                    | rarely
            contact_family        | my son rings every Sunday                               | unclear
            contact_family        | my brother rings every Sunday                           | monthly_or_more
            money_worries         | wouldn't say we struggle                                | no
            money_worries         | I wouldn't say it's easy                                | unclear
            money_stops_going_out | I never leave the flat                                  | unclear
            money_stops_going_out | I don't go out much but it's not the money              | no
            long_term_condition   | my daughter has MS                                      | unclear
            long_term_condition   | I have MS like my daughter                              | yes
            daily_activities      | just my tights, can't get down to my feet               | one
            work                  | packed in my job last spring                            | retired_recently
            group_member          | deaf club finish, now nothing                           | no
            group_member          | deaf club me go every Friday                            | yes
            money_worries         | money enough, ok                                        | no
            stopped_driving       | car still drive me                                      | no
            stopped_driving       | drive finish, eyes bad now                              | yes
            age                   | deaf club where?                                        | service_question
            age                   | how find BSL interpreter?                               | service_question
            language_barrier      | I need an interpreter at the doctor's                   | yes
            work                  | me work office part time                                | working
            work                  | work for my husband full time                           | unclear
            """)
    void eachKindIsReadAndItsLookAlikeKeepsItsReading(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
