package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Round 17 (c17), a new-user trial in Chromium with older people, some with sight loss at 200% zoom or a screen
 * reader: an answer not understood twice got "Please choose one of these." alone, the question scrolled away; a person
 * who gave no place was later told of "where you are"; cards in answers to service questions said nothing of where
 * the service runs.
 */
class Round17ChatTest extends SampleDirectoryDialogue {

    private ChatMessage last() {
        return replies.getLast();
    }

    private void answerUntil(String questionId) {
        while (!questionId.equals(last().questionId())) {
            String asked = last().questionId();
            say(TypedAnswers.OLDER_WIDOW.get(asked));
            assertThat(last().questionId()).as("answer to " + asked + " understood").isNotEqualTo(asked);
        }
    }

    /** Every time a question is put again after an answer not understood, the message holds the question itself. */
    @Test
    void aQuestionPutAgainAfterUnclearAnswersStandsAloneWithTheQuestionInIt() {
        say("skip");
        answerUntil("marital_status");
        say("the weather is lovely");
        say("bananas");
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(last().text()).as("the second time: the question, then the choices")
                .isEqualTo("What is your marital status? Please choose one of these.");
        for (String typed : List.of("purple", "purple", "no idea at all really")) {
            say(typed);
            assertThat(last().questionId()).isEqualTo("marital_status");
            assertThat(last().text()).as("after \"%s\"", typed).startsWith("What is your marital status?");
        }
    }

    @Test
    void aNumberQuestionPutAgainHoldsTheQuestionToo() {
        say("skip");
        say("a fair old age");
        say("pass me the biscuits");
        assertThat(last().questionId()).isEqualTo("age");
        assertThat(last().text()).startsWith("How old are you?").contains("Just the number");
        say("the garden");
        assertThat(last().text()).startsWith("How old are you?");
        say("skip");
        say("skip");
        assertThat(last().text()).as("a second \"skip\" at a needed question").startsWith(CommandTurn.STILL_NEEDED)
                .contains("How old are you?");
    }

    /** The question in brief: its examples are left out, its meaning kept. */
    @Test
    void theQuestionInBriefLeavesOutItsExamples() {
        var questions = dialogueQuestions();
        assertThat(QuestionPrompts.brief(questions.question("daily_activities").orElseThrow()))
                .isEqualTo("How many everyday tasks do you have difficulty with?");
        assertThat(QuestionPrompts.brief(questions.question("recent_loss").orElseThrow()))
                .isEqualTo("In the last two years, have you lost someone close to you?");
        assertThat(QuestionPrompts.brief(questions.question("can_get_out").orElseThrow()))
                .isEqualTo("Can you get to the places you want to go?");
        assertThat(QuestionPrompts.brief(questions.question("sight_loss").orElseThrow()))
                .as("no example: kept whole").isEqualTo("Do you have problems with your sight, even with glasses?");
        assertThat(QuestionPrompts.brief(questions.question("postcode").orElseThrow()))
                .isEqualTo("What is your postcode, or the name of your town?");
    }

    private static uk.lantern.engine.questionnaire.Questionnaire dialogueQuestions() {
        return uk.lantern.engine.RuleBase.load().questionnaire();
    }

    /** Words that give no place, at the place question: taken as no place, and said plainly what follows. */
    @ParameterizedTest
    @ValueSource(strings = {"rather not say", "I'd rather not say", "I don't know", "dunno", "I'd prefer not to give it",
            "not telling you", "I don't want to say", "none of your business", "no idea", "Sorry, I don't know.",
            "I don't really want to give my postcode", "I'm not sure", "skip", "I don't know where you live",
            "prefer not to say"})
    void noPlaceGivenIsSaidPlainlyAndOffersToTakeATownOrPostcode(String typed) {
        say(typed);
        assertThat(c.place()).isNull();
        assertThat(last().questionId()).as(typed).isEqualTo("age");
        assertThat(last().text()).contains("anywhere in the country, by phone or online")
                .contains("town or postcode").doesNotContain("near you").doesNotContain("where you are");
    }

    /** A place in the same message wins over words of not knowing something else. */
    @ParameterizedTest
    @ValueSource(strings = {"I don't know the postcode but I'm in Chatham", "not sure, ME7 I think"})
    void aPlaceBesideWordsOfNotKnowingIsStillThePlace(String typed) {
        say(typed);
        assertThat(c.place()).as(typed).isNotNull();
    }

    @Test
    void withNoPlaceAServiceAnswerNeverSpeaksOfWhereThePersonIs() {
        say("rather not say");
        for (String asked : List.of("is there a lunch club?", "is there a deaf club?", "who can help with heating bills?",
                "is there a BSL group?", "a deaf club near me?")) {
            ChatMessage answer = servicesAnswer(asked);
            assertThat(answer.text()).as(asked).contains("anywhere in the country").contains("town or postcode")
                    .doesNotContain("near you").doesNotContain("where you are").doesNotContain("where you live");
        }
    }

    /** The trial's words: a Deaf request with no place and nothing found spoke of "where you are". */
    @ParameterizedTest
    @ValueSource(strings = {"rather not say", "I don't know", "skip"})
    void aDeafRequestWithNoPlaceAndNothingFoundSaysNothingOfWhereThePersonIs(String noPlace) {
        say(noPlace);
        ChatMessage answer = servicesAnswer("deaf club near me? BSL interpreter?");
        assertThat(answer.services()).isEmpty();
        assertThat(answer.text()).contains(ServiceReply.NO_DEAF_SERVICE_ANYWHERE).contains("Relay UK")
                .doesNotContain("where you are").doesNotContain("near you").contains("town or postcode");
    }

    /** Cards in an answer to a question about services say where each runs. */
    @Test
    void cardsInAServiceAnswerSayWhereTheServiceRuns() {
        say("ME7 1AB");
        List<ServiceSuggestion> cards = servicesAnswer("is there a lunch club?").services();
        assertThat(cards).isNotEmpty().allSatisfy(s -> assertThat(s.where()).as(s.name()).isNotBlank());
        cards = servicesAnswer("any befriending?").services();
        assertThat(cards).anySatisfy(s -> assertThat(s.where()).contains("Visits you at home"));
        assertThat(servicesAnswer("is there a men's group?").services())
                .anySatisfy(s -> assertThat(s.where()).startsWith("At ").contains("Gillingham"));
        assertThat(servicesAnswer("is there a lunch club?").text()).contains("Where: ");
    }

    @Test
    void theClosingCardsStillSayWhereInTheirReasonOnly() {
        say("ME7 1AB");
        finishWith(TypedAnswers.OLDER_WIDOW);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        assertThat(last().summary().services()).allSatisfy(s -> assertThat(s.where()).isNull());
    }
}
