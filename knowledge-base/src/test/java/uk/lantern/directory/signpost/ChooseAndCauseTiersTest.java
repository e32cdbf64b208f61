package uk.lantern.directory.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;

/**
 * The edges of {@link Signposting#causeTiers} (each tier and what moves a person across it) and of
 * {@link Signposting#choose} (the limit, one service name once, each cause before any twice,
 * preference classes, rank order kept).
 */
class ChooseAndCauseTiersTest {

    private static Person person(boolean carer, boolean bereaved, boolean sight, boolean costKeepsIn,
                                 Set<Person.Cause> causes) {
        return new Person(70, Person.Sex.FEMALE, carer, bereaved, sight, false, false, false, costKeepsIn,
                Set.of("befriending"), "ME7 1AB", causes);
    }

    @Test
    void noCauseNoTiers() {
        assertThat(Signposting.causeTiers(person(false, false, false, false, Set.of()))).isEmpty();
    }

    @Test
    void aRecentLossIsTierOneAndBeingWidowedLongAgoTierTwo() {
        assertThat(Signposting.causeTiers(person(false, true, false, false, Set.of(Person.Cause.RECENT_LOSS))))
                .containsOnly(Map.entry("bereavement_support", 1), Map.entry("befriending", 1),
                        Map.entry("telephone_befriending", 1));
        assertThat(Signposting.causeTiers(person(false, true, false, false, Set.of())))
                .containsOnly(Map.entry("bereavement_support", 2), Map.entry("befriending", 2),
                        Map.entry("telephone_befriending", 2));
    }

    @Test
    void aPartnersCarerIsTierZeroAnyOtherCarerTierOne() {
        assertThat(Signposting.causeTiers(person(true, false, false, false, Set.of(Person.Cause.CARES_FOR_PARTNER))))
                .containsExactly(Map.entry("carers_support", 0));
        assertThat(Signposting.causeTiers(person(true, false, false, false, Set.of())))
                .containsExactly(Map.entry("carers_support", 1));
        // the partner cause without saying they care is no carer
        assertThat(Signposting.causeTiers(person(false, false, false, false, Set.of(Person.Cause.CARES_FOR_PARTNER))))
                .isEmpty();
    }

    @Test
    void sensoryLossAndEachMoneyCauseAreTierOne() {
        assertThat(Signposting.causeTiers(person(false, false, true, false, Set.of())))
                .containsExactly(Map.entry("sensory_support", 1));
        for (Person p : List.of(person(false, false, false, true, Set.of()),
                person(false, false, false, false, Set.of(Person.Cause.COLD_HOME)),
                person(false, false, false, false, Set.of(Person.Cause.MONEY_WORRIES)))) {
            assertThat(Signposting.causeTiers(p)).containsExactly(Map.entry("warmth_income", 1));
        }
    }

    private static Signpost signpost(String name, Delivery way, String... needs) {
        return new Signpost(Service.builder(name.toLowerCase().replace(' ', '-'), name).build(), "why", List.of(way),
                null, true, false, List.of(needs));
    }

    private static List<String> names(List<Signpost> chosen) {
        return chosen.stream().map(s -> s.service().name()).toList();
    }

    @Test
    void eachCauseOnceBeforeAnyTwiceInRankOrderUpToTheLimit() {
        Signpost visit1 = signpost("Visit one", Delivery.HOME_VISIT, "befriending");
        Signpost visit2 = signpost("Visit two", Delivery.HOME_VISIT, "befriending");
        Signpost carers = signpost("Carers", Delivery.TELEPHONE, "carers_support");
        Signpost lunch = signpost("Lunch", Delivery.GROUP_VENUE, "social_groups");
        List<Signpost> ranked = List.of(visit1, visit2, carers, lunch);
        Set<String> causes = Set.of("befriending", "carers_support");
        Set<String> needs = Set.of("befriending", "carers_support", "social_groups");

        assertThat(names(Signposting.choose(ranked, s -> 0, causes, needs, 1))).containsExactly("Visit one");
        // at two, the second cause comes before the second scheme for the first cause
        assertThat(names(Signposting.choose(ranked, s -> 0, causes, needs, 2))).containsExactly("Visit one", "Carers");
        // at three, a need not yet met before a cause twice; the result keeps rank order
        assertThat(names(Signposting.choose(ranked, s -> 0, causes, needs, 3)))
                .containsExactly("Visit one", "Carers", "Lunch");
        assertThat(names(Signposting.choose(ranked, s -> 0, causes, needs, 4)))
                .containsExactly("Visit one", "Visit two", "Carers", "Lunch");
        assertThat(Signposting.choose(ranked, s -> 0, causes, needs, 10)).hasSize(4);
        assertThat(Signposting.choose(List.of(), s -> 0, causes, needs, 5)).isEmpty();
    }

    @Test
    void aServiceNameOnceAndTheFirstPreferenceClassFirst() {
        Signpost a = signpost("Same name", Delivery.HOME_VISIT, "befriending");
        Signpost b = signpost("same NAME", Delivery.TELEPHONE, "carers_support");
        Signpost venue = signpost("Venue", Delivery.GROUP_VENUE, "carers_support");
        List<Signpost> chosen = Signposting.choose(List.of(venue, a, b), s -> s.comesToPerson() ? 0 : 1,
                Set.of("befriending", "carers_support"), Set.of("befriending", "carers_support"), 2);
        // the venue ranks first but is in the second class: the one that comes to them is taken first,
        // the same name is not taken twice, and the venue then fills the second place
        assertThat(names(chosen)).containsExactly("Venue", "Same name");
    }
}
