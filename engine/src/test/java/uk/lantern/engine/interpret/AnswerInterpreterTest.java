package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.interpret.Interpretation.Unclear;
import uk.lantern.engine.interpret.Interpretation.Understood;

/**
 * Everyday answers, as older people type them, read against the shipped questions. Each row is
 * question id | what was typed | the value validation will receive.
 */
class AnswerInterpreterTest {

    private final AnswerInterpreter interpreter = new AnswerInterpreter();

    private Interpretation read(String questionId, String typed) {
        return interpreter.interpret(ShippedQuestions.byId(questionId), typed);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is yes")
    @CsvSource(delimiter = '|', textBlock = """
            low_mood          | yes
            low_mood          | Yes.
            low_mood          | yeah
            low_mood          | yep
            low_mood          | afraid so
            low_mood          | I'm afraid so
            low_mood          | I’m afraid so
            low_mood          | I do
            feel_safe_at_home | I am
            low_mood          | of course
            feel_safe_at_home | certainly
            feel_safe_at_home | most definitely
            recent_loss       | sadly yes
            money_worries     | too right
            cold_home         | aye
            stopped_driving   | I have
            can_get_out       | I can
            low_mood          | yes I do
            recent_loss       | Yes, my husband
            money_worries     | I think so
            """)
    void readsYes(String question, String typed) {
        assertThat(read(question, typed)).isEqualTo(new Understood(true));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no")
    @CsvSource(delimiter = '|', textBlock = """
            low_mood          | no
            low_mood          | No!
            low_mood          | nope
            low_mood          | not really
            low_mood          | no I don't
            low_mood          | I don't think so
            low_mood          | not at all
            thoughts_of_harm  | never
            stopped_driving   | not any more
            cold_home         | nah
            feel_safe_at_home | of course not
            can_get_out       | I can't
            language_barrier  | certainly not
            money_worries     | I'm afraid not
            is_carer          | not any more, she's in a home now
            group_member      | no, never
            """)
    void readsNo(String question, String typed) {
        assertThat(read(question, typed)).isEqualTo(new Understood(false));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not guessed")
    @CsvSource(delimiter = '|', textBlock = """
            low_mood          | maybe
            low_mood          | what do you mean?
            low_mood          | banana
            low_mood          | yes and no
            low_mood          | ''
            low_mood          | '   '
            low_mood          | I don't know
            low_mood          | dunno
            low_mood          | not sure
            low_mood          | sometimes
            feel_safe_at_home | yes... no
            cold_home         | it depends
            """)
    void leavesDoubtfulYesNoUnclear(String question, String typed) {
        assertThat(read(question, typed)).isInstanceOf(Unclear.class);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lack_companionship   | most days             | often
            lack_companionship   | all the time          | often
            left_out             | every day             | often
            isolated_from_others | Often                 | often
            how_often_lonely     | most days             | often_always
            how_often_lonely     | all the time          | often_always
            how_often_lonely     | every day             | often_always
            lack_companionship   | now and then          | some_of_the_time
            lack_companionship   | sometimes             | some_of_the_time
            left_out             | from time to time     | some_of_the_time
            left_out             | occasionally          | some_of_the_time
            how_often_lonely     | sometimes             | some_of_the_time
            how_often_lonely     | from time to time     | some_of_the_time
            how_often_lonely     | now and then          | occasionally
            how_often_lonely     | occasionally          | occasionally
            how_often_lonely     | once in a while       | occasionally
            lack_companionship   | hardly ever           | hardly_ever
            lack_companionship   | rarely                | hardly_ever
            isolated_from_others | not often             | hardly_ever
            isolated_from_others | never                 | hardly_ever
            how_often_lonely     | hardly ever           | hardly_ever
            how_often_lonely     | not often             | hardly_ever
            how_often_lonely     | never                 | never
            how_often_lonely     | Never, thank goodness | never
            contact_children     | every week            | monthly_or_more
            contact_children     | weekly                | monthly_or_more
            contact_family       | most days             | monthly_or_more
            contact_friends      | every month           | monthly_or_more
            contact_friends      | a few times a year    | less_than_monthly
            contact_family       | rarely                | less_than_monthly
            contact_family       | at Christmas          | less_than_monthly
            contact_children     | I haven't got any     | none
            contact_children     | no children           | none
            contact_friends      | none                  | none
            contact_children     | I have none           | none
            """)
    void readsHowOften(String question, String typed, String option) {
        assertThat(read(question, typed)).isEqualTo(new Understood(option));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            marital_status    | my wife died                     | widowed
            marital_status    | I lost my husband                | widowed
            marital_status    | widow                            | widowed
            marital_status    | I'm a widower                    | widowed
            marital_status    | Widowed                          | widowed
            marital_status    | married                          | married_or_partner
            marital_status    | my partner and I                 | married_or_partner
            marital_status    | married 50 years                 | married_or_partner
            marital_status    | divorced                         | separated_or_divorced
            marital_status    | we separated                     | separated_or_divorced
            marital_status    | never married                    | single
            marital_status    | single                           | single
            self_rated_health | not great                        | fair
            self_rated_health | could be better                  | fair
            self_rated_health | terrible                         | poor
            self_rated_health | awful                            | poor
            self_rated_health | bad                              | poor
            self_rated_health | fine                             | good
            self_rated_health | ok                               | good
            self_rated_health | very good                        | very_good
            self_rated_health | EXCELLENT                        | excellent
            daily_activities  | none                             | none
            daily_activities  | one                              | one
            daily_activities  | two or more                      | two_or_more
            daily_activities  | a few                            | two_or_more
            daily_activities  | several                          | two_or_more
            daily_activities  | just the one                     | one
            daily_activities  | 3                                | two_or_more
            work              | retired last year                | retired_recently
            work              | retired years ago                | retired
            work              | retired                          | retired
            work              | looking for work                 | unemployed
            work              | unemployed                       | unemployed
            work              | on the dole                      | unemployed
            work              | I'm not working, I'm on the dole | unemployed
            work              | still working part time          | working
            sex               | man                              | male
            sex               | male                             | male
            sex               | I'm a woman                      | female
            sex               | female                           | female
            sex               | I'd rather not say               | prefer_not_to_say
            cares_for         | my wife                          | partner
            cares_for         | my mum                           | parent
            cares_for         | my grown-up son                  | child
            cares_for         | my neighbour                     | someone_else
            """)
    void readsOptionsFromEverydayWords(String question, String typed, String option) {
        assertThat(read(question, typed)).isEqualTo(new Understood(option));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            marital_status    | widowed               | widowed
            marital_status    | separated_or_divorced | separated_or_divorced
            marital_status    | Separated or divorced | separated_or_divorced
            marital_status    | 2                     | single
            marital_status    | number 4              | widowed
            marital_status    | the first one         | married_or_partner
            work              | 6                     | other
            work              | Retired longer ago    | retired
            self_rated_health | 5                     | poor
            sex               | 2                     | male
            contact_family    | 3                     | none
            how_often_lonely  | the second one        | some_of_the_time
            daily_activities  | 2                     | two_or_more
            daily_activities  | 1                     | one
            """)
    void readsOptionsByIdLabelOrPosition(String question, String typed, String option) {
        assertThat(read(question, typed)).isEqualTo(new Understood(option));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not guessed")
    @CsvSource(delimiter = '|', textBlock = """
            marital_status     | maybe
            marital_status     | banana
            marital_status     | ''
            marital_status     | I don't know
            marital_status     | 7
            marital_status     | divorced and widowed
            self_rated_health  | what do you mean?
            self_rated_health  | good and bad
            lack_companionship | I don't know
            contact_children   | now and then
            contact_children   | sometimes
            work               | I'm not working
            how_often_lonely   | yes and no
            sex                | banana
            """)
    void leavesDoubtfulChoicesUnclear(String question, String typed) {
        assertThat(read(question, typed)).isInstanceOf(Unclear.class);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            age            | 82                                 | 82
            age            | eighty two                         | 82
            age            | eighty-two                         | 82
            age            | Eighty Two                         | 82
            age            | ninety                             | 90
            age            | a hundred and one                  | 101
            age            | one hundred and one                | 101
            age            | I'm 82                             | 82
            age            | I am eighty seven years old        | 87
            age            | I'll be 83 in May                  | 82
            age            | I'm 82, I'll be 83 in May          | 82
            age            | nearly seventy                     | 69
            age            | 75 next birthday                   | 74
            age            | sixty-five                         | 65
            household_size | just me                            | 1
            household_size | only me                            | 1
            household_size | on my own                          | 1
            household_size | I live alone                       | 1
            household_size | just me since Jim died             | 1
            household_size | just me since my wife passed away  | 1
            household_size | me and the cat                     | 1
            household_size | me and my wife                     | 2
            household_size | my husband and I                   | 2
            household_size | the two of us                      | 2
            household_size | three of us                        | 3
            household_size | me, my wife and my son             | 3
            household_size | me and my two grandsons            | 3
            household_size | 4                                  | 4
            household_size | four                               | 4
            eye_conditions | none                               | 0
            eye_conditions | three                              | 3
            eye_conditions | 2                                  | 2
            """)
    void readsNumbers(String question, String typed, int number) {
        assertThat(read(question, typed)).isEqualTo(new Understood(number));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not guessed")
    @CsvSource(delimiter = '|', textBlock = """
            age            | maybe
            age            | banana
            age            | ''
            age            | I don't know
            age            | over 80
            age            | about seventy
            age            | 70 or 71
            age            | 8
            age            | born in 2190
            age            | born in 1850
            age            | 1940 or 1941
            household_size | me and the kids
            household_size | what do you mean?
            household_size | 40
            eye_conditions | not sure
            """)
    void leavesDoubtfulNumbersUnclear(String question, String typed) {
        assertThat(read(question, typed)).isInstanceOf(Unclear.class);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ME7 1AB                     | ME7 1AB
            me71ab                      | ME7 1AB
            ' me7  1ab '                | ME7 1AB
            it's me7 1ab thanks         | ME7 1AB
            My postcode is SW1A 1AA.    | SW1A 1AA
            ME7                         | ME7
            I live in ME7               | ME7
            """)
    void readsPostcodes(String typed, String postcode) {
        assertThat(read("postcode", typed)).isEqualTo(new Understood(postcode));
    }

    @ParameterizedTest(name = "\"{0}\" is not a postcode")
    @CsvSource(delimiter = '|', textBlock = """
            maybe
            banana
            ''
            I don't know
            ME7 1AB or DA1 2CD
            """)
    void leavesDoubtfulPostcodesUnclear(String typed) {
        assertThat(read("postcode", typed)).isInstanceOf(Unclear.class);
    }

    @ParameterizedTest(name = "free text \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '  I like gardening '   | I like gardening
            banana                  | banana
            """)
    void keepsFreeTextAsTyped(String typed, String kept) {
        assertThat(read("notes", typed)).isEqualTo(new Understood(kept));
    }
}
