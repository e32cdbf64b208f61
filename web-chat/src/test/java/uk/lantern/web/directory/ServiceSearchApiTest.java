package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.engine.RuleBase;

/** {@code /api/services} as the chat and tablet use it, with the admin API switched off. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceSearchApiTest extends DirectoryTestIndex {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleBase ruleBase;

    @Autowired
    LocalServicesDirectory directory;

    @Test
    void ranksASocialGroupFirstForALunchClubNearGillingham() throws Exception {
        mvc.perform(get("/api/services").param("q", "lunch club").param("postcode", "ME7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.found").value(true))
                .andExpect(jsonPath("$.place.postcode").value("ME7"))
                .andExpect(jsonPath("$.results[0].needs[*].id", hasItem("social_groups")))
                .andExpect(jsonPath("$.results[0].why", not(org.hamcrest.Matchers.empty())))
                .andExpect(jsonPath("$.results[0].distanceMiles", notNullValue()))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pageSize").value(10))
                .andExpect(jsonPath("$.totalResults", greaterThan(0)))
                .andExpect(jsonPath("$.needCounts[*].need", hasItem("social_groups")));
    }

    /**
     * Round 16 (issue 13): a Deaf or BSL request through the search API is answered only with services for sight and
     * hearing loss, as the chat's had been since round 15; before, "deaf club" brought lunch clubs, which match only
     * "club". A request that names its own need keeps it; one that asks for another kind of help too is led by the
     * sight and hearing services, not narrowed to them.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"deaf club", "bsl social group", "sign language coffee morning",
            "hard of hearing, any club?", "deaf socail club? I sign BSL"})
    void aDeafOrBslRequestFindsOnlySightAndHearingServices(String words) throws Exception {
        mvc.perform(get("/api/services").param("q", words).param("postcode", "ME4 4TR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value("lantern-sample-sensory-support"))
                .andExpect(jsonPath("$.results[*].needs[*].id", hasItem("sensory_support")))
                .andExpect(jsonPath("$.results[*].name", everyItem(not(containsString("unch")))));
        String body = mvc.perform(get("/api/services").param("q", words).param("postcode", "ME4 4TR"))
                .andReturn().getResponse().getContentAsString();
        for (var hit : DirectoryJson.read(body).get("results")) {
            assertThat(hit.get("needs").toString()).as(hit.get("name").toString()).contains("sensory_support");
        }
        mvc.perform(get("/api/services").param("q", "deaf club").param("postcode", "ME4 4TR")
                        .param("need", "social_groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].needs[*].id", hasItem("social_groups")));
        mvc.perform(get("/api/services").param("q", "mum is going deaf, can someone visit her")
                        .param("postcode", "ME2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value("lantern-sample-sensory-support"))
                .andExpect(jsonPath("$.results[*].needs[*].id", hasItem("befriending")));
    }

    @Test
    void showsEachResultInPlainWords() throws Exception {
        mvc.perform(get("/api/services").param("q", "lunch club").param("postcode", "ME8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").isNotEmpty())
                .andExpect(jsonPath("$.results[0].name").isNotEmpty())
                .andExpect(jsonPath("$.results[0].organisation").isNotEmpty())
                .andExpect(jsonPath("$.results[0].description").isNotEmpty())
                .andExpect(jsonPath("$.results[0].needs[0].label").isNotEmpty())
                .andExpect(jsonPath("$.results[0].delivery[0].id").isNotEmpty())
                .andExpect(jsonPath("$.results[0].cost.free").isBoolean())
                .andExpect(jsonPath("$.results[0].contact").exists())
                .andExpect(jsonPath("$.results[0].why[0]").isString())
                .andExpect(jsonPath("$.results[*].distanceMiles", everyItem(lessThanOrEqualTo(50.0))));
    }

    @Test
    void roundsDistancesToOneDecimalMile() throws Exception {
        String body = mvc.perform(get("/api/services").param("postcode", "ME7").param("radius", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var results = DirectoryJson.read(body).get("results");
        assertThat(results.size()).isPositive();
        for (var hit : results) {
            if (!hit.get("distanceMiles").isNull()) {
                double miles = hit.get("distanceMiles").asDouble();
                assertThat(Math.round(miles * 10) / 10.0).isEqualTo(miles);
                assertThat(miles).isLessThanOrEqualTo(20.0);
            }
        }
    }

    /** Issue 13: both lunch clubs near ME8 charge, so "free" shows them marked as paid, never nothing. */
    @Test
    void showsThePaidMatchesMarkedWhenNothingFreeMatches() throws Exception {
        mvc.perform(get("/api/services").param("q", "lunch club").param("postcode", "ME8").param("free", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].id", hasItem("lantern-sample-rainham-lunch-club")))
                .andExpect(jsonPath("$.results[*].cost.free", everyItem(org.hamcrest.Matchers.is(false))))
                .andExpect(jsonPath("$.totalResults", greaterThan(0)))
                .andExpect(jsonPath("$.noneFree").value(true))
                .andExpect(jsonPath("$.costNote", containsString("None of the services that match are free")));
    }

    /** Look-alikes: free matches stay free only; without "free" nothing is said about cost. */
    @Test
    void keepsOnlyFreeMatchesWhenSomeAreFreeAndSaysNothingWhenFreeWasNotAsked() throws Exception {
        mvc.perform(get("/api/services").param("q", "befriending").param("postcode", "ME8").param("free", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", not(org.hamcrest.Matchers.empty())))
                .andExpect(jsonPath("$.results[*].cost.free", everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.noneFree").value(false))
                .andExpect(jsonPath("$.costNote").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/services").param("q", "lunch club").param("postcode", "ME8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noneFree").value(false))
                .andExpect(jsonPath("$.costNote").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/services").param("q", "nothingatallxyz").param("free", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", org.hamcrest.Matchers.empty()))
                .andExpect(jsonPath("$.noneFree").value(false));
    }

    @Test
    void filtersByNeedFreeDayAgeAndTravel() throws Exception {
        mvc.perform(get("/api/services").param("need", "befriending").param("travel", "no").param("postcode", "ME7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", not(org.hamcrest.Matchers.empty())))
                .andExpect(jsonPath("$.results[*].needs[*].id", hasItem("befriending")));
        mvc.perform(get("/api/services").param("free", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].cost.free", everyItem(org.hamcrest.Matchers.is(true))));
        mvc.perform(get("/api/services").param("day", "Monday").param("age", "80").param("page", "1"))
                .andExpect(status().isOk());
    }

    /**
     * A place given but not known follows the signposting place rule, as {@code POST /api/signposts}
     * and the chat do: only services by phone or online across the nation, never the local venues and
     * home visits the same words find near a known place, and {@code place.status} says it was not known.
     */
    @Test
    void aPlaceNotKnownKeepsOnlyServicesByPhoneOrOnlineAcrossTheNationAndSaysSo() throws Exception {
        Set<String> local = ids(get("/api/services").param("q", "befriending").param("postcode", "ME7"));
        Set<String> localOnly = new java.util.HashSet<>();
        for (String id : local) {
            if (!isNationalAndRemote(id)) {
                localOnly.add(id);
            }
        }
        assertThat(localOnly).as("local befriending near ME7, so the rule has something to leave out").isNotEmpty();
        for (String place : java.util.List.of("ME99 9ZZ", "Leeds", "near the Pentagon Centre", "ZZ99 9ZZ")) {
            String body = mvc.perform(get("/api/services").param("q", "befriending").param("postcode", place))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.place.status").value("unknown"))
                    .andExpect(jsonPath("$.place.found").value(false))
                    .andExpect(jsonPath("$.place.message", containsString("phone or online")))
                    .andReturn().getResponse().getContentAsString();
            Set<String> found = new java.util.LinkedHashSet<>();
            DirectoryJson.read(body).get("results").forEach(hit -> found.add(hit.get("id").asString()));
            assertThat(found).as("befriending at %s", place).isNotEmpty().doesNotContainAnyElementsOf(localOnly);
            assertThat(found).as("befriending at %s", place).allMatch(this::isNationalAndRemote);
        }
        mvc.perform(get("/api/services").param("postcode", "not a postcode"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.status").value("unknown"))
                .andExpect(jsonPath("$.place.message", containsString("as a postcode (for example ME7 1AB or ME7) or a town")));
        mvc.perform(get("/api/services").param("q", "befriending"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.status").value("none"));
        mvc.perform(get("/api/services").param("q", "befriending").param("postcode", "ME7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.status").value("known"));
    }

    private Set<String> ids(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Set<String> ids = new java.util.LinkedHashSet<>();
        DirectoryJson.read(body).get("results").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    /** Works by phone or online, over an area covering all of England (or the UK). */
    private boolean isNationalAndRemote(String id) {
        var service = directory.service(id).orElseThrow();
        boolean remote = service.deliveries().stream().anyMatch(d -> d == uk.lantern.directory.model.Delivery.TELEPHONE
                        || d == uk.lantern.directory.model.Delivery.ONLINE);
        return remote && service.serviceAreas().stream().anyMatch(a -> a.national() && a.covers("england"));
    }

    @Test
    void reportsEveryBadParameterAtOnce() throws Exception {
        mvc.perform(get("/api/services")
                        .param("q", "x".repeat(ServiceSearchController.MAX_QUERY_LENGTH + 1))
                        .param("radius", "0")
                        .param("age", "121")
                        .param("day", "funday")
                        .param("page", "0")
                        .param("need", "unicorns")
                        .param("free", "maybe")
                        .param("travel", "perhaps")
                        .param("colour", "blue"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameters"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.problems", hasSize(9)))
                .andExpect(jsonPath("$.problems[*].parameter", containsInAnyOrder(
                        "q", "radius", "age", "day", "page", "need", "free", "travel", "colour")))
                .andExpect(jsonPath("$.problems[*].message", everyItem(not(containsString("unicorns")))));
    }

    @Test
    void refusesRadiiOverTheLimitAndNonNumbers() throws Exception {
        mvc.perform(get("/api/services").param("radius", "51").param("age", "eighty").param("page", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].parameter", containsInAnyOrder("radius", "age", "page")))
                .andExpect(jsonPath("$.problems[?(@.parameter == 'radius')].message", hasItem(containsString("50"))));
        mvc.perform(get("/api/services").param("radius", "-3"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/services").param("radius", "2.5").param("age", "0").param("day", "sunday"))
                .andExpect(status().isOk());
    }

    @Test
    void suggestsCompletionsForTheSearchBox() throws Exception {
        mvc.perform(get("/api/services/suggest").param("prefix", "befr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", not(org.hamcrest.Matchers.empty())));
        mvc.perform(get("/api/services/suggest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(0)));
        mvc.perform(get("/api/services/suggest").param("prefix", "x".repeat(51)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].parameter").value("prefix"));
    }

    @Test
    void everyNeedTheRulesCanRaiseIsATermOfTheNeedsTaxonomy() {
        Set<String> raised = DirectoryConfiguration.needsTheRulesCanRaise(ruleBase);
        assertThat(raised).as("needs in the rule catalogue").isNotEmpty();
        assertThat(directory.needTermIds())
                .as("term ids of the directory's needs taxonomy; add missing needs to NeedsTaxonomy")
                .containsAll(raised);
        assertThat(DirectoryConfiguration.needsWithoutTerms(ruleBase, directory.needTermIds())).isEmpty();
        // and the check does fail when a need has no term
        assertThat(DirectoryConfiguration.needsWithoutTerms(ruleBase, Set.of())).containsAll(raised);
    }

    @Test
    void theAdminApiDoesNotExistWithoutAToken() throws Exception {
        mvc.perform(put("/admin/directory/services/x").header("Authorization", "Bearer anything")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                        "/admin/directory/services/lantern-sample-samaritans"))
                .andExpect(status().isNotFound());
        assertThat(directory.service("lantern-sample-samaritans")).isPresent();
    }
}
