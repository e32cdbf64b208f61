package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each answer the closing puts back, in the second person, and the answers it never puts back. */
class ReflectionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lack_companionship   | often            | You said you often feel you lack company.
            lack_companionship   | some_of_the_time | You said you sometimes feel you lack company.
            left_out             | often            | You said you often feel left out.
            isolated_from_others | some_of_the_time | You said you sometimes feel cut off from other people.
            how_often_lonely     | often_always     | You said you often or always feel lonely.
            how_often_lonely     | occasionally     | You said you occasionally feel lonely.
            household_size       | 1                | You said you live on your own.
            self_rated_health    | fair             | You said your health is fair.
            contact_friends      | less_than_monthly| You said you see or hear from friends less than once a month.
            contact_children     | none             | You said you have no children to keep in touch with.
            daily_activities     | two_or_more      | You said several everyday tasks, like washing, dressing or cooking, are hard for you.
            """)
    void putsTheAnswerBackInTheSecondPerson(String questionId, String value, String line) {
        Object kept = value.matches("[0-9]+") ? Integer.valueOf(value) : value;
        assertThat(Reflections.line(questionId, kept)).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0} = {1} is not put back")
    @CsvSource(delimiter = '|', textBlock = """
            lack_companionship | hardly_ever
            how_often_lonely   | hardly_ever
            how_often_lonely   | never
            household_size     | 2
            self_rated_health  | very_good
            age                | 85
            sex                | male
            eye_conditions     | 1
            """)
    void leavesOutWhatIsNoWorryAndNeverSpeaksOfAge(String questionId, String value) {
        Object kept = value.matches("[0-9]+") ? Integer.valueOf(value) : value;
        assertThat(Reflections.line(questionId, kept)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"recent_loss, true", "cold_home, true", "hearing_loss, true", "can_get_out, false", "group_member, false"})
    void readsYesAndNoTheRightWayRound(String questionId, boolean worry) {
        assertThat(Reflections.line(questionId, worry)).startsWith("You said you");
        assertThat(Reflections.line(questionId, !worry)).isNull();
    }
}
