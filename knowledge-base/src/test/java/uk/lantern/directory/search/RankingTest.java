package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Service;

/** Requests in people's own words against the shipped directory: the right kind of help must be near the top. */
class RankingTest {
    @TempDir
    static Path dir;
    static ServiceIndex index;
    static ServiceSearch search;

    @BeforeAll
    static void open() {
        index = ServiceIndex.open(dir, ShippedDirectory::services);
        search = new ServiceSearch(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "someone to visit my mum, befriending",
            "help getting to hospital, transport",
            "I care for my husband and need a break, carers_support",
            "my wife died and I feel lost, bereavement_support",
            "someone to talk to on the phone, telephone_befriending",
            "a group for men, mens_groups",
            "learn to use a computer, digital_skills",
            "can't afford to heat my home, warmth_income",
    })
    void theRightHelpIsInTheTopThree(String request, String need) {
        assertTopThreeMeet(request, topThree(ServiceQuery.builder().text(request)), need);
    }

    @ParameterizedTest(name = "near Chatham: \"{0}\" finds {1}")
    @CsvSource({
            "someone to visit my mum, befriending",
            "help getting to hospital, transport",
            "I care for my husband and need a break, carers_support",
    })
    void theRightLocalHelpIsInTheTopThreeNearChatham(String request, String need) {
        assertTopThreeMeet(request, topThree(ServiceQuery.builder().text(request).near(new GeoPoint(51.38, 0.528))
                .radiusKm(10)), need);
    }

