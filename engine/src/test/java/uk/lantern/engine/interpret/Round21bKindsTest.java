package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 21b: the kinds the twenty-fifth outsiders' set (v25, {@code next-tuning/tuning-42.tsv}) misread, in wordings
 * that are in no corpus file, each kind with look-alikes that must keep their reading (docs/interpretation.md,
 * "Round 21 (a26)"). The corpus clock: 30 November 2026.
 */
class Round21bKindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            daily_activities      | two, no three, cooking and the stairs too                        | two_or_more
            eye_conditions        | one, no two, I forgot the glaucoma                               | 2
            eye_conditions        | two, sorry three                                                 | 3
            daily_activities      | one, no two, washing as well                                     | two_or_more
            daily_activities      | one no two, the shopping too                                     | two_or_more
            daily_activities      | just the one, the bath                                           | one
            """)
    void aCountPutRightInTheAnswerIsTheLastCount(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            eye_conditions        | cataracts, macular and the diabetic one                          | 3
            eye_conditions        | glaucoma and that diabetic one                                   | 2
            eye_conditions        | just the one, glaucoma                                           | 1
            """)
    void theOneThatNamesAThingIsNoCount(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            low_mood              | I can't say I haven't                                            | yes
            hearing_loss          | wouldn't say I don't                                             | yes
            how_often_lonely      | I wouldn't say I haven't                                         | unclear
            """)
    void aDoubleNegativeIsAYes(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            memory_problems       | a bit forgetful now and then, but who isn't at my age            | no
            memory_problems       | I forget names, always have done                                 | no
            memory_problems       | scatty, same as everyone                                         | no
            memory_problems       | forgetful and it's getting worse                                 | yes
            memory_problems       | I forget names, never used to                                    | yes
            memory_problems       | I don't forget things, never used to either                      | no
            """)
    void ordinaryForgetfulnessSaidToBeNormalIsANo(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | me want deaf club. where ask?                                    | service_question
            living_alone          | me need help house. who ask?                                     | service_question
            money_worries         | pension small. bills big                                         | yes
            money_worries         | me retire. money little. worry                                   | yes
            money_worries         | money ok. no worry                                               | no
            money_worries         | me no job. pension small. struggle                               | yes
            money_worries         | me no car. money little. hard                                    | yes
            isolated_from_others  | me lonely. no deaf people near                                   | unclear
            lack_companionship    | me isolated. family hearing, no sign                             | unclear
            isolated_from_others  | me lonely. always                                                | often
            how_often_lonely      | I'm on my own, not lonely                                        | never
            """)
    void bslOrderIsReadByItsParts(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            daily_activities      | I cope                                                           | unclear
            daily_activities      | oh I get by                                                      | unclear
            daily_activities      | well I manage                                                    | unclear
            daily_activities      | I muddle through                                                 | unclear
            daily_activities      | I manage everything fine                                         | none
            contact_friends       | I don't have friends really, just people I know                  | unclear
            stopped_driving       | got rid of the car                                               | unclear
            stopped_driving       | sold my car                                                      | unclear
            stopped_driving       | sold the car last year                                           | yes
            stopped_driving       | yes, had to sell my car                                          | yes
            stopped_driving       | my son sold my car, said I was a danger                          | yes
            contact_friends       | no real friends, just neighbours to say hello to                 | unclear
            contact_friends       | haven't got friends as such, only people I know from church      | unclear
            """)
    void anAnswerThatLeavesTheQuestionOpenIsAskedAgain(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
