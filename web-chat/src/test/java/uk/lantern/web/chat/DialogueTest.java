package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.web.directory.TestDirectoryDatabase;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.web.chat.ChatMessage.Kind;

/** The conversation without a server: a whole screening typed in everyday words, and every detour. */
class DialogueTest extends SampleDirectoryDialogue {

    static final Map<String, String> TYPED = TypedAnswers.OLDER_WIDOW;

    /** Says a place and checks the questions start (the first is the person's age); returns all that was said. */
    private String placeGiven(String typed) {
        say(typed);
        assertThat(last().questionId()).as("the questions start after \"" + typed + "\"").isEqualTo("age");
        return allSaid();
    }

    private ChatMessage last() {
        return replies.getLast();
    }

    /** Answers with the typed words until the question asked is {@code questionId}. */
    private void answerUntil(String questionId) {
        while (!questionId.equals(last().questionId())) {
            String asked = last().questionId();
            assertThat(TYPED).containsKey(asked);
            say(TYPED.get(asked));
            assertThat(last().questionId()).as("answer to " + asked + " understood").isNotEqualTo(asked);
        }
    }

    @Test
    void opensWithWhatIsKeptHowLongItTakesAndNoPromiseOfACopy() {
        assertThat(replies.getFirst().text()).contains("Lantern").contains("about thirty short questions")
                .contains("ten to fifteen minutes").contains("only while we talk").contains("30 minutes")
                .doesNotContain("copy").doesNotContain("a few simple questions");
        assertThat(last().kind()).isEqualTo(Kind.QUESTION);
        assertThat(last().questionId()).isEqualTo(Dialogue.PLACE);
        assertThat(last().options()).extracting(QuickReply::value).contains("skip");
    }

