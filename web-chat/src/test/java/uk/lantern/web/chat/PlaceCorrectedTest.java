package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place corrected in the chat ("change my postcode") changes where services are, and nothing else (round 16,
 * trial: The Silver Line was reported gone from a 79-year-old's suggestions once her place was corrected to
 * Chatham). The suggestions after a correction are those for the place given first time, and a national phone line
 * for older people found for an unknown place stays among them.
 */
class PlaceCorrectedTest extends SampleDirectoryDialogue {

    static final String SILVER_LINE = "lantern-sample-silver-line";

    /** A 79-year-old widow; {@code out} when she gets out and about, with no sight loss, money worry or recent loss. */
    static Map<String, String> widowOf79(boolean out) {
        Map<String, String> typed = new HashMap<>(TypedAnswers.OLDER_WIDOW);
        typed.put("age", "79");
        if (out) {
            typed.put("can_get_out", "yes");
            typed.put("sight_loss", "no");
            typed.put("money_worries", "no");
            typed.put("recent_loss", "no");
        }
        return typed;
    }

    @ParameterizedTest(name = "{0} -> {1}, out and about: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ME99 9ZZ  | Chatham       | false
            Maidstone | Chatham       | false
            Maidstone | ME4 4TR       | false
            ME99 9ZZ  | Chatham, Kent | false
            ME7       | Chatham       | false
            ME99 9ZZ  | Chatham       | true
            Maidstone | it's Chatham  | true
            ME7       | Chatham       | true
            """)
    void aCorrectedPlaceGetsWhatThePlaceGivenFirstWouldHave(String first, String corrected, boolean out) {
        Map<String, String> typed = widowOf79(out);
        say(corrected);
        finishWith(typed);
        List<String> direct = closingServices();

        start();
        say(first);
        finishWith(typed);
        List<String> before = closingServices();
        say("change my postcode");
        say(corrected);
        finishWith(typed);
        List<String> after = closingServices();
        System.out.println("PROBE " + first + " -> " + corrected + " out " + out + ": before " + before + ", after "
                + after + ", direct " + direct);
        assertThat(after).as("after the correction, as given first").isEqualTo(direct);
        if (!out) {
            assertThat(after).as("The Silver Line stays").contains(SILVER_LINE);
        }
    }

    /**
     * Round 16b (x7, new-user trial): a place corrected in a sentence at a later question, with the new place in it,
     * is taken at once with the place question's checks, and the questions carry on where they were; a request
     * without a place asks for it. Before, the first two were read as answers ("I could not find one number").
     */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Oh sorry I should have given you the postcode, it's ME4 6QU | ME4 6QU
            can you change my postcode to ME4 6QU please                | ME4 6QU
            could you update my town to Chatham                          | Chatham
            my postcode is wrong, can I change it                        |
            change my postcode                                           |
            """)
    void aPlaceCorrectedInASentenceIsTakenAtAnyQuestion(String typed, String taken) {
        say("Maidstone");
        String asked = replies.getLast().questionId();
        say(TypedAnswers.OLDER_WIDOW.get(asked));
        String next = replies.getLast().questionId();
        say(typed);
        if (taken == null) {
            assertThat(replies.getLast().questionId()).as("the place asked for").isEqualTo(Dialogue.PLACE);
            say("ME4 6QU");
        } else {
            assertThat(c.place()).as("the place taken").isEqualToIgnoringCase(taken);
        }
        assertThat(replies.getLast().questionId()).as("the questions carry on where they were").isEqualTo(next);
        assertThat(replies.stream().map(ChatMessage::text).toList().toString()).doesNotContain("one number");
    }

    /** Round 16b (x7): answers and questions that name a place word but ask for no change stay answers. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I moved to a new town last year
            is there a lunch club in my town
            I'm new to the town
            my daughter lives in town, I'm on my own
            the postcode is fine thanks
            I need to change my address with the council
            """)
    void aPlaceWordWithoutARequestIsNoCommand(String typed) {
        assertThat(Command.read(typed, List.of())).as(typed).isNull();
    }

    private List<String> closingServices() {
        return c.transcript().reversed().stream().filter(m -> !m.services().isEmpty()).findFirst()
                .map(m -> m.services().stream().map(s -> s.id()).toList()).orElse(List.of());
    }
}
