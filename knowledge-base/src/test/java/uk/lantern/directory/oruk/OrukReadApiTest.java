package uk.lantern.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.TestDatabase;
import uk.lantern.directory.ShippedDirectory;

class OrukReadApiTest {
    @TempDir
    static Path dir;
    static LocalServicesDirectory directory;
    static OrukReadApi api;

    @BeforeAll
    static void open() {
        directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir));
        api = directory.oruk();
    }

    @AfterAll
    static void close() {
        directory.close();
    }

    private static OrukServicesParams params(String search, int page, int perPage, String term, String taxonomy,
                                             Integer minimumAge, Integer maximumAge, String day) {
        return new OrukServicesParams(search, page, perPage, term, taxonomy, null, null, null, null, minimumAge,
                maximumAge, day, null, null);
    }

    private static OrukServicesParams near(String postcode, int proximity) {
        return new OrukServicesParams(null, 1, 50, null, null, null, null, null, null, null, null, null, postcode,
                proximity);
    }

    private static void assertIsPage(JsonNode page) {
        assertThat(page.propertyNames()).contains("total_items", "total_pages", "page_number", "size", "first_page",
                "last_page", "empty", "contents");
    }

    @Test
    void servicesArePagedWithTheOrukFields() {
        ObjectNode page = api.services(params(null, 2, 10, null, null, null, null, null));
        assertIsPage(page);
        assertThat(page.get("total_items").asInt()).isEqualTo(ShippedDirectory.services().size());
        assertThat(page.get("page_number").asInt()).isEqualTo(2);
        assertThat(page.get("first_page").asBoolean()).isFalse();
        assertThat(page.get("contents").size()).isEqualTo(10);
        int lastPage = (ShippedDirectory.services().size() + 9) / 10;
        ObjectNode last = api.services(params(null, lastPage, 10, null, null, null, null, null));
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(last.get("size").asInt()).as("size is the items on the page").isEqualTo(
                ShippedDirectory.services().size() - 10 * (lastPage - 1)).isEqualTo(last.get("contents").size());
        assertThat(last.get("sample_data").asBoolean()).isTrue();
    }

    @Test
    void servicesFilterByTermSearchAgeAndDay() {
        ObjectNode transport = api.services(params(null, 1, 50, "transport", "lantern-needs", null, null, null));
        assertThat(transport.get("total_items").asInt()).isEqualTo(2);
        ObjectNode sunday = api.services(params(null, 1, 50, null, null, null, null, "SU"));
        assertThat(sunday.get("total_items").asInt()).isEqualTo(3);
        ObjectNode young = api.services(params("sport", 1, 50, null, null, 20, null, null));
        assertThat(young.get("contents").valueStream().map(n -> n.get("name").asString()))
                .doesNotContain("Sports centre senior offer");
        ObjectNode other = api.services(params(null, 1, 50, null, "some-other-taxonomy", null, null, null));
        assertThat(other.get("empty").asBoolean()).isTrue();
    }

    @Test
    void oneServiceOrNothing() {
        assertThat(api.service("lantern-sample-samaritans")).get()
                .satisfies(n -> assertThat(n.get("phones").get(0).get("number").asString()).isEqualTo("116 123"));
        assertThat(api.service("no-such-service")).isEmpty();
    }

    @Test
    void serviceAtLocationsNearAPostcodeWithinProximity() {
        ObjectNode near = api.serviceAtLocations(near("ME1 1LS", 1500));
        assertIsPage(near);
        assertThat(near.get("contents").valueStream().map(n -> n.get("service").get("name").asString()))
                .contains("Rochester befriending scheme")
                .doesNotContain("Rainham lunch club (illustrative)");
        assertThat(near.get("contents").get(0).get("location").get("latitude").isNumber()).isTrue();

        ObjectNode unknown = api.serviceAtLocations(near("ZZ99 9ZZ", 1500));
        assertThat(unknown.get("contents").size()).isGreaterThan(near.get("contents").size());
    }

    @Test
    void taxonomiesAndTerms() {
        ObjectNode taxonomies = api.taxonomies();
        assertIsPage(taxonomies);
        assertThat(taxonomies.get("contents").valueStream().map(n -> n.get("id").asString()))
                .containsExactly("lantern-needs", "lantern-delivery", "lantern-access", "lantern-eligibility");
        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(4);
        assertThat(taxonomies.get("contents").get(3).get("name").asString()).isEqualTo("Lantern eligibility");
        ObjectNode needs = api.taxonomyTerms("lantern-needs", 1, 100);
        assertThat(needs.get("total_items").asInt()).isEqualTo(15);
        ObjectNode eligibility = api.taxonomyTerms("lantern-eligibility", 1, 100);
        assertThat(eligibility.get("contents").valueStream().map(n -> n.get("id").asString()))
                // Round 14: only the terms the sample's records carry as sent; the 3 Lantern read from
                // eligibility descriptions (disabled, housebound, older) are no longer listed.
                .containsExactly("bereaved", "carers", "hearing_loss", "men", "sight_loss", "women");
        assertThat(eligibility.get("contents").valueStream().map(n -> n.get("description").asString()))
                .doesNotContain(uk.lantern.directory.signpost.Eligibility.FROM_DESCRIPTION);
        assertThat(api.taxonomyTerms(null, 1, 100).get("total_items").asInt()).isEqualTo(15 + 4 + 1 + 6);
        assertThat(api.taxonomyTerm("housebound")).as("read by Lantern, never sent").isEmpty();
        assertThat(api.taxonomyTerm("transport_offered")).get()
                .satisfies(n -> assertThat(n.get("taxonomy_id").asString()).isEqualTo("lantern-access"));
        assertThat(api.taxonomy("lantern-access")).isPresent();
        assertThat(api.taxonomyTerm("befriending")).get()
                .satisfies(n -> assertThat(n.get("taxonomy_id").asString()).isEqualTo("lantern-needs"));
        assertThat(api.taxonomyTerm("home_visit")).isPresent();
        assertThat(api.taxonomyTerm("phone")).isEmpty();
        assertThat(api.taxonomy("lantern-needs")).isPresent();
        assertThat(api.root().get("version").asString()).isEqualTo("3.0");
    }
}
