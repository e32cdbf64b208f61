package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 18: the kinds the twenty-first outsiders' set (v21, {@code next-tuning/tuning-38.tsv}) misread, in wordings
 * that are in no corpus file, each kind with look-alikes that must keep their reading (docs/interpretation.md,
 * "Round 18 (a22)"). The corpus clock: 30 November 2026.
 */
class Round18KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | just me and two cats                                             | 1
            household_size        | me plus 3 little dogs                                            | 1
            household_size        | three if you count the cat                                       | unclear
            household_size        | me and my two sons                                               | 3
            household_size        | my wife's in a care home now, so it's me                         | 1
            household_size        | my wife is in a home, so only me now                             | 1
            household_size        | me, mum's in hospital at the moment                              | 1
            household_size        | me, my grandson stays over the odd weekend                       | 1
            household_size        | me and my son, he moved back in                                  | 2
            marital_status        | widowed young, married now for twenty years                      | married_or_partner
            marital_status        | divorced, not married now                                        | separated_or_divorced
            age                   | I'll be 90 on the 4th of next month                              | 89
            age                   | 75 on the twentieth next month                                   | 74
            age                   | 81 next week                                                     | 80
            money_stops_going_out | bingo cost, me not go                                            | yes
            money_stops_going_out | me no go, no money                                               | yes
            money_stops_going_out | club far, me no go                                               | no
            long_term_condition   | arthritis. not disabled, I manage fine                           | no
            long_term_condition   | blind, not disabled but I can't go out alone                     | yes
            daily_activities      | my son does the shopping, I can manage it though                 | none
            daily_activities      | my daughter does the cleaning and cooking but I can do it        | none
            daily_activities      | my son does the shopping but I couldn't do it now                | one
            hearing_loss          | the kids reckon I'm deaf, I'm just not listening                 | unclear
            hearing_loss          | my husband says I'm deaf and he's right                          | yes
            low_mood              | what is the point of all these questions                         | unclear
            low_mood              | what's the point of this questionnaire                           | unclear
            thoughts_of_harm      | whats the point in asking all this                               | unclear
            left_out              | why so many questions                                            | unclear
            low_mood              | what's the point some days                                       | yes
            sight_loss            | my eyesight's fine?                                              | unclear
            hearing_loss          | my hearing is ok                                                 | no
            how_often_lonely      | lonely yes, nobody visit                                         | unclear
            isolated_from_others  | me isolated yes. hearing people no sign                          | unclear
            how_often_lonely      | lonely yes, often                                                | often_always
            thoughts_of_harm      | took too many pills once                                         | yes
            thoughts_of_harm      | I took too many tablets by mistake                               | unclear
            confidant             | I only talk to the cat                                           | no
            confidant             | I talk to the dog and my sister                                  | yes
            can_get_out           | I can, but I don't feel like it                                  | yes
            hearing_loss          | left ear mostly                                                  | yes
            sight_loss            | my right eye                                                     | yes
            hearing_loss          | one eye                                                          | unclear
            self_rated_health     | v gd thanks                                                      | very_good
            low_mood              | naaa not me                                                      | no
            age                   | deaf club?                                                       | service_question
            household_size        | sign language classes                                            | service_question
            hearing_loss          | deaf club?                                                       | yes
            """)
    void eachKindIsReadAndItsLookAlikeKeepsItsReading(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
