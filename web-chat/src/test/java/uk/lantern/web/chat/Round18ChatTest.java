package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 18 (a22): one's own postcode said plainly at a later question ("my postcode is ...") is a change of place,
 * taken at once with the place question's checks; a short question about services typed at the age question is
 * answered as one, and no age is kept.
 */
class Round18ChatTest extends SampleDirectoryDialogue {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my postcode is ME4 6QU                    | ME4 6QU
            by the way, my postcode's ME4 6QU         | ME4 6QU
            our post code is me4 6qu thanks           | ME4 6QU
            sorry, my postcode is actually ME4 6QU    | ME4 6QU
            """)
    void ownPostcodeSaidPlainlyAtALaterQuestionIsTakenAsThePlace(String typed, String taken) {
        say("Maidstone");
        String asked = replies.getLast().questionId();
        say(TypedAnswers.OLDER_WIDOW.get(asked));
        String next = replies.getLast().questionId();
        say(typed);
        assertThat(c.place()).as("the place taken").isEqualToIgnoringCase(taken);
        assertThat(replies.getLast().questionId()).as("the questions carry on where they were").isEqualTo(next);
        assertThat(replies.stream().map(ChatMessage::text).toList().toString()).doesNotContain("one number");
    }

    /** Someone else's postcode, or a postcode with more said about it, is no command. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"my daughter's postcode is ME7 1AB", "my GP's postcode is ME7 1AB",
            "my postcode is ME7 1AB but I'm staying with my son", "the club's postcode is ME4 4TR"})
    void someoneElsesPostcodeIsNoCommand(String typed) {
        assertThat(Command.read(typed, List.of())).as(typed).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"any deaf club?", "any lunch club?", "any BSL group?", "deaf club?"})
    void aShortServiceQuestionAtTheAgeQuestionIsAnsweredAndNoAgeKept(String asked) {
        say("ME4 4TR");
        assertThat(replies.getLast().questionId()).isEqualTo("age");
        servicesAnswer(asked);
        assertThat(c.answers()).doesNotContainKey("age");
    }
}
