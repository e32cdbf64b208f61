package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Round 21 (g28, issue 13): asked in the chat for a kind of help the directory holds none of near the person (a food
 * bank, an LGBT+ group, counselling, a choir), the answer says plainly that Lantern knows of none near them and
 * offers only what relates, introduced as that, or nothing. Fresh wordings, none of them a line of a relevance set.
 */
class KindNotHeldChatTest extends SampleDirectoryDialogue {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "where is the nearest food bank?; a food bank; refer you to a food bank; lantern-sample-age-uk-advice",
            "any LGBT groups near me?; an LGBT+ group; ; -",
            "can I get counselling somewhere?; counselling; someone to talk to; -",
            "is there a choir I could join?; a choir; ; -",
    })
    void theAnswerSaysLanternKnowsOfNoneAndOffersOnlyWhatRelates(String asked, String kind, String lead,
                                                                  String only) {
        dialogue.hear(c, "ME4 4TR");
        ChatMessage answer = servicesAnswer(asked);
        assertThat(answer.text()).contains("I don't know of " + kind + " near you.");
        if (lead == null) {
            assertThat(answer.services()).as(answer.text()).isEmpty();
        } else {
            assertThat(answer.text()).contains(lead);
            assertThat(answer.services()).as(answer.text()).isNotEmpty();
        }
        if (!"-".equals(only)) {
            assertThat(answer.services()).as(answer.text()).extracting(ServiceSuggestion::id).containsOnly(only);
        }
        assertThat(answer.text()).doesNotContainIgnoringCase("lunch club").doesNotContainIgnoringCase("over 55")
                .doesNotContainIgnoringCase("walking group");
    }
}
