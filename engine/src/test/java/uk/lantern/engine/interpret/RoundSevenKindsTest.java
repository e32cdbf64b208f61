package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.engine.interpret.WrittenDay.read;
import static uk.lantern.engine.interpret.WrittenDay.written;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.interpret.Interpretation.AboutServices;
import uk.lantern.engine.interpret.Interpretation.Understood;

/**
 * The round-7 kinds (the eighth sealed set's misses, see docs/interpretation.md, "Round 7"), each
 * with the look-alike on the other side of its line: a question back is asked again but an answer
 * after it is read; a request without a question mark is a service question but "I can get out"
 * is an answer; an exception to feeling safe is asked again unless it names harm; a thought of
 * harm is a yes beside a denial of acting but not when said to be long past; a yes or no on both
 * sides of a "but" is asked again.
 */
class RoundSevenKindsTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size      | does the dog count? ha. just the two of us       | 2
            confidant           | yes, I can always count on my daughter           | yes
            can_get_out         | I can get out fine, I get the bus                | yes
            self_rated_health   | nae bad                                          | good
            money_worries       | nae bother, I'm fine                             | no
            visitors            | wkly                                             | weekly
            marital_status      | devorsed                                         | separated_or_divorced
            household_size      | myself and my son who's moved back in            | 2
            household_size      | just myself since my son moved out               | 1
            daily_activities    | I manage everything myself                       | none
            daily_activities    | I struggle with washing and getting dressed      | two_or_more
            left_out            | quite a bit                                      | often
            left_out            | a bit                                            | some_of_the_time
            left_out            | never, I'm always in the thick of it             | hardly_ever
            isolated_from_others| the odd day                                      | some_of_the_time
            contact_children    | rarely, they're busy                             | less_than_monthly
            thoughts_of_harm    | I'd never do anything but I do think about it    | yes
            thoughts_of_harm    | I have thought about it but no, I wouldn't       | yes
            thoughts_of_harm    | sometimes I wish I didn't wake up                | yes
            thoughts_of_harm    | no, I've never thought about it                  | no
            thoughts_of_harm    | I thought about it years ago but no, not lately  | no
            feel_safe_at_home   | most of the time, apart from when he's been drinking | no
            confidant           | no, I keep myself to myself                      | no
            confidant           | I keep myself to myself, there's nobody          | no
            confidant           | can't think of anyone                            | no
            money_worries       | I manage but it's tight                          | yes
            cold_home           | no, heating's included in my rent                | no
            cold_home           | heating's broke and the landlord won't fix it    | yes
            cold_home           | the landlord won't sort the damp and it's freezing | yes
            marital_status      | divorced from the first, widowed from the second | widowed
            marital_status      | my first husband died, the second one and I divorced | separated_or_divorced
            lives_with_partner  | my partner and I share the flat                  | yes
            lives_with_partner  | I share the flat with a lodger                   | no
            contact_family      | I'm the last of them                             | none
            contact_family      | only child, parents long gone                    | none
            money_worries       | the pension covers it                            | no
            money_worries       | the pension doesn't cover it                     | yes
            self_rated_health   | I've had two strokes and can barely walk         | poor
            hearing_loss        | fine with my aid in                              | no
            hearing_loss        | even with my aid I struggle                      | yes
            stopped_driving     | had to give it up after the stroke               | yes
            is_carer            | full time for my son                             | yes
            is_carer            | my daughter looks after me full time             | no
            work                | was a nurse                                      | retired
            """)
    void readsEachKind(String question, String typed, String value) {
        assertThat(read(question, typed)).isInstanceOfSatisfying(Understood.class,
                u -> assertThat(written(u.value())).isEqualTo(value));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is asked again")
    @CsvSource(delimiter = '|', textBlock = """
            recent_loss         | my dog died in the spring, does that count
            group_member        | does the pub quiz count?
            group_member        | I go to a knit and natter at the library, is that a group?
            daily_activities    | some days a few
            daily_activities    | I manage most things myself
            feel_safe_at_home   | mostly, apart from when my grandson's about
            feel_safe_at_home   | yes mostly, except when my son visits
            confidant           | I keep myself to myself
            confidant           | I've got my son but he's always too busy
            thoughts_of_harm    | I wouldn't say never but I wouldn't do anything
            money_worries       | no, but I do worry about the bills
            money_worries       | I struggle but I manage
            money_worries       | the pension just about covers it
            low_mood            | yes I'm often low but no, I don't want any help
            marital_status      | divorced and widowed
            contact_family      | I'm the last of the brothers but there's my nieces
            contact_children    | they're busy
            work                | a nurse
            """)
    void asksAgainAtTheLine(String question, String typed) {
        assertThat(read(question, typed)).isNotInstanceOf(Understood.class);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not read as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            daily_activities    | my daughter has to do it all for me              | none
            left_out            | never, but sometimes at night                    | hardly_ever
            self_rated_health   | I had a stroke but I'm fine now                  | poor
            work                | was a nurse, now I care for my mum               | retired
            work                | I was a nurse until last year                    | retired
            work                | was a cleaner till my back went                  | retired
            low_mood            | I do count my blessings but I've been very low   | no
            """)
    void doesNotOverreach(String question, String typed, String not) {
        Interpretation reading = read(question, typed);
        if (reading instanceof Understood u) {
            assertThat(written(u.value())).isNotEqualTo(not);
        }
    }

    @ParameterizedTest(name = "\"{1}\" to {0} is a question about services: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            can_get_out          | can i get dial-a-ride                                        | true
            lives_with_partner   | Can my husband get some help too? He's got Parkinson's      | true
            age                  | Do you have anything for people my age, I'm a pensioner      | true
            money_stops_going_out| does my bus pass work before half nine?                      | true
            low_mood             | is there talking therapy I can get without going through the GP? | true
            can_get_out          | I can get to the shops                                        | false
            recent_loss          | my cat died in march, does that count?                       | false
            """)
    void takesServiceQuestionsWithoutAQuestionMark(String question, String typed, boolean asked) {
        assertThat(read(question, typed) instanceof AboutServices).isEqualTo(asked);
    }
}
