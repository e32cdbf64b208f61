package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 21: the kinds the twenty-fourth outsiders' set (v24, {@code next-tuning/tuning-41.tsv}) misread or asked again
 * most, in wordings that are in no corpus file, each kind with look-alikes that must keep their reading
 * (docs/interpretation.md, "Round 21 (a25)"). The corpus clock: 30 November 2026.
 */
class Round21KindsTest {

    private static String read(String questionId, String typed) {
        return Round15KindsTest.written(WrittenDay.read(questionId, typed));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            long_term_condition   | where can I get a walking frame                                  | service_question
            sight_loss            | where do I get a magnifier from                                  | service_question
            daily_activities      | where could I buy a grab rail for the bath                       | service_question
            hearing_loss          | where can we get one of them loud doorbells                      | service_question
            long_term_condition   | I need a walking frame to get about                              | yes
            """)
    void whereToGetAThingIsAQuestionAboutServices(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sight_loss            | had my cataract operation, everything's clear now                | no
            sight_loss            | had the cataract out in May and it's loads better, can see clearly now | no
            hearing_loss          | ears syringed last week, miles better, can hear everything now   | no
            sight_loss            | had my cataract done but still blurry                            | yes
            sight_loss            | had my cataract done, a bit better                               | yes
            """)
    void aTroublePutRightAndMuchBetterIsANo(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            memory_problems       | Forgets to eat and gets lost at times. Not diagnosed.            | yes
            memory_problems       | short-term memory's going, keeps repeating herself. no diagnosis yet | yes
            memory_problems       | Wife reports he keeps forgetting appointments, not diagnosed     | yes
            memory_problems       | Son says she forgets to eat and gets lost.                       | yes
            memory_problems       | no diagnosis, no problems                                        | no
            memory_problems       | memory fine, never been diagnosed with anything                  | no
            memory_problems       | Son reports no concerns, memory fine                             | no
            """)
    void memoryTroubleSaidOrReportedIsAYesWhateverTheDiagnosis(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            can_get_out           | I can get to the end of the road and that's it                   | no
            can_get_out           | I can walk to the post box and that's about it                   | no
            can_get_out           | I make it to the chemist next door, that's as far as I get       | no
            can_get_out           | I get to the shops and that's all I need                         | yes
            can_get_out           | I get to the shops and the club, that's all I need               | yes
            """)
    void oneNearPlaceAndThatsItIsNotGettingOut(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            feel_safe_at_home     | wouldn't walk the streets at night but indoors I'm fine          | yes
            feel_safe_at_home     | don't feel safe out on my own, at home I'm ok                    | yes
            feel_safe_at_home     | scared going out after dark but I feel safe in my flat           | yes
            feel_safe_at_home     | fine out and about but not in my own house                       | no
            feel_safe_at_home     | not safe going out at night, at home im not safe either          | no
            feel_safe_at_home     | safe outside but at home my son shouts at me                     | no
            """)
    void safetyAtHomeIsReadFromThePartAboutHome(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            visitors              | no one comes round, I see my sister at church on sundays         | rarely
            visitors              | nobody visits me. I meet my friend in town every week            | rarely
            visitors              | never get visitors, I see my pals at the club most days          | rarely
            visitors              | my friend comes round every week                                 | weekly
            """)
    void someoneMetElsewhereIsNotAVisit(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            marital_status        | before I answer, does anyone do anything for widowers            | service_question
            age                   | quick question first: is there a lunch club in Strood            | service_question
            sight_loss            | does the council do anything for people with bad eyes            | service_question
            sex                   | whats there for older men round chatham                          | service_question
            feel_safe_at_home     | can I have one of those alarm buttons                            | service_question
            household_size        | Before that, 2                                                   | 2
            contact_children      | do the kids do anything for me? not much                         | less_than_monthly
            """)
    void aServiceAskedBeforeTheAnswerOrOfABodyIsAQuestionAboutServices(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lives_with_partner    | lives with wife and son                                          | yes
            lives_with_partner    | lived with husband till he went into a home                      | unclear
            age                   | pt is 77, daughter present                                       | 77
            age                   | my husband is 82                                                 | unclear
            language_barrier      | speaks urdu only, grandson translated                            | yes
            language_barrier      | Speaks Polish and English, no interpreter needed                 | no
            is_carer              | Main carer for her husband, no carer's assessment yet            | yes
            is_carer              | no, no carers allowance                                          | no
            """)
    void aWorkersNoteOfThePersonScreenedIsRead(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            thoughts_of_harm      | I'd never go through with it, I couldn't do that to my daughter  | yes
            thoughts_of_harm      | wouldn't do it, I've got the dog                                 | yes
            thoughts_of_harm      | I would never do anything for the sake of my kids                | yes
            thoughts_of_harm      | no, I wouldn't do anything like that                             | no
            thoughts_of_harm      | no, I feel low but I'd never do it, I've got my family           | no
            thoughts_of_harm      | never had thoughts like that, I wouldn't do it to my family      | no
            """)
    void actingHeldBackForSomeonesSakeIsAYes(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hearing_loss          | hearing ok. eyes bad now                                         | no
            hearing_loss          | eyes bad, ears bad too                                           | yes
            sight_loss            | eye fine, ear bad                                                | no
            sight_loss            | eyes bad. lipread hard, sign far hard now                        | yes
            confidant             | sister hearing. me tell her everything                           | yes
            confidant             | me tell nobody                                                   | no
            is_carer              | dad live with me. me help everything                             | yes
            is_carer              | husband stroke. me care all day                                  | yes
            is_carer              | neighbour me help little only                                    | no
            """)
    void signOrderWithTheOtherSenseACarerAndAConfidant(String questionId, String typed, String expected) {
        assertThat(read(questionId, typed)).as(typed).isEqualTo(expected);
    }
}
