package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Round 15 (new-user trial, issue 13 rule 3, how the person can take part): a Deaf or BSL request in
 * the chat finds deaf and sensory services first and never a service only because it is a "club";
 * with none where the person is, it says so and gives the national ways to reach help without a voice call.
 */
class DeafAndSightHelpTest extends SampleDirectoryDialogue {

    /** Fresh wordings of the kind, written before the fix: a Deaf or BSL request with a known place. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "deaf club near me? BSL interpreter?",
            "is there a club for deaf people?",
            "any sign language group near me",
            "I'm hard of hearing, is there a social club for people like me",
            "is there a deaf club in Chatham?",
            "any groups for hard of hearing people near me?",
    })
    void aDeafRequestFindsSensoryHelpAndNoUnrelatedClub(String asked) {
        dialogue.hear(c, "ME4 4TR");
        ChatMessage answer = servicesAnswer(asked);
        List<String> ids = answer.services().stream().map(ServiceSuggestion::id).toList();
        assertThat(ids).as(answer.text()).isNotEmpty().first().isEqualTo("lantern-sample-sensory-support");
        for (ServiceSuggestion s : answer.services()) {
            assertThat(directory.service(s.id()).orElseThrow().needs()).as(answer.text()).contains("sensory_support");
        }
        assertThat(answer.text()).doesNotContainIgnoringCase("lunch club").doesNotContainIgnoringCase("day centre");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deaf club near me? BSL interpreter?", "is there a BSL group?"})
    void aDeafRequestWithNothingWhereThePersonIsSaysSoAndGivesTheNationalDeafRoutes(String asked) {
        dialogue.hear(c, "skip");
        ChatMessage answer = servicesAnswer(asked);
        assertThat(answer.services()).as(answer.text()).isEmpty();
        assertThat(answer.text()).contains("Relay UK").contains("18001").contains("999 BSL")
                .doesNotContainIgnoringCase("lunch club");
    }

    /**
     * Round 16 (new-user trial): a Deaf man's opening message, typed where the chat asks for a postcode, was read as
     * a postcode it could not find. A question about services typed there is answered as one.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how contact help? text?", "BSL interpreter where", "deaf group where meet?"})
    void aDeafServiceQuestionAsTheOpeningMessageIsAnsweredAsOne(String asked) {
        servicesAnswer(asked);
        assertThat(c.answers()).isEmpty();
    }

    /**
     * Round 16 (new-user trial): four Deaf service questions typed at the age question were taken for answers to
     * it. Each is answered as a question about services, and no age is kept.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"any deaf club near?", "BSL interpreter where", "deaf group where meet?",
            "how contact help? text?", "interpreter for doctor how get?"})
    void aDeafServiceQuestionAtTheAgeQuestionIsAnsweredAndNoAgeKept(String asked) {
        dialogue.hear(c, "ME4 4TR");
        servicesAnswer(asked);
        assertThat(c.answers()).doesNotContainKey("age");
    }

    /**
     * Round 15 (new-user trial): Age UK Medway's advice, the only money and heating help, was shown with a web
     * address alone. The sample record lists no phone (the service's or its organisation's), so the card says
     * plainly that it is online only rather than appear reachable by phone.
     */
    @org.junit.jupiter.api.Test
    void aServiceWithOnlyAWebAddressIsSaidToBeOnlineOnly() throws Exception {
        uk.lantern.directory.model.Service advice = directory.service("lantern-sample-age-uk-advice").orElseThrow();
        assertThat(advice.phones()).isEmpty();
        assertThat(advice.contacts()).allSatisfy(x -> assertThat(x.phones()).isEmpty());
        ServiceSuggestion card = ServiceSuggestion.of(advice);
        assertThat(card.phone()).isNull();
        assertThat(card.url()).isNotNull();
        assertThat(card.onlineOnly()).isTrue();
        assertThat(card.asLine()).contains("(online only: no phone number or email is listed)");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(card);
        assertThat(json.get("onlineOnly").asBoolean()).isTrue();

        // a service with a phone is not online only, and its phone comes first
        ServiceSuggestion silverLine = ServiceSuggestion.of(directory.service("lantern-sample-silver-line").orElseThrow());
        assertThat(silverLine.onlineOnly()).isFalse();
        assertThat(silverLine.contact()).startsWith("call 0800 4 70 80 90, or see ");
    }
}
