package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

class ServiceSearchTest {
    /** Centre of Chatham. */
    static final GeoPoint CHATHAM = new GeoPoint(51.3800, 0.5280);

    @TempDir
    static Path dir;
    static ServiceIndex index;
    static ServiceSearch search;

    @BeforeAll
    static void openShippedDirectory() {
        index = ServiceIndex.open(dir, ShippedDirectory::services);
        search = new ServiceSearch(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<Service> services(ServiceQuery q) {
        return search.search(q).hits().stream().map(ServiceHit::service).toList();
    }

    @Test
    void theNeedFilterKeepsOnlyServicesForThatNeed() {
        List<Service> found = services(ServiceQuery.builder().need("transport").pageSize(50).build());
        assertThat(found).isNotEmpty().allSatisfy(s -> assertThat(s.needs()).contains("transport"));
    }

    @Test
    void boostedNeedsComeFirstWithoutHidingOthers() {
        SearchResults results = search.search(ServiceQuery.builder().boostNeeds(java.util.Set.of("bereavement_support"))
                .pageSize(50).build());
        assertThat(results.hits().get(0).service().needs()).contains("bereavement_support");
        assertThat(results.totalHits()).isEqualTo(ShippedDirectory.services().size());
        assertThat(results.hits().get(0).reasons()).extracting(MatchReason::kind).contains(MatchReason.Kind.NEED);
    }

    @Test
    void aWordsReasonSaysInPlainWordsWhatTheDescriptionMentions() {
        // Round 12 (a new user's trial): "Matches your words: out" is search jargon, not a reason (issue 13).
        SearchResults results = search.search(ServiceQuery.builder().text("reading groups").pageSize(10).build());
        List<String> words = results.hits().stream().flatMap(h -> h.reasons().stream())
                .filter(r -> r.kind() == MatchReason.Kind.WORDS).map(MatchReason::text).toList();
        assertThat(words).isNotEmpty().allSatisfy(text -> assertThat(text)
                .startsWith("Its description mentions what you asked about: ").doesNotContain("Matches"));
    }

    @Test
    void aWordsReasonNamesOnlyTheContentWordsThatCarriedTheMatch() {
        // Round 13 (issue 13): "mentions what you asked about: out" named a word that says nothing about the service.
        // Function words (the Snowball English stop list) and everyday verbs are never named; the content word is.
        List<String> asked = List.of("I just want to get out of the house and go to a reading group",
                "can someone help me get out more, I'd like to do some walking",
                "is there anything on where I could have a chat and make some friends");
        List<String> weak = List.of("i", "just", "want", "to", "get", "out", "of", "the", "and", "go", "a", "can",
                "someone", "help", "me", "more", "i'd", "like", "do", "some", "is", "there", "anything", "on", "where",
                "could", "have", "make");
        for (String text : asked) {
            List<String> named = search.search(ServiceQuery.builder().text(text).pageSize(20).build()).hits().stream()
                    .flatMap(h -> h.reasons().stream()).filter(r -> r.kind() == MatchReason.Kind.WORDS)
                    .flatMap(r -> java.util.Arrays.stream(r.text()
                            .substring("Its description mentions what you asked about: ".length()).split(", ")))
                    .distinct().toList();
            assertThat(named).as(text).isNotEmpty().doesNotContainAnyElementsOf(weak);
        }
    }

    @Test
    void theRadiusExcludesFarVenuesButKeepsTelephoneLines() {
        List<Service> found = services(ServiceQuery.builder().near(CHATHAM).radiusKm(10).pageSize(100).build());
        assertThat(found).extracting(Service::name)
                .contains("Information centre for over 55s, Chatham", "Samaritans", "The Silver Line helpline")
                .doesNotContain("LinkAge, Bristol", "Leicester community transport scheme");
    }

    @Test
    void peopleWhoCannotTravelAlsoGetHomeVisitsFromFurtherAway() {
        List<Service> found = services(ServiceQuery.builder().near(CHATHAM).radiusKm(5).cannotTravel(true)
                .pageSize(100).build());
        assertThat(found).extracting(Service::name).contains("Leicester community transport scheme");
        assertThat(found).filteredOn(s -> s.name().equals("LinkAge, Bristol")).isEmpty();
        assertThat(found.get(0).comesToPerson()).isTrue();
    }

    @Test
    void nearerServicesRankHigherAndHitsSayHowFar() {
        SearchResults results = search.search(ServiceQuery.builder().need("befriending").near(new GeoPoint(51.3890, 0.5040))
                .radiusKm(10).build());
        ServiceHit first = results.hits().get(0);
        assertThat(first.service().name()).isEqualTo("Rochester befriending scheme");
        assertThat(first.distanceKm()).isLessThan(0.5);
        assertThat(first.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(MatchReason.Kind.DISTANCE);
            assertThat(r.text()).contains("km").contains("miles");
        });
    }

    @Test
    void ageEligibilityFilters() {
        List<Service> for40 = services(ServiceQuery.builder().age(40).pageSize(100).build());
        assertThat(for40).allSatisfy(s -> assertThat(s.acceptsAge(40)).isTrue());
        assertThat(for40).extracting(Service::name).doesNotContain("Sports centre senior offer");
        assertThat(services(ServiceQuery.builder().age(70).pageSize(100).build()))
                .extracting(Service::name).contains("Sports centre senior offer");
    }

    @Test
    void freeOnlyLeavesOutServicesThatCharge() {
        List<Service> free = services(ServiceQuery.builder().freeOnly(true).pageSize(100).build());
        assertThat(free).isNotEmpty().allSatisfy(s -> assertThat(s.isFree()).isTrue());
        assertThat(free).extracting(Service::name).doesNotContain("Rainham lunch club (illustrative)");
    }

    @Test
    void dayFilterKeepsServicesOpenThatDay() {
        List<Service> sunday = services(ServiceQuery.builder().day(DayOfWeek.SUNDAY).pageSize(100).build());
        assertThat(sunday).extracting(Service::name).containsExactlyInAnyOrder(
                "The Silver Line helpline", "Samaritans", "NHS 111");
    }

    @Test
    void queryTimeSynonymsMatchOtherWordings() {
        assertThat(services(ServiceQuery.builder().text("luncheon club").build()))
                .extracting(Service::name).first().isEqualTo("Rainham lunch club (illustrative)");
        assertThat(services(ServiceQuery.builder().text("companion").need("befriending").build())).isNotEmpty();
        assertThat(services(ServiceQuery.builder().text("caregiver").build()))
                .extracting(Service::name).contains("Support for carers in Medway");
    }

    @Test
    void hitsSayWhichWordsMatched() {
        SearchResults results = search.search(ServiceQuery.builder().text("reading books").build());
        assertThat(results.hits().get(0).service().name()).isEqualTo("Library reading groups");
        assertThat(results.hits().get(0).reasons()).anySatisfy(r -> assertThat(r.text()).contains("reading"));
    }

    @Test
    void facetsCountServicesPerNeedIgnoringTheNeedFilter() {
        SearchResults results = search.search(ServiceQuery.builder().need("transport").withFacets(true).build());
        assertThat(results.needCounts()).containsEntry("transport", 2);
        assertThat(results.needCounts().get("social_groups")).isGreaterThan(5);
        assertThat(results.needCounts().keySet()).allSatisfy(k -> assertThat(NeedsTaxonomy.contains(k)).isTrue());
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        int size = ShippedDirectory.services().size();
        int pages = (size + 9) / 10;
        SearchResults first = search.search(ServiceQuery.builder().pageSize(10).page(1).build());
        SearchResults last = search.search(ServiceQuery.builder().pageSize(10).page(pages).build());
        assertThat(first.totalPages()).isEqualTo(pages);
        assertThat(last.hits()).hasSize(size - 10 * (pages - 1));
        assertThat(first.hits()).extracting(h -> h.service().id())
                .doesNotContainAnyElementsOf(last.hits().stream().map(h -> h.service().id()).toList());
    }

    @Test
    void misspellingsGetADidYouMean() {
        SearchResults results = search.search(ServiceQuery.builder().text("befrending").build());
        assertThat(results.didYouMean()).contains("befriending");
        assertThat(search.search(ServiceQuery.builder().text("befriending").build()).didYouMean()).isEmpty();
    }

    @Test
    void aSlipInAWordIsSearchedAsTheNearestKnownWord() {
        // "badmington" is in neither the directory nor the curated list; badminton is in the sports offer
        SearchResults slip = search.search(ServiceQuery.builder().text("badmington").pageSize(1).build());
        assertThat(slip.hits()).extracting(h -> h.service().id()).containsExactly("lantern-sample-senior-sports");
        assertThat(slip.didYouMean()).contains("badminton");
        // "emial" is mended from the curated list (email), a swap of two letters counting as one slip
        assertThat(DirectoryAnalysis.nearestKnownWord("emial")).contains("email");
        assertThat(DirectoryAnalysis.nearestKnownWord("nobody")).isEmpty();
    }

    @Test
    void autocompleteFindsNamesAndNeedsFromAnyWord() {
        assertThat(search.complete("befr", 5)).contains("Befriending", "Gillingham befriending scheme");
        assertThat(search.complete("lunch", 5)).contains("Rainham lunch club (illustrative)");
        assertThat(search.complete("", 5)).isEmpty();
    }

    @Test
    void onlyActiveServicesByDefault() {
        assertThat(services(ServiceQuery.builder().pageSize(100).build()))
                .allSatisfy(s -> assertThat(s.status().code()).isEqualTo("active"));
    }

    @Test
    void deliveryIsStoredForComesToYouRanking() {
        assertThat(services(ServiceQuery.builder().text("befriending").pageSize(100).build()))
                .anySatisfy(s -> assertThat(s.deliveries()).contains(Delivery.HOME_VISIT));
    }
}