    // Issue 13's everyday requests, through the curated synonym list (synonyms.txt)
    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "someone to pop round, befriending",
            "could someone pop over for a cuppa, befriending",
            "help with my heating bills, warmth_income",
            "learn to use my iPad, digital_skills",
            "feeling anxious, mental_health",
            "deaf club, sensory_support",
            // round 11: someone to go or come round (befriending); look-alikes stay as they were
            "could a volunteer go round and sit with my dad, befriending",
            "someone to come round once a week, befriending",
            "help paying my heating bills, warmth_income",
            "a lift to my hospital appointment, transport",
            // round 13: stuck indoors or housebound (home visiting), crying (low mood)
            "my dad has been stuck indoors since the winter, befriending",
            "she's housebound and nobody calls in, befriending",
            "I can't stop crying and don't know who to talk to, mental_health",
    })
    void issue13sEverydayWordsFindTheRightHelp(String request, String need) {
        assertTopThreeMeet(request, topThree(ServiceQuery.builder().text(request)), need);
    }

    /**
     * Round 10's everyday words (synonyms.txt, the fifth outsiders' relevance set's kinds), written fresh: eyesight and
     * its conditions find the sight service, fathers' words the men's group, chemo the scheme that drives cancer
     * patients, the garden practical help, walking football the sports offer; and round 11's (the sixth set's):
     * somewhere warm to spend the day finds the day centre; and round 12's (the seventh set's): a lift to an
     * appointment, the gas meter, being awake at night, feeling down, a book club, wifi, the supermarket, being linked
     * up by the GP, helping out, and sharing skills with neighbours (TimeBanks); and round 13's (the eighth set's):
     * giving something back, chair exercise, a funeral; and round 14's (the ninth set's): ending it all, BSL, being
     * exhausted from caring. Look-alikes: "men's health" and "deaf
     * club" stay as they were, heating bills still find warmth advice (above), and one "dad" (someone's father) is not
     * a men's group.
     */
    @ParameterizedTest(name = "\"{0}\" finds {1} in the top 3")
    @CsvSource({
            "my eyes are getting worse, lantern-sample-sensory-support",
            "support for people with glaucoma, lantern-sample-sensory-support",
            "somewhere for fathers to meet up, lantern-sample-mens-health-group",
            "someone to drive me to chemo, lantern-sample-leicester-community-transport",
            "help with gardening, lantern-sample-timebanks",
            "walking football, lantern-sample-senior-sports",
            "men's health, lantern-sample-mens-health-group",
            "deaf club, lantern-sample-sensory-support",
            "somewhere warm to go during the day, lantern-sample-age-uk-day-centre",
            "is there a warm space in winter, lantern-sample-age-uk-day-centre",
            "a lift to my outpatients appointment, lantern-sample-hospital-transport",
            "can't afford to top up the gas meter, lantern-sample-age-uk-advice",
            "awake all night and need someone to talk to, lantern-sample-samaritans",
            "been feeling down for weeks, lantern-sample-mens-health-group",
            "a book club to join, lantern-sample-library-reading-groups",
            "help setting up wifi, lantern-sample-information-centre-55",
            "someone to go to the supermarket with me, lantern-sample-gillingham-befriending",
            "my doctor said someone could link me up with local groups, lantern-sample-community-navigators",
            "I'd like to help out somewhere a few hours a week, lantern-sample-volunteering",
            "want to share my skills with neighbours, lantern-sample-timebanks",
            // round 13 (the eighth set's kinds): giving something back, chair exercise, a funeral; the look-alike
            // funeral costs still finds money advice
            "I'd like to give something back now I've retired, lantern-sample-volunteering",
            "chair exercise classes, lantern-sample-senior-sports",
            "it was his funeral last week and I feel lost, lantern-sample-bereavement-group",
            "help with funeral costs, lantern-sample-age-uk-advice",
            // round 14 (the ninth set's kinds): ending it all, BSL, being worn out from caring; the look-alikes
            // hearing aids and a carers' break still find theirs
            "some days I think about ending it all, lantern-sample-samaritans",
            "I want to end my life, lantern-sample-samaritans",
            "is there a BSL coffee morning, lantern-sample-sensory-support",
            "looking after my wife with dementia and I'm exhausted, lantern-sample-carers-support",
            "my hearing aid keeps whistling, lantern-sample-sensory-support",
            "a break from caring, lantern-sample-carers-support",
    })
    void everydayWordsFindTheRightService(String request, String id) {
        assertThat(topThreeIds(request)).as("top 3 for \"%s\"", request).contains(id);
    }

    @Test
    void oneDadIsNotAMensGroup() {
        assertThat(topThreeIds("someone to visit my dad").getFirst()).isNotEqualTo("lantern-sample-mens-health-group");
    }

    /** Words no service matches in any way, told from a slip (mended and found) and a phrase of the synonyms. */
    @Test
    void servicesMatchingCountsWhatTheWordsFindTogether() {
        assertThat(search.servicesMatching("knitting")).isZero();
        assertThat(search.servicesMatching("befreinding")).isPositive();
        assertThat(search.servicesMatching("pension credit chek")).isPositive();
        assertThat(search.servicesMatching("lunch")).isPositive();
        assertThat(search.servicesMatching(null)).isZero();
    }

    /**
     * Two of the person's words side by side in a description outrank one of them in a name
     * ("Women's walk and talk group" came first for "someone to talk to", Samaritans' own words);
     * look-alikes: a name that holds the phrase still comes first, and an age ("over 50") is no phrase.
     */
    @ParameterizedTest(name = "\"{0}\" puts {1} first")
    @CsvSource({
            "someone to talk to, lantern-sample-samaritans",
            "groups for older people from ethnic minorities, lantern-sample-linkage-bristol",
            "walking group, lantern-sample-womens-walking-group",
            "advice line for people over 50, lantern-sample-silver-line",
    })
    void aServiceDescribedInThePersonsOwnPhraseComesFirst(String request, String id) {
        assertThat(topThreeIds(request)).as("top 3 for \"%s\"", request).first().isEqualTo(id);
    }

    /**
     * Round 15 (the tenth outsiders' set's kinds and set j's misses), written fresh before the change: a four-letter
     * slip of a listed word ("deff") is mended. Blind: 1 of 3 (the legs row, a look-alike, held; bad legs already find
     * the home-visiting schemes). Look-alikes: English four-letter words are never mended (below).
     */
    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "is there a club for deff people, sensory_support",
            "my mum is going deff, sensory_support",
            "my legs are bad and I can't get out, befriending",
    })
    void round15sKindsFindTheRightHelp(String request, String need) {
        assertTopThreeMeet(request, topThree(ServiceQuery.builder().text(request)), need);
    }

    /**
     * Round 15: someone to talk to at night, near a place, puts the listening line open day and night first, ahead
     * of the local groups that "talk" (set j's "need to talk to someone tonight" had Samaritans third). Blind: 1 of 2.
     */
    @ParameterizedTest(name = "near Chatham: \"{0}\" puts the Samaritans first")
    @CsvSource({
            "I need someone to talk to tonight",
            "can't sleep, it's 3am and I need to talk",
    })
    void someoneToTalkToAtNightIsTheListeningLineFirst(String request) {
        assertThat(topThree(ServiceQuery.builder().text(request).near(new GeoPoint(51.38, 0.528)).radiusKm(10)))
                .extracting(Service::id).first().isEqualTo("lantern-sample-samaritans");
    }

    /** Round 15: a four-letter slip is mended only when it is no English word ("like" is never "life"). */
    @Test
    void aFourLetterSlipIsMendedButAnEnglishWordNever() {
        assertThat(DirectoryAnalysis.nearestKnownWord("deff")).contains("deaf");
        assertThat(DirectoryAnalysis.nearestKnownWord("like")).isEmpty();
        assertThat(DirectoryAnalysis.nearestKnownWord("last")).isEmpty();
        assertThat(DirectoryAnalysis.nearestKnownWord("dead")).isEmpty();
    }

    @Test
    void anAgeInTheWordsIsNotMatchedAsAPhrase() {
        assertThat(topThreeIds("advice line for people over 50")).contains("lantern-sample-age-uk-advice");
    }

    /** The first three services the search ranks for the query. */
    private static List<Service> topThree(ServiceQuery.Builder query) {
        return search.search(query.pageSize(3).build()).hits().stream().map(ServiceHit::service).toList();
    }

    /** The ids of the first three services the search ranks for the words alone. */
    private static List<String> topThreeIds(String request) {
        return topThree(ServiceQuery.builder().text(request)).stream().map(Service::id).toList();
    }

    /** One of the three services meets the need, named in the failure with the three services' names. */
    private static void assertTopThreeMeet(String request, List<Service> top, String need) {
        assertThat(top).as("top 3 for \"%s\": %s", request, top.stream().map(Service::name).toList())
                .anySatisfy(s -> assertThat(s.needs()).contains(need));
    }

    @Test
    void aWordOfTheFieldIsNeverCorrectedIntoAnother() {
        SearchResults results = search.search(ServiceQuery.builder().text("deaf club").build());
        assertThat(results.didYouMean()).isEmpty();
        assertThat(DirectoryAnalysis.knownWord("deaf")).as("deaf is never spelled into death").isTrue();
        assertThat(DirectoryAnalysis.knownWord("ipad")).isTrue();
    }

    @Test
    void didYouMeanOnlyWhenTheWordsFindNothing() {
        // "lonely" finds services itself, so no suggestion is made even if a close word exists
        assertThat(search.search(ServiceQuery.builder().text("lonely").build()).didYouMean()).isEmpty();
        assertThat(search.search(ServiceQuery.builder().text("befrending").build()).didYouMean()).contains("befriending");
    }
}
