package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.web.chat.ChatMessage.Kind;

/**
 * Round 15 (new-user trial): an 84-year-old with poor sight, a cold home, money worries and low mood, who cannot
 * get out. The summary names every concern the help listed answers, and her follow-up request for something
 * free near her that she need not travel to is read with her place and needs.
 */
class SummaryFollowUpTest extends SampleDirectoryDialogue {

    /** The 84-year-old of the trial, typed in her own words. */
    static final Map<String, String> HER = new HashMap<>(TypedAnswers.OLDER_WIDOW);

    static {
        HER.put("age", "84");
        HER.put("cold_home", "yes, I can't afford the heating");
        HER.put("money_worries", "yes");
        HER.put("sight_loss", "yes");
        HER.put("low_mood", "yes");
        HER.put("can_get_out", "no");
        HER.put("recent_loss", "no");
    }

    @Test
    void theSummaryNamesEveryConcernTheHelpListedAnswers() {
        say("ME4 4TR");
        finishWith(HER);
        Summary summary = c.summary();
        String said = String.join("\n", summary.reflection());
        assertThat(summary.mayHelp()).as(said).contains("Warmth and income help", "Sight and hearing support");
        assertThat(said).contains("your home is hard to keep warm").contains("afford everyday things")
                .contains("problems with your sight").contains("felt low")
                .doesNotContainIgnoringCase("high risk").doesNotContainIgnoringCase("score");
        assertThat(said).containsAnyOf("lonely", "lack company");
    }

    /** Her follow-up and fresh wordings of the kind: free, and she cannot get out or take a bus. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "What is there near me that's free? I can't get on a bus",
            "anything free that comes to me? I can't get out",
            "is there anything free near me, I don't go out any more",
            "free help at home please, no bus for me",
    })
    void aFollowUpForFreeHelpThatComesToHerUsesHerPlaceAndNeeds(String asked) {
        say("ME4 4TR");
        finishWith(HER);
        say(asked);
        ChatMessage answer = replies.getFirst();
        assertThat(answer.kind()).as(asked).isEqualTo(Kind.SERVICES);
        assertThat(answer.services()).as(answer.text()).isNotEmpty();
        assertThat(answer.text()).doesNotContain("couldn't find anything like that");
        for (var s : answer.services()) {
            var service = directory.service(s.id()).orElseThrow();
            assertThat(service.isFree()).as(s.id()).isTrue();
            assertThat(service.deliveries()).as(s.id()).isNotEmpty()
                    .anyMatch(d -> d != uk.lantern.directory.model.Delivery.GROUP_VENUE);
        }
    }

    /** Look-alike: a follow-up that names a kind of help ("a free lunch club") is searched as asked, not filtered. */
    @Test
    void aFollowUpNamingAKindOfHelpIsSearchedAsAsked() {
        say("ME4 4TR");
        finishWith(HER);
        say("is there a free lunch club?");
        ChatMessage answer = replies.getFirst();
        assertThat(answer.kind()).isEqualTo(Kind.SERVICES);
        assertThat(answer.text()).doesNotContain("From the help for what you told me")
                .containsIgnoringCase("lunch club");
    }
}