    @Test
    void aWholeScreeningTypedInOwnWordsEndsWithAKindSummaryAndServices() {
        placeGiven("ME7 1AB");
        assertThat(last().help()).isNotBlank();
        finishUnderstood(TYPED);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        Summary summary = last().summary();
        assertThat(summary).isNotNull();
        assertThat(summary.reflection()).isNotEmpty();
        assertThat(summary.publicWords()).isNotBlank();
        assertThat(summary.mayHelp()).isNotEmpty();
        assertThat(summary.services()).hasSizeBetween(3, 5);
        assertThat(summary.services()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
        assertThat(summary.moreHelp()).anyMatch(h -> h.contains("0800 4 70 80 90"));
        assertThat(summary.moreHelp()).anyMatch(h -> h.contains("111"));
        String all = String.join("\n", replies.stream().map(ChatMessage::text).toList());
        assertThat(all.toLowerCase()).doesNotContain("high risk").doesNotContain("moderate risk");
        assertThat(replies).anyMatch(m -> m.kind() == Kind.SERVICES && !m.services().isEmpty());
        assertThat(c.safeguardingFlag()).isFalse();
    }

    @Test
    void skipAtANeededQuestionSaysOnceWhyAndOffersTheChoices() {
        say("skip");
        assertThat(last().questionId()).isEqualTo("age");
        say("skip");
        assertThat(last().questionId()).isEqualTo("age");
        assertThat(last().text()).startsWith(CommandTurn.NEEDED).contains("stop").contains("number")
                .contains("Why I ask:").endsWith("How old are you?");
        String first = last().text();
        say("skip");
        assertThat(last().questionId()).isEqualTo("age");
        assertThat(last().text()).as("said once; the second skip gets the short choice only")
                .startsWith(CommandTurn.STILL_NEEDED).doesNotContain(CommandTurn.NEEDED).contains("stop")
                .isNotEqualTo(first);
        say("skip");
        assertThat(last().text()).doesNotContain(CommandTurn.NEEDED).contains(CommandTurn.STILL_NEEDED);
        say("81");
        assertThat(c.answers()).containsEntry("age", 81);
    }

    @Test
    void aDeafServiceAskedMidQuestionIsAServiceQuestionNotAnAnswer() {
        say("skip");
        answerUntil("hearing_loss");
        say("is there a deaf club?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(last().questionId()).isEqualTo("hearing_loss");
        assertThat(c.answers()).doesNotContainKey("hearing_loss");
        say("yes");
        answerUntil("group_member");
        say("is there a deaf club near me?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(last().questionId()).isEqualTo("group_member");
        // BSL word order, the question word last: before round 14 this was kept as a yes to belonging.
        say("deaf club where?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(last().questionId()).isEqualTo("group_member");
        assertThat(c.answers()).doesNotContainKey("group_member");
    }

    @Test
    void skipLogicLeavesOutQuestionsThatDoNotApply() {
        say("skip");
        answerUntil("money_worries");
        say("no");
        assertThat(last().questionId()).isEqualTo("self_rated_health");
        answerUntil("sight_loss");
        say("no");
        assertThat(last().questionId()).isEqualTo("hearing_loss");
        assertThat(c.answers()).doesNotContainKeys("money_stops_going_out", "eye_conditions", "postcode");
    }

    @Test
    void crisisAtAnyTurnIsAnsweredAtOnceAndTheFlagStays() {
        say("skip");
        answerUntil("marital_status");
        say("honestly I just want to end my life");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("999").contains("116 123");
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(c.safeguardingFlag()).isTrue();
        say("no I'm fine");
        assertThat(c.safeguardingFlag()).isTrue();
        say("widowed");
        assertThat(last().questionId()).isEqualTo("recent_loss");
        assertThat(c.safeguardingFlag()).isTrue();
    }

    @Test
    void anAnswerRevealingDangerIsAnsweredBeforeTheNextQuestion() {
        say("skip");
        answerUntil("feel_safe_at_home");
        say("no");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("999").contains("0808 2000 247").contains("0808 808 8141")
                .doesNotContain("safeguarding procedure");
        assertThat(last().questionId()).isEqualTo("thoughts_of_harm");
        assertThat(c.safeguardingFlag()).isTrue();

        say("yes");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("NHS 111").contains("option 2");
        assertThat(replies).filteredOn(m -> m.kind() == Kind.CRISIS)
                .noneMatch(m -> m.text().contains("Does not feel safe"));
    }

    @Test
    void everydayFiguresOfSpeechRaiseNoAlarm() {
        say("skip");
        say("this form is killing me");
        assertThat(replies).noneMatch(m -> m.kind() == Kind.CRISIS);
        assertThat(c.safeguardingFlag()).isFalse();
        assertThat(last().questionId()).isEqualTo("age");
    }

    @Test
    void goBackAsksTheLastQuestionAgain() {
        say("skip");
        say("80");
        assertThat(last().questionId()).isEqualTo("sex");
        placeGiven("go back");
        assertThat(c.answers()).doesNotContainKey("age");
        say("81");
        assertThat(c.answers()).containsEntry("age", 81);
        assertThat(last().questionId()).isEqualTo("sex");
    }

    @Test
    void changeMyAnswerFindsTheQuestionByItsWords() {
        say("skip");
        answerUntil("marital_status");
        placeGiven("change my answer to how old I am");
        say("90");
        assertThat(c.answers()).containsEntry("age", 90);
        assertThat(last().questionId()).isEqualTo("marital_status");
    }

    @Test
    void startAgainForgetsEverythingPlaceIncluded() {
        say("ME7");
        answerUntil("marital_status");
        say("start again");
        assertThat(c.answers()).isEmpty();
        assertThat(c.place()).isNull();
        assertThat(last().questionId()).isEqualTo(Dialogue.PLACE);
        assertThat(replies.getFirst().text()).contains("start again").contains("forgotten everything");
        assertThat(c.takeCleared()).as("the page is told to redraw").isTrue();
        assertThat(c.transcript()).filteredOn(m -> m.kind() == Kind.PERSON).as("nothing said before").isEmpty();
    }

    @Test
    void aTypedAnswerIsReadBackAndChangeMyAnswerReopensIt() {
        say("skip");
        answerUntil("self_rated_health");
        say("not too bad");
        assertThat(last().questionId()).isEqualTo("long_term_condition");
        assertThat(last().text()).startsWith("I've put that as: Good.");
        assertThat(last().options()).extracting(QuickReply::value).contains("change my answer");
        replies = dialogue.choose(c, "change my answer");
        assertThat(last().questionId()).isEqualTo("self_rated_health");
        replies = dialogue.choose(c, "fair");
        assertThat(c.answers()).containsEntry("self_rated_health", "fair");
        assertThat(last().text()).as("a pressed button is not read back").doesNotContain("I've put that as");
    }

    @Test
    void aSentenceAnswersTheRecentLossQuestion() {
        say("skip");
        answerUntil("recent_loss");
        say("my husband died last year and I miss him");
        assertThat(c.answers()).containsEntry("recent_loss", true);
        assertThat(last().text()).startsWith("I've put that as: yes.");
    }

    @Test
    void aConversationStoredInTheDatabaseCarriesOnWhereItWasAndKeepsItsSummary(@TempDir Path db) {
        ConversationRecords records = new ConversationRecords(TestDirectoryDatabase.create(db));
        say("ME7 1AB");
        answerUntil("household_size");
        records.save("token", c);
        c = records.find("token").orElseThrow();
        assertThat(c.current()).isEqualTo("household_size");
        assertThat(c.place()).isEqualTo("ME7 1AB");
        finishUnderstood(TYPED);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        records.save("token", c);
        Conversation stored = records.find("token").orElseThrow();
        assertThat(stored.summary()).isEqualTo(c.summary());
        assertThat(stored.summary().services()).isNotEmpty();
        assertThat(stored.transcript()).isEqualTo(c.transcript());
        assertThat(stored.answers()).isEqualTo(c.answers());
        assertThat(stored.stage()).isEqualTo(Conversation.Stage.FINISHED);
    }

    @Test
    void aServiceQuestionAfterTheSummaryIsAnswered() {
        say("ME7");
        answerUntil("thoughts_of_harm");
        say("no");
        assertThat(c.stage()).isEqualTo(Conversation.Stage.FINISHED);
        say("who can help with my heating bills");
        assertThat(last().kind()).isEqualTo(Kind.SERVICES);
    }

    @Test
    void theClosingReflectsAnswersInTheSecondPersonWithoutPointsOrAge() {
        say("ME7");
        answerUntil("thoughts_of_harm");
        say("no");
        ChatMessage reflection = replies.stream().filter(m -> m.text().startsWith("Thank you for answering"))
                .findFirst().orElseThrow();
        assertThat(reflection.text()).contains("You said you often feel you lack company.")
                .contains("You said you live on your own.")
                .doesNotContainIgnoringCase("points").doesNotContainIgnoringCase("add up")
                .doesNotContainIgnoringCase("very old").doesNotContainIgnoringCase("older")
                .doesNotContain("6 or more");
        assertThat(c.summary().reflection()).allSatisfy(line -> assertThat(line).startsWith("You said you"));
    }

    @Test
    void theTranscriptKeepsBothSidesAndStopForgetsIt() {
        say("ME7");
        say("eighty two");
        assertThat(c.transcript()).extracting(ChatMessage::kind).contains(Kind.PERSON);
        assertThat(c.transcript()).filteredOn(m -> m.kind() == Kind.PERSON).extracting(ChatMessage::text)
                .containsExactly("ME7", "eighty two");
        say("stop");
        assertThat(c.answers()).isEmpty();
        assertThat(c.transcript()).extracting(ChatMessage::text).noneMatch(t -> t.contains("eighty two"));
    }

    @Test
    void helpExplainsTheQuestionAndTheCommands() {
        say("skip");
        say("help");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.INFO);
        assertThat(replies.getFirst().text()).contains("Why I ask").contains("go back").contains("stop");
        assertThat(last().questionId()).isEqualTo("age");
    }

    @Test
    void stopEndsPolitelyWithALineThatFitsThePerson() {
        say("skip");
        say("stop");
        assertThat(c.stage()).isEqualTo(Conversation.Stage.STOPPED);
        // age not known: a line for anyone, never The Silver Line (55 and over)
        assertThat(last().text()).contains("116 123").doesNotContain("0800 4 70 80 90").contains("Take care");
        start();
        say("skip");
        say("eighty two");
        say("stop");
        assertThat(last().text()).contains("0800 4 70 80 90").contains("Take care");
    }

    @Test
    void aServiceQuestionMidWayIsAnsweredThenTheSameQuestionComesBack() {
        say("skip");
        answerUntil("cold_home");
        say("is there a lunch club near ME7?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(replies.getFirst().services()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(replies.getFirst().services().getFirst().distanceMiles()).isNotNull();
        assertThat(last().questionId()).isEqualTo("cold_home");
        say("no");
        assertThat(last().questionId()).isEqualTo("money_worries");
    }

    @Test
    void aPlainAnswerBeforeAServiceQuestionIsKeptAndTheServicesAnswered() {
        // Round 11: "I am a carer, is there any carer's allowance?" answers the question and asks another.
        say("skip");
        answerUntil("is_carer");
        say("I am a carer, is there any carer's allowance?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(c.answers()).containsEntry("is_carer", true);
        assertThat(last().questionId()).isEqualTo("cares_for");
        assertThat(last().options()).contains(ReadBack.CHANGE);
    }

    @Test
    void aServiceQuestionAfterAnAnswerThatNamesNothingSearchesTheQuestionsTopic() {
        // Round 15: "often, what might help with that?" at the low-mood question searched "often might", which found
        // nothing near ME7; the question's topic (low mood) finds the mental-health help.
        placeGiven("ME7 1AB");
        answerUntil("low_mood");
        say("often, what might help with that?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(replies.getFirst().services()).isNotEmpty().anySatisfy(card -> assertThat(
                directory.service(card.id()).orElseThrow().needs()).contains("mental_health"));
        assertThat(c.answers()).containsEntry("low_mood", true);
    }

    /** True for a service that works by phone or online across a nation or the UK: what a place not known may get. */
    private static boolean worksByPhoneOrOnlineNationally(uk.lantern.web.signpost.ServiceSuggestion card) {
        uk.lantern.directory.model.Service s = directory.service(card.id()).orElseThrow();
        return card.distanceMiles() == null
                && s.serviceAreas().stream().anyMatch(uk.lantern.directory.signpost.PlaceAreas::national)
                && s.deliveries().stream().anyMatch(d -> d == uk.lantern.directory.model.Delivery.TELEPHONE
                        || d == uk.lantern.directory.model.Delivery.ONLINE);
    }

    @Test
    void aServiceQuestionNamingAPlaceLanternDoesNotKnowBringsOnlyNationalServicesAndSaysSo() {
        say("ME7 1AB");
        ChatMessage answer = servicesAnswer("is there a befriending service in Maidstone?");
        assertThat(answer.text()).contains("I don't know \"maidstone\"").contains("by phone or online")
                .doesNotContain("change my postcode");
        assertThat(answer.services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);

        answer = servicesAnswer("anything in Maidstone?");
        assertThat(answer.text()).contains("I don't know \"maidstone\"");
        assertThat(answer.services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);

        // a place it knows is used as named: venues near Chatham, not only national lines
        say("is there a lunch club near Chatham?");
        assertThat(replies.getFirst().services()).anySatisfy(s -> assertThat(s.distanceMiles()).isNotNull());
    }

    @Test
    void aServiceQuestionFromSomeoneWhosePlaceIsNotKnownBringsNoFarAwayVenues() {
        placeGiven("Brixton, SW2");
        ChatMessage answer = servicesAnswer("is there a befriending service?");
        // round 10: a well-formed district outside the area is read as itself and said to be not covered yet
        assertThat(answer.text()).contains("SW2 is outside the area I cover so far").contains("change my postcode");
        assertThat(answer.services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);
    }

    @Test
    void aServiceQuestionWithNoPlaceGivenBringsOnlyNationalPhoneOrOnlineServices() {
        say("skip");
        ChatMessage answer = servicesAnswer("is there a befriending service?");
        assertThat(answer.text()).contains("You haven't given me a town or postcode").doesNotContain("near");
        assertThat(answer.services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);
    }

    /** Issue 13: both lunch clubs near Rainham charge; asked for a free one, the chat offers them marked as paid. */
    @Test
    void aQuestionForSomethingFreeWhenNothingFreeMatchesOffersThePaidOnesMarkedAndSaysNoneIsFree() {
        placeGiven("ME8");
        ChatMessage answer = servicesAnswer("is there a free lunch club?");
        assertThat(answer.text()).contains(uk.lantern.web.signpost.ServiceFinder.NONE_FREE)
                .contains("Rainham lunch club").contains("paid");
        assertThat(answer.services()).isNotEmpty()
                .anySatisfy(s -> assertThat(s.id()).isEqualTo("lantern-sample-rainham-lunch-club"))
                .allSatisfy(s -> assertThat(s.paid()).as(s.id()).isTrue());

        // look-alikes: free matches are offered as they are, and without "free" nothing is marked
        say("is there a free befriending service?");
        answer = replies.getFirst();
        assertThat(answer.text()).doesNotContain(uk.lantern.web.signpost.ServiceFinder.NONE_FREE);
        assertThat(answer.services()).isNotEmpty().noneSatisfy(s -> assertThat(s.paid()).isTrue());
        say("is there a lunch club?");
        answer = replies.getFirst();
        assertThat(answer.text()).doesNotContain(uk.lantern.web.signpost.ServiceFinder.NONE_FREE);
        assertThat(answer.services()).isNotEmpty().noneSatisfy(s -> assertThat(s.paid()).isTrue());
    }

    @Test
    void aTownNameGivenForThePlaceFindsServicesNearIt() {
        placeGiven("I live in Gillingham");
        say("is there a lunch club?");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.SERVICES);
        assertThat(replies.getFirst().services()).isNotEmpty();
        assertThat(replies.getFirst().services()).anySatisfy(s -> assertThat(s.distanceMiles()).isNotNull());
    }

    /**
     * Issue 13, round 9b: a town read from a slip is said back as the town understood, never the slip echoed as the
     * place. Round 19 (a23, the lead's decision): the slip is quoted once, in the sentence saying what it was taken as.
     */
    @Test
    void aTownReadFromASlipIsSaidBackAsTheTownUnderstood() {
        placeGiven("Rochster");
        assertThat(allSaid()).contains("I've taken \"Rochster\" as Rochester");
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        String all = String.join("\n", c.transcript().stream().filter(m -> m.kind() != Kind.PERSON)
                .map(ChatMessage::text).filter(t -> !t.contains("I've taken \"Rochster\"")).toList());
        assertThat(all).contains("near Rochester").doesNotContain("Rochster");
    }

    /**
     * Round 19 (a23), the lead's decision on issue 13: a near-miss spelling of a known town is read as that town,
     * never silently: the reply says the words typed, the town taken (with its area, since towns share names) and
     * how to change it. Look-alikes: the town spelt right, and a place not known, say no such thing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gilingham                 | I've taken "Gilingham" as Gillingham, Medway. If that's wrong, say "change my postcode".
            i'm in Chattam            | I've taken "Chattam" as Chatham, Medway. If that's wrong, say "change my postcode".
            rochster, near the castle | I've taken "rochster" as Rochester, Medway. If that's wrong, say "change my postcode".
            """)
    void aTownReadFromAMendedSpellingIsSaidBackWithHowToChangeIt(String typed, String said) {
        assertThat(placeGiven(typed)).contains(said);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gillingham
            Chatham, Kent
            ME7 1AB
            """)
    void aPlaceSpeltRightIsNotSaidToBeMended(String typed) {
        assertThat(placeGiven(typed)).doesNotContain("I've taken \"");
    }

    @Test
    void aPlacePickedOutOfASentenceIsSaidBackSoAWrongOneCanBeCorrected() {
        // Places sealed set v7 (round 9b): with two places in one message the reading may be the wrong one;
        // whatever is read, the person sees it and can change it.
        placeGiven("my daughter lives ME2 but I'm in Rainham");
        assertThat(allSaid()).contains("I've taken that as").contains("change my postcode");
    }

    /**
     * Issue 13, round 10: with two places in one message the person's own is taken ("I'm in Rainham"), never the
     * other person's (it was ME2); when theirs is not known the answer is not known, never the other place, so
     * Rainham's venues are never shown to someone in Sittingbourne.
     */
    @Test
    void withTwoPlacesThePersonsOwnIsTakenAndNeverTheOther() {
        say("my daughter lives ME2 but I'm in Rainham");
        assertThat(allSaid()).contains("I've taken that as Rainham").doesNotContain("as ME2");
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        assertThat(allSaid()).contains("near Rainham");
    }

    @Test
    void withTwoPlacesWhereThePersonsOwnIsNotKnownOnlyNationalServicesFollow() {
        placeGiven("I'm in Sittingbourne but my GP is in Rainham");
        assertThat(allSaid()).contains("I don't know").doesNotContain("taken that as Rainham");
        say("is there a befriending service?");
        ChatMessage answer = replies.getFirst();
        assertThat(answer.text()).doesNotContain("near Rainham");
        assertThat(answer.services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);
    }

    /**
     * Issue 13, round 11: a first, bare place answers the question even when a later one has a role ("Gravesend,
     * but my doctors is in Strood" was taken as Strood, so Strood's venues were shown to someone in Gravesend);
     * letters typed for digits are mended and said back so a wrong mend is seen; an inward code no postcode has is
     * not known, never the district alone.
     */
    @Test
    void theFirstPlaceAnswersTheQuestionAndMendsAreSaidBack() {
        assertThat(placeGiven("Gravesend, but my doctors is in Strood")).contains("I don't know")
                .doesNotContain("taken that as Strood");
        start();
        assertThat(placeGiven("Rochester, and I go to a knitting group in Chatham")).contains("I've taken that as Rochester");
        start();
        assertThat(placeGiven("me8 ohh")).contains("I've taken that as ME8 0HH").contains("change my postcode");
        start();
        assertThat(placeGiven("ME7 ABC")).contains("I don't know").doesNotContain("taken that as ME7");
    }

    /** Issue 13, round 10: a district outside the area is read as itself and the person told it is not covered. */
    @Test
    void aDistrictOutsideTheAreaIsReadAsItselfAndSaidToBeNotCoveredYet() {
        placeGiven("Maidstone ME14");
        assertThat(allSaid()).contains("ME14 is outside the area I cover so far").contains("change my postcode");
    }

    /** Issue 13, round 10: a bare number is a place given but not known: said so, not asked again as if unsaid. */
    @Test
    void aBareNumberIsSaidToBeNotKnownRatherThanAskedAgain() {
        placeGiven("123456");
        assertThat(allSaid()).contains("I don't know \"123456\"").doesNotContain(PlaceAnswer.AGAIN);
    }

    /**
     * Round 20 (g27), the lead's decision on issue 13: a place that cannot be read (a landmark, a five-digit number,
     * a malformed code) is a place not known, said so plainly with how to give one and "change my postcode", never
     * asked again; the closing then suggests only national services by phone or online. Fresh variants of personas
     * v18's v43, v46, v47 and v49 ("round the back of the co-op", "12345", "the flats by the big Tesco", "MEZ 1AB").
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"behind the church on the hill",
            "the flats opposite the big Morrisons", "54321", "MEX 2AB", "ME0 9ZZ"})
    void aPlaceThatCannotBeReadIsSaidToBeNotFoundAndOnlyNationalServicesFollow(String typed) {
        assertThat(placeGiven(typed)).contains("couldn't find that place").contains("I don't know \"" + typed + "\"")
                .contains("a postcode like ME7").contains("change my postcode").doesNotContain(PlaceAnswer.AGAIN);
        assertThat(c.place()).isEqualTo(typed);
        finishUnderstood(TYPED);
        assertThat(c.summary().servicesLead()).contains("I don't know").doesNotContain("near");
        assertThat(c.summary().services()).isNotEmpty().allMatch(DialogueTest::worksByPhoneOrOnlineNationally);
    }

    /**
     * Round 20 (g27), the lead's decision on issue 13: a person who says in the chat that they cannot use a voice
     * phone ("profoundly deaf", "BSL", "texts only") is never offered help reachable only by voice phone (The Silver
     * Line), and is told so and given Relay UK. Look-alike: "a bit deaf" is a hearing loss many manage a phone with,
     * and The Silver Line stays.
     */
    @ParameterizedTest(name = "{0}: voice-only help left out {1}")
    @CsvSource(delimiter = '|', value = {
            "yes, I'm profoundly deaf and only use text|true",
            "yes - BSL is my first language|true",
            "yes, I'm a bit deaf these days|false",
    })
    void sayingYouCannotUseAVoicePhoneLeavesOutVoiceOnlyHelp(String hearing, boolean leftOut) {
        java.util.Map<String, String> typed = new java.util.HashMap<>(TYPED);
        typed.put("hearing_loss", hearing);
        say("skip");
        finishUnderstood(typed);
        List<String> ids = c.summary().services().stream().map(uk.lantern.web.signpost.ServiceSuggestion::id).toList();
        if (leftOut) {
            assertThat(ids).as(c.summary().servicesLead()).isNotEmpty().doesNotContain("lantern-sample-silver-line");
            assertThat(c.summary().servicesLead()).contains(uk.lantern.web.signpost.VoicePhone.LEFT_OUT_SAID);
            assertThat(c.summary().moreHelp()).contains(uk.lantern.web.signpost.VoicePhone.RELAY_UK);
        } else {
            assertThat(ids).as(c.summary().servicesLead()).contains("lantern-sample-silver-line");
        }
    }

    @Test
    void aPlaceTypedOnItsOwnIsThankedWithoutBeingRepeated() {
        placeGiven("me7 1ab");
        assertThat(allSaid()).doesNotContain("I've taken that as");
    }

    @Test
    void aPlaceLanternDoesNotKnowIsNeverTakenSilentlyAndCanBeChangedAtTheEnd() {
        placeGiven("Glasgow");
        assertThat(last().text()).contains("I don't know \"Glasgow\"").contains("by phone or online")
                .contains("change my postcode");
        finishUnderstood(TYPED);
        assertThat(c.summary().servicesLead()).contains("I don't know").doesNotContain("near");
        assertThat(c.summary().services()).allSatisfy(s -> assertThat(s.distanceMiles()).isNull());

        say("change my postcode");
        assertThat(last().questionId()).isEqualTo(Dialogue.PLACE);
        assertThat(c.summary()).isNull();
        say("ME7 1AB");
        assertThat(c.stage()).isEqualTo(Conversation.Stage.FINISHED);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        assertThat(c.summary().servicesLead()).contains("near ME7 1AB");
        assertThat(c.summary().services()).isNotEmpty();
    }

    @Test
    void wordsThatGiveNoPlaceAreAskedAgainNotTakenForAnUnknownPlace() {
        say("I'm in pain");
        assertThat(last().questionId()).isEqualTo(Dialogue.PLACE);
        assertThat(last().text()).contains("didn't catch that").doesNotContain("I don't know");
        say("asdfgh");
        assertThat(last().questionId()).as("unclear twice: the questions start without a place").isEqualTo("age");
        assertThat(c.place()).isNull();
    }

    @Test
    void thePostcodeCanBeChangedInTheMiddleAndTheQuestionsCarryOn() {
        say("ME7 1AB");
        answerUntil("marital_status");
        say("my postcode is wrong");
        assertThat(last().questionId()).isEqualTo(Dialogue.PLACE);
        say("ME2 4AT");
        assertThat(last().questionId()).as("back where we were").isEqualTo("marital_status");
        assertThat(c.place()).isEqualTo("ME2 4AT");
        assertThat(c.answers().get("postcode")).isEqualTo("ME2 4AT");
    }

    @Test
    void aSectorAndATownWithItsCountyAreUnderstood() {
        placeGiven("ME7 1");
        assertThat(last().text()).doesNotContain("I don't know");
        assertThat(c.place()).isEqualTo("ME7 1");
        answerUntil("household_size");
        assertThat(c.answers().get("postcode")).as("a sector answers with its district").isEqualTo("ME7");
        start();
        placeGiven("Chatham, Kent");
        assertThat(last().text()).doesNotContain("I don't know");
    }

    @Test
    void unclearTwiceOffersTheOptionsOnlyAndNeverRepeatsItself() {
        say("skip");
        answerUntil("marital_status");
        say("the weather is lovely");
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(last().text()).contains("Widowed").contains("Single");
        say("bananas");
        assertThat(last().text()).isEqualTo("What is your marital status? Please choose one of these.");
        assertThat(last().options()).extracting(QuickReply::value).contains("widowed", "single");
        String before = last().text();
        say("purple");
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(last().text()).isNotEqualTo(before);
        before = last().text();
        say("purple");
        assertThat(last().text()).isNotEqualTo(before);
    }

    @Test
    void anOptionalQuestionIsLeftAfterThreeUnclearAnswers() {
        say("skip");
        answerUntil("sex");
        say("banana");
        say("banana");
        say("banana");
        assertThat(last().questionId()).isEqualTo("household_size");
    }

    @Test
    void aVeryLongMessageIsRefusedPolitely() {
        say("skip");
        say("a".repeat(Dialogue.MAX_TEXT_CHARS + 1));
        assertThat(last().text()).contains("shorter");
        assertThat(c.current()).isEqualTo("age");
    }

    @Test
    void aQuickReplyIsTakenAsItIs() {
        say("skip");
        answerUntil("marital_status");
        replies = dialogue.choose(c, "widowed");
        assertThat(c.answers()).containsEntry("marital_status", "widowed");
    }

    @Test
    void theTranscriptIsBounded() {
        say("skip");
        for (int i = 0; i < 150; i++) {
            say("help");
        }
        assertThat(c.transcript()).hasSize(Conversation.MAX_MESSAGES_KEPT);
    }

    @Test
    void theHelpForOneKindOfDisclosureIsGivenOnceAndANewKindGetsItsOwn() {
        say("skip");
        say("I want to end my life");
        assertThat(replies.getFirst().text()).contains("116 123").contains("\n- ");
        say("honestly I want to kill myself");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("999").doesNotContain("116 123");
        say("and my son hits me");
        // Round 13: a new kind lists every line it needs, 999 again included (the person may read
        // only the latest reply); the suicide lines are not repeated for abuse.
        assertThat(replies.getFirst().text()).contains("0808 2000 247").contains("999").doesNotContain("116 123");
        assertThat(c.helpGiven()).containsExactlyInAnyOrder(Help.SUICIDE_SELF_HARM, Help.ABUSE);
    }

    @Test
    void aDisclosureAboutOneselfAfterAWorryAboutSomeoneElseGetsTheWholeList() {
        // Round 13 (new-user trial): a carer's worry about her mother listed 999 and Samaritans;
        // her own "they'd all be better off without me" later got only Shout and NHS 111.
        say("skip");
        say("my neighbour hasn't answered her door for three days and I'm worried something has happened");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("116 123");
        say("I want to end my life");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("call 999").contains("116 123").contains("85258");
    }

    @Test
    void aDeafPersonIsToldHowToReachHelpWithoutAVoiceCall() {
        // Round 13 (new-user trial): a Deaf woman who uses BSL was given voice numbers only.
        say("skip");
        say("I'm deaf, BSL is my first language");
        say("I want to end my life");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("116 123").contains("999 BSL")
                .contains("text the word REGISTER to 999").contains("18001");
    }

    @Test
    void goBackReturnsToTheLastQuestionThePersonAnsweredNotOneTheChatFilledIn() {
        // Round 13 (new-user trial): "go back" at the household question went to "What is your
        // postcode?", which the chat had filled in from the place given at the start.
        say("ME7 1AB");
        answerUntil("household_size");
        assertThat(c.answers()).containsEntry("postcode", "ME7 1AB");
        say("go back");
        assertThat(last().questionId()).isEqualTo("sex");
    }

    /**
     * Round 16b (new-user trial): a Deaf man said so early, but by the thoughts-of-harm question his words had
     * left the kept transcript, and the second crisis box and the summary's first box had voice numbers only.
     * Every new crisis box, and the summary's first box, now lists the ways without a voice call for everyone.
     */
    @Test
    void everyCrisisBoxAndTheSummarysFirstBoxListTheWaysWithoutAVoiceCall() {
        say("skip");
        say("I want to end my life");
        assertThat(replies.getFirst().text()).contains("116 123").contains("999 BSL").contains("18001")
                .contains("text the word REGISTER to 999");
        answerUntil("thoughts_of_harm");
        say("yes");
        List<ChatMessage> boxes = replies.stream().filter(m -> m.kind() == Kind.CRISIS).toList();
        assertThat(boxes).isNotEmpty();
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        assertThat(last().summary().actNow()).anyMatch(l -> l.contains("999 BSL")).anyMatch(l -> l.contains("18001"));
        assertThat(boxes.getLast().text()).contains("999 BSL").contains("18001");
    }

    /**
     * Round 16b (new-user trial): a widow of 79 told the cold and the cost as her answer at the getting-out
     * question and got the self-neglect box, which came back as the summary's first box after her "no" at the
     * thoughts-of-harm question.
     */
    @Test
    void hardshipToldAtTheGettingOutQuestionRaisesNoCrisisAndANoAtThoughtsOfHarmBringsNoneBack() {
        say("skip");
        answerUntil("can_get_out");
        say("Not really, the cold and the money keep me in, I can't afford the bus every day");
        assertThat(replies).noneMatch(m -> m.kind() == Kind.CRISIS);
        assertThat(c.answers()).containsEntry("can_get_out", Boolean.FALSE);
        answerUntil("thoughts_of_harm");
        say("No, nothing like that");
        assertThat(replies).noneMatch(m -> m.kind() == Kind.CRISIS);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        assertThat(last().summary().actNow()).isEmpty();
        assertThat(c.helpGiven()).isEmpty();
    }

    /**
     * Round 19 (s26): the question supplies the loss. At "Have you lost someone close...?" a wish to be with the one
     * lost is a bereaved wish though it names no death, and its reply is the gentle check-in: the loss acknowledged,
     * a direct, kind question about ending one's life, and the crisis reply's help lines.
     */
    @Test
    void aWishToBeWithTheOneLostAtTheLossQuestionGetsTheGentleCheckIn() {
        say("skip");
        answerUntil("recent_loss");
        say("yes my wife, and I just want to be with her now");
        ChatMessage reply = replies.stream().filter(m -> m.kind() == Kind.CRISIS).findFirst().orElseThrow();
        assertThat(reply.text()).startsWith("I am so sorry you have lost them.")
                .contains("are you thinking of ending your life?").contains("116 123").contains("999");
        assertThat(c.helpGiven()).contains(uk.lantern.engine.safeguarding.Help.SUICIDE_SELF_HARM);
    }

    @Test
    void afterADisclosureTheEndLeadsWithTheHelpAndNeverReassures() {
        say("ME7 1AB");
        say("I was raped last year");
        assertThat(replies.getFirst().text()).contains("0808 500 2222");
        finishUnderstood(TYPED);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        Summary summary = last().summary();
        assertThat(summary.actNow().getFirst()).isEqualTo(Closing.DISCLOSURE_LEAD);
        assertThat(summary.actNow()).anyMatch(line -> line.contains("Rape Crisis: call 0808 500 2222"));
        assertThat(summary.publicWords()).isEmpty();
        List<ChatMessage> end = replies;
        assertThat(end.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(end.getFirst().text()).startsWith(Closing.DISCLOSURE_LEAD).contains("0808 500 2222");
        String all = String.join("\n", end.stream().map(ChatMessage::text).toList());
        assertThat(all).doesNotContain("stands out as a worry").doesNotContain("good connections");
    }

    /** Answers every question from {@code typed} until the screening ends, each answer understood at once. */
    private void finishUnderstood(Map<String, String> typed) {
        int turns = 0;
        while (last().kind() == Kind.QUESTION && turns++ < 60) {
            String asked = last().questionId();
            assertThat(typed).as("a typed answer for " + asked).containsKey(asked);
            say(typed.get(asked));
            assertThat(last().questionId()).as("answer to " + asked + " understood: " + last().text())
                    .isNotEqualTo(asked);
        }
        assertThat(c.stage()).isEqualTo(Conversation.Stage.FINISHED);
    }

    private String allSaid() {
        return String.join("\n", replies.stream().map(ChatMessage::text).toList());
    }

    /** Report item 3: a well-connected 70-year-old at ME7 is never promised a list that is empty. */
    @Test
    void anEmptyListIsNeverPromisedAtTheEnd() {
        say("ME7");
        finishUnderstood(TypedAnswers.WELL_CONNECTED);
        ChatMessage services = replies.stream().filter(m -> m.kind() == Kind.SERVICES).findFirst().orElseThrow();
        assertThat(services.services()).isEmpty();
        assertThat(services.text()).doesNotContain("Here are").doesNotEndWith(":").contains("couldn't find")
                .contains("116 123").doesNotContain("0800 4 70 80 90");
    }

    /** Report item 4: questions about services after the summary are answered as such; other words are not. */
    @Test
    void serviceQuestionsAfterTheSummaryInEverydayWords() {
        say("ME7 1AB");
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        for (String asked : List.of("any free things to do on a Tuesday?", "anything near ME4?",
                "is there anything on near ME4?", "any things to do near ME4?")) {
            say(asked);
            assertThat(last().kind()).as(asked + " -> " + last().text()).isEqualTo(Kind.SERVICES);
        }
        for (String other : List.of("thank you", "ok bye")) {
            say(other);
            assertThat(last().kind()).as(other).isNotEqualTo(Kind.SERVICES);
        }
    }

    /** Issue 13, round 9: "what's on on a Tuesday?" after the summary is a services question with the day as a filter. */
    @Test
    void whatIsOnByDayOrWeekAfterTheSummaryIsAServicesQuestion() {
        say("ME7 1AB");
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        for (String asked : List.of("what's on on a Tuesday?", "anything on Fridays?", "what's on this week?",
                "Whats on tuesdays")) {
            say(asked);
            assertThat(last().kind()).as(asked + " -> " + last().text()).isEqualTo(Kind.SERVICES);
            assertThat(last().services()).as(asked + " -> " + last().text()).isNotEmpty();
        }
        // the day is a filter: a walk every Tuesday comes on Tuesday, never on Friday; weekday services on both
        say("what's on on a Tuesday?");
        assertThat(last().services()).allSatisfy(s -> assertThat(s.schedule()).as(s.name()).containsAnyOf("Tuesday",
                "weekday", "Weekday")).anyMatch(s -> s.schedule().contains("Tuesday"));
        say("anything on Fridays?");
        assertThat(last().services()).allSatisfy(s -> assertThat(s.schedule()).as(s.name()).doesNotContain("Tuesday"));
    }

    /** Report item 4: at the age question a service question is answered; an unclear age asks with an age. */
    @Test
    void atTheAgeQuestionAServiceQuestionIsAnsweredAndTheExampleIsAnAge() {
        placeGiven("ME7 1AB");
        say("free things to do on a Tuesday");
        assertThat(replies.getFirst().kind()).as(replies.getFirst().text()).isEqualTo(Kind.SERVICES);
        assertThat(last().questionId()).isEqualTo("age");
        placeGiven("quite old really");
        assertThat(allSaid()).doesNotContain("like 3?").contains("like 78");
    }

    /** Report item 5: a 34-year-old man in a place Lantern does not know is never sent to The Silver Line. */
    @Test
    void helplinesFitAYoungerManAndHisPlaceIsEchoedAsTyped() {
        Map<String, String> typed = new java.util.HashMap<>(TypedAnswers.OLDER_WIDOW);
        typed.put("age", "34");
        typed.put("sex", "a man");
        typed.put("marital_status", "single");
        typed.put("work", "in work");
        say("Maidstone");
        assertThat(last().text()).contains("\"Maidstone\"");
        say("yes");
        say("anything for lonely people near me?");
        String midway = replies.getFirst().text();
        assertThat(midway).doesNotContain("Silver Line").doesNotContain("0800 4 70 80 90");
        finishUnderstood(typed);
        String all = String.join("\n", c.transcript().stream().map(ChatMessage::text).toList());
        assertThat(all).doesNotContain("Silver Line").doesNotContain("0800 4 70 80 90").contains("\"Maidstone\"")
                .doesNotContain("\"maidstone\"");
        assertThat(c.summary().moreHelp()).anyMatch(h -> h.contains("999")).anyMatch(h -> h.contains("116 123"));
    }

    /** Report item 5: everyone's more-help list has the same core lines; The Silver Line only from 55. */
    @Test
    void theOlderWidowKeepsTheSilverLineBesideTheCoreLines() {
        say("ME7 1AB");
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        assertThat(c.summary().moreHelp()).anyMatch(h -> h.contains("999")).anyMatch(h -> h.contains("116 123"))
                .anyMatch(h -> h.contains("0800 4 70 80 90"));
    }

    /** Report item 7: every mid-chat card says why; only venues say how far. */
    @Test
    void theMidChatServiceAnswerSaysWhyAndDistanceOnlyForVenues() {
        for (String asked : List.of("anything for lonely old folk near me?", "is there a lunch club near me?",
                "who can help with my heating bills?", "any befriending?")) {
            start();
            say("ME7 1AB");
            say(asked);
            ChatMessage answer = replies.getFirst();
            assertThat(answer.kind()).as(asked).isEqualTo(Kind.SERVICES);
            assertThat(answer.services()).as(asked).isNotEmpty();
            assertThat(answer.services()).allSatisfy(s -> {
                assertThat(s.why()).as(asked + ": " + s.name()).isNotBlank();
                boolean venue = directory.service(s.id()).orElseThrow().deliveries()
                        .contains(uk.lantern.directory.model.Delivery.GROUP_VENUE);
                if (!venue) {
                    assertThat(s.distanceMiles()).as(asked + ": " + s.name()).isNull();
                }
            });
            assertThat(answer.text()).doesNotContain("About 0.0 miles");
        }
    }

    /** Report item 11: after a hopeless message the closing suggestions lead with a listening line. */
    @Test
    void afterAHopelessMessageTheSuggestionsIncludeAListeningLine() {
        say("ME7 1AB");
        say("some days I don't see the point in carrying on");
        assertThat(c.helpGiven()).contains(Help.SUICIDE_SELF_HARM);
        finishUnderstood(TypedAnswers.OLDER_WIDOW);
        assertThat(c.summary().services()).anyMatch(s -> s.name().contains("Samaritans"));
    }

    /** Round 8c: crisis words that also answer the question: the help first, then the answer is kept, not dropped. */
    @Test
    void aCrisisMessageThatAlsoAnswersTheQuestionGetsTheHelpFirstAndTheAnswerIsKept() {
        say("skip");
        answerUntil("long_term_condition");
        say("yes, and some days I don't see the point in carrying on");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(c.answers()).containsKey("long_term_condition");
        assertThat(last().questionId()).isNotEqualTo("long_term_condition");
        assertThat(String.join("\n", replies.stream().map(ChatMessage::text).toList())).contains(Dialogue.KEPT_ANSWER);
    }

    /**
     * Round 12 (new-user trial): crisis words are recorded as an answer only when words apart from
     * those the check fired on answer the question; otherwise the question is put again after the
     * help. Each row: the question, the message, and the answer kept (empty: asked again).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            household_size | my son gets rough with me when he's had a drink |
            household_size | I'd rather be with Jean now |
            household_size | my carer shouts at me and takes money from my purse |
            household_size | what's the point of me anymore |
            household_size | my daughter hits me when she visits |
            household_size | there's no point in me being here anymore |
            long_term_condition | yes, and some days I don't see the point in carrying on | true
            household_size | 2, but some days I don't see the point in carrying on | 2
            household_size | just me since my wife died and I can't go on | 1
            """)
    void crisisWordsAreKeptAsAnAnswerOnlyWhenTheRestClearlyAnswers(String question, String text, String kept) {
        say("skip");
        answerUntil(question);
        say(text);
        assertThat(replies.getFirst().kind()).as("help first").isEqualTo(Kind.CRISIS);
        if (kept == null) {
            assertThat(c.answers()).as("asked again, nothing recorded").doesNotContainKey(question);
            assertThat(last().questionId()).isEqualTo(question);
        } else {
            assertThat(String.valueOf(c.answers().get(question))).isEqualTo(kept);
        }
    }

    /**
     * Round 15 (X1, a new user's walk-through): hardship told in the question's own topic is the answer asked
     * for, never a crisis box; it is recorded and the screening moves on. Each row: the question, the
     * message, and the answer kept.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            cold_home | The house is freezing, I sit in my coat, I can't afford the heating on the pension | true
            cold_home | honestly it's freezing in here in winter, I can't afford to have the heating on much | true
            is_carer | No, there's no one to look after now | false
            household_size | only me, I'm alone in the house all day | 1
            """)
    void hardshipInTheQuestionsOwnTopicIsAnAnswerNotAnAlarm(String question, String text, String kept) {
        say("skip");
        answerUntil(question);
        say(text);
        assertThat(replies).as("no crisis box").noneMatch(m -> m.kind() == Kind.CRISIS);
        assertThat(c.safeguardingFlag()).isFalse();
        assertThat(String.valueOf(c.answers().get(question))).isEqualTo(kept);
        assertThat(last().questionId()).isNotEqualTo(question);
    }

    /** Round 15: a real crisis sign beyond the topic still alarms at once, and the part that answers is kept, said plainly. */
    @Test
    void aCrisisBeyondTheTopicStillAlarmsAndTheAnswerInItIsKept() {
        say("skip");
        answerUntil("cold_home");
        say("The heating's off, I fell on the kitchen floor last night and I can't get up");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("999");
        assertThat(c.answers()).containsEntry("cold_home", Boolean.TRUE);
        assertThat(last().text()).contains(Dialogue.KEPT_ANSWER);
        assertThat(last().questionId()).isNotEqualTo("cold_home");
    }

    /** Round 15: the same words sent again straight after their crisis box do not bring the box again. */
    @Test
    void theSameCrisisWordsAgainDoNotLoopTheAlarm() {
        say("skip");
        answerUntil("marital_status");
        say("honestly I just want to end my life");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        say("Honestly, I just want to end my life.");
        assertThat(replies).as("no second crisis box").noneMatch(m -> m.kind() == Kind.CRISIS);
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(last().text()).startsWith(Dialogue.REPEATED);
        assertThat(c.safeguardingFlag()).isTrue();
        say("I just want to die");
        assertThat(replies.getFirst().kind()).as("new words are checked as ever").isEqualTo(Kind.CRISIS);
    }

    /**
     * Round 20 (s27): the answer at a safety question is part of what the person gets. "No. Not with him in the house."
     * at feel_safe_at_home and "Yes, most days" at thoughts_of_harm raise nothing in the message check, but the
     * screening's rules make them urgent: the help that fits (abuse help; suicide help) comes at once, at that turn,
     * before the next question or the summary.
     */
    @Test
    void aYesOrNoWithWordsAtASafetyQuestionGetsItsHelpAtThatTurn() {
        say("skip");
        answerUntil("feel_safe_at_home");
        say("No. Not with him in the house.");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("0808 2000 247").contains("999");
        assertThat(last().questionId()).isEqualTo("thoughts_of_harm");
        assertThat(c.helpGiven()).containsExactly(Help.ABUSE);

        say("Yes, most days");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).contains("NHS 111").contains("option 2").contains("116 123");
        assertThat(last().kind()).as("the help comes before the summary").isEqualTo(Kind.SUMMARY);
        assertThat(c.helpGiven()).contains(Help.SUICIDE_SELF_HARM);
    }

    /**
     * Round 20 (s27): at the thoughts-of-harm question, ending told apart from harming gets the suicide help, and "not
     * me, but my husband does" with his looking at the bridge gets the help for a worry about someone else, at once.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Not harming. Ending. There's a difference.|SUICIDE_SELF_HARM",
            "No, not me, but my husband does, he told me he's been looking at the bridge|WORRY_OTHER"})
    void atTheThoughtsOfHarmQuestionEndingAndAnotherPersonsPlanGetTheHelpThatFits(String said, Help wanted) {
        say("skip");
        answerUntil("thoughts_of_harm");
        say(said);
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(c.helpGiven()).contains(wanted);
        assertThat(c.safeguardingFlag()).isTrue();
    }

    /**
     * Round 21 (s28): an overdose already taken, told at the thoughts-of-harm question by the amount and the time since
     * (no word for tablets, or a number of them), gets the danger-now help, 999 first, at that turn, with the suicide
     * help beside it; before this round the check found nothing and the answer's "yes" brought only the suicide help.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Yes. Swallowed the lot an hour ago.", "I have, I took the whole box about ten minutes ago",
            "yes done it, downed 30 paracetamol about half an hour ago"})
    void anOverdoseAlreadyTakenAtTheThoughtsOfHarmQuestionGetsTheDangerHelpFirstAtThatTurn(String said) {
        say("skip");
        answerUntil("thoughts_of_harm");
        say(said);
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(replies.getFirst().text()).startsWith("If you are in danger right now").contains("999")
                .contains("116 123");
        assertThat(c.helpGiven()).contains(Help.DANGER_NOW, Help.SUICIDE_SELF_HARM);
        assertThat(c.safeguardingFlag()).isTrue();
    }

    /** Round 15: "I don't know" at the thoughts-of-harm question gets a gentle follow-up, never "most of the time". */
    @Test
    void unsureAboutThoughtsOfHarmGetsAGentleFollowUp() {
        say("skip");
        answerUntil("thoughts_of_harm");
        say("I don't know");
        assertThat(last().questionId()).isEqualTo("thoughts_of_harm");
        assertThat(last().text()).doesNotContain("most of the time").contains("even now and then")
                .contains("day or night");
    }

    /** Round 15: unsure about sex gets the "Another way" and "Prefer not to say" options, never "most of the time". */
    @Test
    void unsureAboutSexIsOfferedAnotherWayOrPreferNotToSay() {
        say("skip");
        answerUntil("sex");
        say("I'm not sure really");
        assertThat(last().questionId()).isEqualTo("sex");
        assertThat(last().text()).doesNotContain("most of the time").contains("\"Another way\"")
                .contains("\"Prefer not to say\"");
        assertThat(last().options()).extracting(QuickReply::value).contains("another", "prefer_not_to_say");
    }

    /** Round 8c: crisis words that answer nothing leave the question kindly in place. */
    @Test
    void aCrisisMessageThatAnswersNothingLeavesTheQuestionThere() {
        say("skip");
        answerUntil("marital_status");
        say("honestly I just want to end my life");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        assertThat(last().questionId()).isEqualTo("marital_status");
        assertThat(c.answers()).doesNotContainKey("marital_status");
    }

    /** Round 8c: "start again" forgets the crisis flag, so the next person on a shared device sees no crisis block. */
    @Test
    void startAgainForgetsTheCrisisFlagSoACalmScreeningEndsWithoutTheCrisisBlock() {
        say("ME7 1AB");
        say("some days I don't see the point in carrying on");
        assertThat(replies.getFirst().kind()).isEqualTo(Kind.CRISIS);
        say("start again");
        assertThat(c.safeguardingFlag()).isFalse();
        say("ME7 1AB");
        finishUnderstood(TYPED);
        assertThat(last().kind()).isEqualTo(Kind.SUMMARY);
        assertThat(replies).noneMatch(m -> m.kind() == Kind.CRISIS);
        String all = String.join("\n", replies.stream().map(ChatMessage::text).toList());
        // Samaritans stays in everyone's list of more help; what must go is the crisis block that leads the closing
        assertThat(all).doesNotContain("You told me something that matters");
        assertThat(c.summary().actNow()).isEmpty();
        assertThat(last().text()).endsWith("Take care.");
    }

    /** Round 8c: after a disclosure the closing still ends with warm words, not only the crisis block. */
    @Test
    void afterADisclosureTheClosingStillEndsWarmly() {
        say("ME7 1AB");
        say("some days I don't see the point in carrying on");
        finishUnderstood(TYPED);
        assertThat(replies.getFirst().text()).startsWith(Closing.DISCLOSURE_LEAD);
        assertThat(last().text()).contains("Thank you for trusting me").endsWith("Take care.");
    }
}
