package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 17: the kinds the twentieth outsiders' set (v20, {@code next-tuning/tuning-37.tsv}) misread or could not
 * take, in wordings that are in no corpus file, each kind with look-alikes that must keep their reading
 * (docs/interpretation.md, "Round 17 (a21)"). The corpus clock: 30 November 2026.
 */
class Round17KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sex                  | me man. deaf walking group, have?                                | service_question
            household_size       | me live with wife. lunch club have?                              | service_question
            age                  | me 70. befriend service have?                                    | service_question
            low_mood             | is there somebody I could speak to about my anxiety              | service_question
            sex                  | any mens sheds near me                                           | service_question
            visitors             | any ladies' clubs that meet in the mornings                      | service_question
            eye_conditions       | can I get talking books                                          | service_question
            feel_safe_at_home    | could I have a pendant alarm                                     | service_question
            money_worries        | any food parcels near Chatham?                                   | service_question
            thoughts_of_harm     | pt reports thoughts of ending life most days, denies plan        | yes
            language_barrier     | English no good, me sign                                         | yes
            language_barrier     | me deaf. English little                                          | yes
            language_barrier     | no English is my first language                                  | no
            language_barrier     | English no problem                                               | no
            sex                  | me woman                                                         | female
            household_size       | me and my son, I have                                            | 2
            confidant            | I can ring my sister if I want to talk                           | yes
            money_worries        | we live near Strood                                              | unclear
            thoughts_of_harm     | my son talks about ending his life, not me                       | no
            thoughts_of_harm     | my daughter tried ending her life last year                      | unclear
            household_size       | any visitors don't count, it's just me                           | 1
            left_out             | Often, I am never invited anywhere now                           | often
            left_out             | Often, I never get asked                                         | often
            how_often_lonely     | occasionally, not often                                          | occasionally
            left_out             | sometimes, I'd say often                                         | unclear
            left_out             | often, no, hardly ever                                           | hardly_ever
            lack_companionship   | hardly ever, my family are always round                          | hardly_ever
            sight_loss           | me eyes ok                                                       | no
            hearing_loss         | ears bad                                                         | yes
            long_term_condition  | legs weak, walk little only                                      | yes
            hearing_loss         | my ears aren't bad                                               | unclear
            long_term_condition  | bad knees sometimes                                              | yes
            work                 | I work a few days at the pub                                     | working
            work                 | three days a week at the bakery                                  | working
            work                 | three days a week at the day centre                              | unclear
            work                 | a few days in hospital last year                                 | unclear
            work                 | I do two days a week at the charity shop, volunteering           | other
            money_stops_going_out | if it was not for the taxi fares I would go                     | yes
            money_stops_going_out | can't get to bingo, the taxi is £9 each way                     | yes
            money_stops_going_out | can't do the stairs, I got a £5 voucher though                  | unclear
            money_stops_going_out | if it wasn't for my legs I'd be out every day                   | unclear
            cold_home            | we're all right for heating, ta                                  | no
            cold_home            | alright for heating but the damp is awful                        | yes
            language_barrier     | English is the only language I speak                             | no
            language_barrier     | English is the only language I know a bit of, Polish is mine     | yes
            """)
    void eachKindIsReadAndItsLookAlikeKeepsItsReading(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
