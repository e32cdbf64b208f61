package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answers issue 15 reported as misunderstood in the chat, each read as the person meant it.
 * Column three is yes or no, an option id, a number, or {@code services} for a question about
 * services.
 */
class ReportedAnswersTest {

    private final AnswerInterpreter interpreter = new AnswerInterpreter();

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            recent_loss          | my husband died last year and I miss him | yes
            lack_companionship   | not really                               | hardly_ever
            lack_companionship   | no                                       | hardly_ever
            left_out             | not at all                               | hardly_ever
            isolated_from_others | no                                       | hardly_ever
            lack_companionship   | once in a blue moon                      | hardly_ever
            how_often_lonely     | once in a blue moon                      | hardly_ever
            low_mood             | yess                                     | yes
            low_mood             | yeh                                      | yes
            low_mood             | naw                                      | no
            low_mood             | nto really                               | no
            low_mood             | definately                               | yes
            isolated_from_others | nto really                               | hardly_ever
            cold_home            | who can help with my heating bills       | services
            contact_friends      | is there a lunch club near ME7?          | services
            hearing_loss         | a bit deaf                               | yes
            """)
    void readsWhatWasMeant(String questionId, String typed, String meant) {
        Interpretation reading = interpreter.interpret(ShippedQuestions.byId(questionId), typed);
        switch (meant) {
            case "services" -> assertThat(reading).isInstanceOf(Interpretation.AboutServices.class);
            case "yes" -> assertThat(reading).isEqualTo(new Interpretation.Understood(true));
            case "no" -> assertThat(reading).isEqualTo(new Interpretation.Understood(false));
            default -> assertThat(reading).isEqualTo(new Interpretation.Understood(meant));
        }
    }

    @ParameterizedTest(name = "\"{0}\" is a services question with search words \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            who can help with my heating bills        | heating bills
            where can I find a befriending service?   | befriending
            """)
    void keepsTheSearchWords(String typed, String words) {
        assertThat(ServiceQuestion.read(typed, false)).hasValueSatisfying(q -> assertThat(q.words()).isEqualTo(words));
    }
}
