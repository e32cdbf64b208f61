package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 20: the kinds the twenty-third outsiders' set (v23, {@code next-tuning/tuning-40.tsv}) misread or asked again
 * most, in wordings that are in no corpus file, each kind with look-alikes that must keep their reading
 * (docs/interpretation.md, "Round 20 (a24)"). The corpus clock: 30 November 2026.
 */
class Round20KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | what's out there for a widower                                   | service_question
            household_size        | whats out there for single mums                                  | service_question
            marital_status        | whats on for the over 70s round strood                           | service_question
            sex                   | what's going on for older men in rainham                         | service_question
            age                   | lunch club, have? me want                                        | service_question
            sex                   | walking group where? me join                                     | service_question
            age                   | deaf club rochester still going?                                 | service_question
            marital_status        | is the lunch club at st marys still running?                     | service_question
            household_size        | does the council do home visits                                  | service_question
            money_stops_going_out | something cheap to do of an afternoon?                           | service_question
            money_stops_going_out | owt free to do in chatham                                        | service_question
            household_size        | 2, me and the wife, where?                                       | 2
            age                   | 78, where                                                        | 78
            visitors              | nobody visits, no                                                | rarely
            """)
    void aServiceAskedForIsAQuestionAboutServices(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | I live on my own but my son is next door                         | 1
            household_size        | live alone, my son and his wife are next door                    | 1
            household_size        | just me and my son, my daughter lives next door                  | unclear
            household_size        | me and the wife, her mum lives next door                         | unclear
            thoughts_of_harm      | I have had thoughts but no plans                                 | yes
            thoughts_of_harm      | thoughts yes, plan no                                            | yes
            thoughts_of_harm      | I get the odd thought, would never act on it                     | yes
            thoughts_of_harm      | no thoughts, no plans                                            | no
            thoughts_of_harm      | never had thoughts like that, no plans                           | no
            """)
    void someoneNearbyIsNotCountedAndThoughtsWithoutAPlanAreThoughts(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            long_term_condition   | legs bad. walk short only                                        | yes
            long_term_condition   | back bad sometimes                                               | unclear
            memory_problems       | me forget names. memory poor                                     | yes
            memory_problems       | memory fine                                                      | no
            language_barrier      | deaf. english writing hard                                       | yes
            language_barrier      | sign first. english reading bad                                  | yes
            language_barrier      | english writing fine, no problem                                 | no
            language_barrier      | BSL. english read ok, talk no. need interpreter doctor           | yes
            feel_safe_at_home     | me safe. neighbours good                                         | yes
            feel_safe_at_home     | home scary night. lads shout                                     | no
            work                  | me retire years, before bus driver                               | retired
            work                  | work me, shop part time                                          | working
            work                  | retire last year                                                 | unclear
            daily_activities      | me do all myself                                                 | none
            daily_activities      | cant manage the shopping, rest fine                              | one
            daily_activities      | bathing hard now, rest ok                                        | one
            daily_activities      | struggle with cleaning, the rest i can do                        | one
            daily_activities      | cooking and cleaning hard, rest ok                               | unclear
            """)
    void signOrderAnswersAreRead(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size        | me and my husband, the kids have moved out                       | 2
            household_size        | me and the wife, kids moved out years ago                        | 2
            household_size        | me and my son, my daughter moved out                             | 2
            household_size        | just me and my daughter now, my husband died                     | 2
            household_size        | me and my wife, our son is in hospital                           | 2
            household_size        | my son and daughter have both moved out                          | unclear
            household_size        | my son has moved out, just me and the wife                       | 2
            household_size        | just me, my husband died last year                               | 1
            household_size        | me, my husband and our two kids                                  | 4
            household_size        | my daughter and her two boys                                     | 4
            """)
    void whoIsGoneIsSaidOfThePersonItFollows(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            low_mood              | not recently                                                     | no
            low_mood              | not of late, touch wood                                          | no
            group_member          | not recently                                                     | no
            low_mood              | not lately no but before yes                                     | unclear
            hearing_loss          | I have a cochlear implant in one ear                             | yes
            hearing_loss          | bone anchored hearing aid                                        | yes
            hearing_loss          | my husband has a cochlear implant, I am fine                     | no
            age                   | me 70, wife 68                                                   | 70
            age                   | wife 68, me 70                                                   | 70
            age                   | my husband is 80 and me 76                                       | 76
            age                   | me 45 years here, 80 now                                         | unclear
            age                   | me 58, mum 83, which one do you want?                            | unclear
            """)
    void notLatelyAnImplantAndOnesOwnAgeInAList(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    /**
     * Round 20 (lead, from s27's report): at thoughts_of_harm an answer that is only how often ("Every day", "Sometimes.
     * More than sometimes.", "all the time") says yes, and the chat gives the suicide help at that turn; it was asked
     * again. A frequency said of something else ("every day I think about my wife", "I walk every day") is not a yes.
     */
    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            thoughts_of_harm      | Every day                                                        | yes
            thoughts_of_harm      | every night, yes                                                 | yes
            thoughts_of_harm      | most days                                                        | yes
            thoughts_of_harm      | all the time                                                     | yes
            thoughts_of_harm      | Sometimes. More than sometimes.                                  | yes
            thoughts_of_harm      | more often than not                                              | yes
            thoughts_of_harm      | constantly if I'm honest                                         | yes
            thoughts_of_harm      | quite often lately                                               | yes
            thoughts_of_harm      | daily                                                            | yes
            thoughts_of_harm      | no, never                                                        | no
            thoughts_of_harm      | every day I think about my wife                                  | unclear
            thoughts_of_harm      | I walk every day                                                 | unclear
            """)
    void howOftenAloneAtThoughtsOfHarmIsAYes(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    /**
     * Round 20 (lead, from s27's report): the question said back before the answer ("Harming myself? No.") is not a
     * yes; what follows it decides. Look-alikes: the question said back and then a yes.
     */
    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            thoughts_of_harm      | Harming myself? No. I get cross with myself for forgetting things, that's all. | no
            thoughts_of_harm      | Hurting myself? No, I'm too much of a coward for that, love                   | no
            thoughts_of_harm      | harm myself?? no never                                                        | no
            thoughts_of_harm      | Harm myself? Not me, I've got too much to live for                            | no
            thoughts_of_harm      | Harming myself, yes, I burn myself with cigarettes.                           | yes
            thoughts_of_harm      | Hurting myself? Yes, sometimes                                                | yes
            """)
    void theQuestionSaidBackIsNotTheAnswer(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
