package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 19: the kinds the twenty-second outsiders' set (v22, {@code next-tuning/tuning-39.tsv}) misread, in wordings
 * that are in no corpus file, each kind with look-alikes that must keep their reading (docs/interpretation.md,
 * "Round 19 (a23)"). The corpus clock: 30 November 2026.
 */
class Round19KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | me alone. wife die 2021                                          | 1
            household_size        | just me now, my husband passed 2016                              | 1
            work                  | jobseeker, nobody take deaf man                                  | unemployed
            work                  | job seeker at the moment                                         | unemployed
            work                  | I've got a job at the school                                     | working
            language_barrier      | BSL. english read ok, talk no. need interpreter doctor           | yes
            language_barrier      | need interpreter for hospital                                    | yes
            language_barrier      | english ok, no problem                                           | no
            language_barrier      | no, never needed an interpreter                                  | no
            eye_conditions        | two no three wait... two. cataract and glaucoma                  | 2
            eye_conditions        | four, no three, sorry                                            | 3
            eye_conditions        | two no three                                                     | 3
            money_stops_going_out | yes, it's hard, I told you                                       | unclear
            cold_home             | no I'm lonely, I said                                            | unclear
            money_stops_going_out | yes the cost stops me, I said                                    | yes
            money_stops_going_out | yes I said                                                       | yes
            marital_status        | lunch club near? me like meet people                             | service_question
            age                   | walking group have? me slow walk                                 | service_question
            sex                   | r there any lunch clubs in strood                                | service_question
            household_size        | do you lot do anything for carers?                               | service_question
            age                   | 82, near enough                                                  | 82
            """)
    void eachKindIsReadAndItsLookAlikeKeepsItsReading(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
