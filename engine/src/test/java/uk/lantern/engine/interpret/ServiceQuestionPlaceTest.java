package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place named at the end of a question about services ("anything in Maidstone?"), kept apart
 * from the words to search for, so the chat can search where the person asked about (issue 13:
 * an unknown or far place never brings far-away venues).
 */
class ServiceQuestionPlaceTest {

    @ParameterizedTest(name = "\"{0}\": words \"{1}\", place \"{2}\", searching \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            anything in Maidstone?                          | maidstone                | maidstone       | ''
            is there a lunch club in Maidstone?             | lunch club maidstone     | maidstone       | lunch club
            is there a befriending service near Chatham, please? | befriending chatham | chatham         | befriending
            is there a walking group around Hoo St Werburgh? | walking group hoo st werburgh | hoo st werburgh | walking group
            is there a lunch club near ME7?                 | lunch club               | -               | lunch club
            who can help with my heating bills              | heating bills            | -               | heating bills
            """)
    void aPlaceNamedAtTheEndIsKeptApart(String typed, String words, String place, String searching) {
        assertThat(ServiceQuestion.read(typed, false)).hasValueSatisfying(q -> {
            assertThat(q.words()).isEqualTo(words);
            assertThat(q.place()).isEqualTo(place);
            assertThat(q.wordsBesidesPlace()).isEqualTo(searching);
        });
    }
}
