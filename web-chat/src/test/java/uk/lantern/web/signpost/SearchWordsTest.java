package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a request for services in everyday words: filters, what is not wanted, fillers and a place at the end. */
class SearchWordsTest {

    @ParameterizedTest(name = "\"{0}\" leaves out {1}")
    @CsvSource(delimiter = '|', value = {
            "not a group, just someone to visit me at home | group",
            "somewhere to go but not a lunch club | lunch club",
            "someone to talk to but not on the phone | phone",
            "I don't want counselling, just company | counselling",
            "anything other than a lunch club | lunch club",
            "I'd rather not go to a day centre | day centre",
            "something to do, not online please | online",
            "a group apart from the bereavement group | bereavement group",
    })
    void whatThePersonSaysTheyDoNotWantIsNeitherMatchedNorOffered(String text, String unwanted) {
        SearchWords read = SearchWords.read(text);
        assertThat(read.unwanted()).containsExactly(unwanted);
        assertThat(read.words() == null ? "" : read.words()).doesNotContain(unwanted);
    }

    /** Look-alikes: "not" and "no" that say how things are, not what to leave out. */
    @ParameterizedTest(name = "\"{0}\" leaves nothing out")
    @CsvSource(delimiter = '|', value = {
            "I can not get out of the house",
            "I'm not sleeping and feel low",
            "I do not have anyone to talk to",
            "no one to talk to",
            "no heating and no money",
            "nobody visits me",
            "cannot afford the heating",
            "can't hear the telly",
            "notice board for local groups",
            "I don't want to be alone any more",
            "I don't want to feel like this",
    })
    void notAndNoThatDescribeThePersonLeaveNothingOut(String text) {
        assertThat(SearchWords.read(text).unwanted()).isEmpty();
    }

    /**
     * Round 16 (relevance v11): a request of filler words with a contraction asks for nothing in particular, so the
     * day and cost filters alone decide ("something on a Tuesday that's free" searched "a that's" and found nothing).
     */
    @Test
    void fillerWordsWithAContractionAskForNothingInParticular() {
        SearchWords read = SearchWords.read("something on a Tuesday that's free");
        assertThat(read.words()).isNull();
        assertThat(read.free()).isTrue();
        assertThat(read.day()).isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(SearchWords.read("anything on thursday? it's for my mum").words()).isNotNull();
    }

    /**
     * Round 16 (the known kind of set j): "tonight" beside asking to talk to someone stays, so the listening lines open
     * at night are found; beside anything else it is any day, as before.
     */
    @Test
    void tonightStaysOnlyBesideAskingToTalkToSomeone() {
        assertThat(SearchWords.read("anxious all the time, need to talk to someone tonight").words()).contains("tonight");
        assertThat(SearchWords.read("what's on tonight").words()).isNull();
        assertThat(SearchWords.read("need to speak to a nurse tonight").words()).doesNotContain("tonight");
    }

    @Test
    void keepsTheWordsThatDescribeAServiceAndDropsTheOnesThatAsk() {
        assertThat(SearchWords.read("lunch club near me").words()).isEqualTo("lunch club");
        assertThat(SearchWords.read("is there anything for carers round here").words()).isEqualTo("is there for carers");
        assertThat(SearchWords.read("something to do on a Wednesday").words()).isNull();
        assertThat(SearchWords.read("whats on tuesdays").words()).isNull();
        // round 9: "this week" and the like say when, not what, and set no day
        assertThat(SearchWords.read("on this week").words()).isNull();
        assertThat(SearchWords.read("on this week").day()).isNull();
        assertThat(SearchWords.read("on on tuesday").words()).isNull();
        assertThat(SearchWords.read("things to do for over 55s").words()).isEqualTo("things to do for over 55s");
        // words of the curated synonyms' phrases and of services' names stay
        assertThat(SearchWords.read("someone to pop round").words()).isEqualTo("someone to pop round");
        assertThat(SearchWords.read("lost my brother last month").words()).isEqualTo("lost my brother last month");
        assertThat(SearchWords.read("local area coordinator").words()).isEqualTo("local area coordinator");
    }

    @Test
    void freeAndADayAreFiltersNotWords() {
        SearchWords read = SearchWords.read("free lunch club on a Tuesday");
        assertThat(read.free()).isTrue();
        assertThat(read.day()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(read.words()).isEqualTo("lunch club");
        assertThat(SearchWords.read("freedom pass").free()).isFalse();
    }

    @Test
    void aPlaceAtTheEndIsKeptAsideButNearMeIsNoPlace() {
        assertThat(SearchWords.read("lunch club in Strood").place()).isEqualTo("strood");
        assertThat(SearchWords.read("anything near Chatham, please").place()).isEqualTo("chatham");
        assertThat(SearchWords.read("book group round here").place()).isNull();
        assertThat(SearchWords.read("lunch club near me").place()).isNull();
        assertThat(SearchWords.read("lunch club").place()).isNull();
    }

    @Test
    void aServiceIsLeftOutOnlyWhenItsNameSaysItIsWhatIsNotWanted() {
        SearchWords read = SearchWords.read("not a group, just someone to visit me at home");
        assertThat(List.of("Women's walk and talk group", "Library reading groups")).allMatch(read::unwantedName);
        assertThat(List.of("Gillingham befriending scheme", "Groupwork centre")).noneMatch(read::unwantedName);
        assertThat(SearchWords.read("lunch club").unwantedName("Rainham lunch club")).isFalse();
    }

    /**
     * A story and then a question: the question's words count twice, so what is asked ("ring me for a chat") is not
     * outweighed by the story ("my husband went into a home"). Look-alikes left as they were: one sentence, a story
     * with no question, two questions, and a question that asks nothing in particular ("what is there").
     */
    @Test
    void theQuestionAfterAStoryCountsTwice() {
        String words = SearchWords.read("I'm 79 and on my own since my husband went into a home. Is there anyone who"
                + " would ring me for a chat now and then?").words();
        assertThat(words).startsWith("i'm 79 and on my own").endsWith(" is there anyone who would ring me for a chat now and then");
        assertThat(words.split("\\bring\\b", -1)).hasSize(3);
        assertThat(SearchWords.read("is there a lunch club").words()).isEqualTo("is there a lunch club");
        assertThat(SearchWords.read("I care for my wife. I need a break.").words())
                .isEqualTo("i care for my wife i need a break i need a break");
        assertThat(SearchWords.read("My mum is 90. She lives alone.").words()).isEqualTo("my mum is 90 she lives alone");
        assertThat(SearchWords.read("Is there a lunch club? Is there a bus?").words())
                .isEqualTo("is there a lunch club is there a bus");
        assertThat(SearchWords.read("my brother lost his wife. what is there").words())
                .isEqualTo("my brother lost his wife what is there");
    }

    /** The person's age as people state it; an age limit asked for, a distance or a weight is no age. */
    @ParameterizedTest(name = "\"{0}\" is aged {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "money trouble, I'm 38 | 38",
            "My mum is 87 and housebound | 87",
            "anything on a thursday afternoon for a 70 year old | 70",
            "Client is 68, recently widowed | 68",
            "my brother has learning disabilities, he's 30 | 30",
            "computer lessons for over 60s | -",
            "the centre is 20 miles away | -",
            "I'm 9 stone and not eating | -",
            "lunch club | -",
    })
    void theAgeOfThePersonIsReadFromTheWords(String text, Integer age) {
        assertThat(SearchWords.read(text).age()).isEqualTo(age);
    }
}
