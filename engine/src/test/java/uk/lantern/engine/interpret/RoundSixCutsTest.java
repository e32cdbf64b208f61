package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.engine.interpret.WrittenDay.read;
import static uk.lantern.engine.interpret.WrittenDay.written;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.interpret.Interpretation.AboutServices;
import uk.lantern.engine.interpret.Interpretation.Understood;

/**
 * The cuts the round-6 kinds turn on, tested at their edges on 30 November 2026 (see
 * docs/interpretation.md, "Round 6"): the two-year loss window said as a season and year or as
 * "N years since", a birthday month still to come, a birth year said in words and whose it is, a
 * number that counts someone in (or a pet), a bare digit for how many tasks, a decade gone by,
 * a postcode's inward code typed with a space, and a statement that names a group but asks nothing.
 */
class RoundSixCutsTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            recent_loss     | my brother, Christmas 2024                 | yes
            recent_loss     | my brother, winter 2025                    | yes
            recent_loss     | my brother, summer 2024                    | no
            recent_loss     | it's been 24 months since mum passed       | yes
            recent_loss     | it's been 25 months since mum passed       | no
            recent_loss     | two years since my husband went            | yes
            recent_loss     | three year since my husband went           | no
            contact_children| my only daughter passed away               | none
            age             | born March nineteen forty four             | 82
            age             | born December nineteen forty four          | 81
            age             | 83 in february                             | 82
            age             | 83 in feb                                  | 82
            age             | it's my 80th today                         | 80
            age             | it'll be my 80th next month                | 79
            age             | four score years and five                  | 85
            age             | eighty, eighty one come January            | 80
            household_size  | four if you count the lodger               | 4
            household_size  | two, counting me                           | 2
            daily_activities| 2                                          | two_or_more
            daily_activities| 0                                          | none
            daily_activities| one or two                                 | one
            daily_activities| two or three                               | two_or_more
            stopped_driving | I stopped driving in the 90s               | no
            stopped_driving | I stopped driving in 2025                  | yes
            postcode        | ls6 3 bd                                   | LS6 3BD
            postcode        | da12 it starts with                        | DA12
            lives_with_partner | never married                           | no
            lives_with_partner | living with my partner, never married   | yes
            cold_home       | the heating's included but it doesn't work | yes
            cold_home       | the heating's included in my rent          | no
            """)
    void readsAtTheCut(String question, String typed, String value) {
        assertThat(read(question, typed)).isInstanceOfSatisfying(Understood.class,
                u -> assertThat(written(u.value())).isEqualTo(value));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is asked again")
    @CsvSource(delimiter = '|', textBlock = """
            recent_loss     | my brother, autumn 2024
            recent_loss     | my wife, about two years ago
            age             | my husband was born in nineteen thirty five
            age             | it was my wife's 80th today
            household_size  | two if you count the cat
            daily_activities| 2 years ago I could do them all
            confidant       | there's my son but he's always busy
            hearing_loss    | my wife says I am but I can hear fine
            left_out        | when my family go out without me
            money_worries   | I manage, just about
            """)
    void asksAgainAtTheCut(String question, String typed) {
        assertThat(read(question, typed)).isNotInstanceOf(Understood.class);
    }

    @ParameterizedTest(name = "\"{1}\" to {0} is a question about services: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            money_worries   | where's the nearest food bank?                  | true
            how_often_lonely| what is there for lonely people round here?     | true
            left_out        | are there things for men my age round here?     | true
            money_worries   | can someone check I'm getting the right benefits? | true
            how_often_lonely| I'm lonely, there's nobody round here           | false
            group_member    | no, there's nothing round here for men          | false
            """)
    void takesServiceQuestionsOnlyWhenAsked(String question, String typed, boolean asked) {
        assertThat(read(question, typed) instanceof AboutServices).isEqualTo(asked);
    }
}
