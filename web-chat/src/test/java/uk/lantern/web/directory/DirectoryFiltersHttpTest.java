package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every filter of {@code /oruk/services}, {@code /oruk/service_at_locations} and
 * {@code /api/services}, over real HTTP on loopback, against a small directory built so that each
 * filter changes the answer: every case here fails when its filter is ignored. Also applies the
 * Open Referral UK validator's documented checks (paging fields, required fields, formats) to every
 * list and item the API serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
class DirectoryFiltersHttpTest extends DirectoryTestIndex {

    /**
     * alpha: befriending by home visit in Chatham, 60+, Mondays 09:00-12:00, free, org-1, an
     * imported LGA term, modified 2026-01-10. bravo: a group in Wigan, 18-30, Saturdays
     * 14:00-18:00, £5, org-2, modified 2025-06-01. charlie: telephone befriending, knitting, no
     * place or ages, Wednesdays 18:00-20:00, org-1, modified 2026-02-01. delta: physical activity in
     * Gillingham and in Wigan (two places), 0-17, Tuesdays 10:00-11:00, free, org-3. echo: home
     * visits from Wigan, no schedule, org-4.
     */
    static final String DIRECTORY = """
            [
             {"id": "alpha", "name": "Alpha visiting scheme", "status": "active", "description": "Volunteers visit at home.",
              "organization": {"id": "org-1", "name": "Org one", "description": "First"}, "organization_id": "org-1",
              "minimum_age": 60, "last_modified": "2026-01-10T10:00:00Z",
              "cost_options": [{"id": "alpha-cost", "option": "Free", "amount": 0, "currency": "GBP"}],
              "schedules": [{"id": "alpha-s", "freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"}],
              "service_at_locations": [{"id": "alpha-sal", "location": {"id": "alpha-loc", "location_type": "physical",
                "name": "Chatham office", "latitude": 51.3785, "longitude": 0.53}}],
              "attributes": [
               {"id": "alpha-a1", "taxonomy_term_id": "befriending"},
               {"id": "alpha-a2", "taxonomy_term_id": "home_visit"},
               {"id": "alpha-a3", "taxonomy_term_id": "lga-123", "taxonomy_term": {"id": "lga-123", "name": "Visiting",
                 "description": "LGA service type", "taxonomy": "esd"}}]},
             {"id": "bravo", "name": "Bravo youth club", "status": "active", "description": "A club for young adults.",
              "organization": {"id": "org-2", "name": "Org two", "description": "Second"}, "organization_id": "org-2",
              "minimum_age": 18, "maximum_age": 30, "last_modified": "2025-06-01T00:00:00Z",
              "cost_options": [{"id": "bravo-cost", "option": "Entry", "amount": 5, "currency": "GBP"}],
              "schedules": [{"id": "bravo-s", "freq": "WEEKLY", "byday": "SA", "opens_at": "14:00", "closes_at": "18:00"}],
              "service_at_locations": [{"id": "bravo-sal", "location": {"id": "bravo-loc", "location_type": "physical",
                "name": "Wigan hall", "latitude": 53.545, "longitude": -2.632}}],
              "attributes": [{"id": "bravo-a1", "taxonomy_term_id": "social_groups"},
                             {"id": "bravo-a2", "taxonomy_term_id": "group_venue"}]},
             {"id": "charlie", "name": "Charlie phone friends", "status": "active",
              "description": "A weekly call, often about knitting.",
              "organization": {"id": "org-1", "name": "Org one", "description": "First"}, "organization_id": "org-1",
              "last_modified": "2026-02-01T00:00:00Z",
              "schedules": [{"id": "charlie-s", "freq": "WEEKLY", "byday": "WE", "opens_at": "18:00", "closes_at": "20:00"}],
              "attributes": [{"id": "charlie-a1", "taxonomy_term_id": "befriending"},
                             {"id": "charlie-a2", "taxonomy_term_id": "telephone"}]},
             {"id": "delta", "name": "Delta junior sport", "status": "active", "description": "Sport for children.",
              "organization": {"id": "org-3", "name": "Org three", "description": "Third"}, "organization_id": "org-3",
              "minimum_age": 0, "maximum_age": 17, "last_modified": "2025-01-01T00:00:00Z",
              "cost_options": [{"id": "delta-cost", "option": "Free", "amount": 0, "currency": "GBP"}],
              "schedules": [{"id": "delta-s", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "11:00"}],
              "service_at_locations": [
               {"id": "delta-sal-1", "location": {"id": "delta-loc-1", "location_type": "physical", "name": "Gillingham park",
                "latitude": 51.386, "longitude": 0.552}},
               {"id": "delta-sal-2", "location": {"id": "delta-loc-2", "location_type": "physical", "name": "Wigan park",
                "latitude": 53.546, "longitude": -2.631}}],
              "attributes": [{"id": "delta-a1", "taxonomy_term_id": "physical_activity"},
                             {"id": "delta-a2", "taxonomy_term_id": "group_venue"}]},
             {"id": "echo", "name": "Echo home help", "status": "active", "description": "Someone comes round.",
              "organization": {"id": "org-4", "name": "Org four", "description": "Fourth"}, "organization_id": "org-4",
              "last_modified": "2025-01-01T00:00:00Z",
              "service_at_locations": [{"id": "echo-sal", "location": {"id": "echo-loc", "location_type": "physical",
                "name": "Wigan base", "latitude": 53.544, "longitude": -2.633}}],
              "attributes": [{"id": "echo-a1", "taxonomy_term_id": "befriending"},
                             {"id": "echo-a2", "taxonomy_term_id": "home_visit"}]}
            ]
            """;
    private static final Set<String> ALL = Set.of("alpha", "bravo", "charlie", "delta", "echo");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importTheDirectory() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/admin/directory/import?confirm=true"))
                .header("Authorization", DirectoryAdminApiTest.BEARER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DIRECTORY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private HttpResponse<String> send(String path, String... params) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder(path);
        for (int i = 0; i < params.length; i += 2) {
            q.append(i == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(uri(q.toString())).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path, String... params) throws Exception {
        HttpResponse<String> r = send(path, params);
        assertThat(r.statusCode()).as(path + " " + String.join(" ", params) + ": " + r.body()).isEqualTo(200);
        return DirectoryJson.read(r.body());
    }

    /** Ids of services on {@code /oruk/services} with these filters (one page of 100). */
    private Set<String> oruk(String... filters) throws Exception {
        List<String> params = new ArrayList<>(List.of("per_page", "100"));
        params.addAll(List.of(filters));
        Set<String> ids = new LinkedHashSet<>();
        ok("/oruk/services", params.toArray(String[]::new)).get("contents").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    /** Ids of results on {@code /api/services}, in order. */
    private List<String> api(String... filters) throws Exception {
        List<String> ids = new ArrayList<>();
        ok("/api/services", filters).get("results").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    @Test
    void everyOrukServicesFilterNarrowsTheList() throws Exception {
        assertThat(oruk()).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(oruk("search", "knitting")).containsExactly("charlie");
        assertThat(oruk("taxonomy_term_id", "befriending")).containsExactlyInAnyOrder("alpha", "charlie", "echo");
        assertThat(oruk("taxonomy_term_id", "telephone")).as("a delivery term").containsExactly("charlie");
        assertThat(oruk("taxonomy_term_id", "lga-123")).as("an imported term").containsExactly("alpha");
        assertThat(oruk("taxonomy_id", "esd")).as("an imported taxonomy").containsExactly("alpha");
        assertThat(oruk("taxonomy_id", "no-such-taxonomy")).isEmpty();
        assertThat(oruk("organization_id", "org-1")).containsExactlyInAnyOrder("alpha", "charlie");
        assertThat(oruk("modified_after", "2026-01-05T00:00:00Z")).containsExactlyInAnyOrder("alpha", "charlie");
        assertThat(oruk("modified_after", "2026-01-10T10:00:00Z")).as("on or after").contains("alpha");
        assertThat(oruk("modified_after", "2026-01-10T10:00:01Z")).doesNotContain("alpha");
        assertThat(oruk("start_time", "13:00")).containsExactlyInAnyOrder("bravo", "charlie");
        assertThat(oruk("start_time", "14:00")).as("at or after").contains("bravo");
        assertThat(oruk("end_time", "12:00")).containsExactlyInAnyOrder("alpha", "delta");
        assertThat(oruk("end_time", "11:59")).doesNotContain("alpha");
        assertThat(oruk("minimum_age", "20")).containsExactlyInAnyOrder("bravo", "charlie", "echo");
        assertThat(oruk("maximum_age", "17")).containsExactlyInAnyOrder("delta", "charlie", "echo");
        assertThat(oruk("minimum_age", "20", "maximum_age", "40")).as("a range the service must cover")
                .containsExactlyInAnyOrder("charlie", "echo");
        assertThat(oruk("minimum_age", "18", "maximum_age", "30")).as("the boundary").contains("bravo");
        assertThat(oruk("day", "MO")).containsExactly("alpha");
        assertThat(oruk("day", "saturday")).containsExactly("bravo");
        assertThat(oruk("postcode", "ME4 4TR", "proximity", "3000")).containsExactlyInAnyOrder("alpha", "delta");
        assertThat(oruk("postcode", "ME4 4TR", "proximity", "1000")).containsExactly("alpha");
        assertThat(oruk("postcode", "ME4")).as("10 km by default").containsExactlyInAnyOrder("alpha", "delta");
    }

    @Test
    void theTaxonomyListsIncludeTheImportedTermsTheFiltersAccept() throws Exception {
        List<String> taxonomies = new ArrayList<>();
        ok("/oruk/taxonomies").get("contents").forEach(t -> taxonomies.add(t.get("id").asString()));
        // none of these services sends an eligibility_description, so since round 9 none has an
        // eligibility recorded at import (it used to get "Open to everyone", words it never sent)
        assertThat(taxonomies).as("Lantern's own first, then the others by id")
                .containsExactly("lantern-needs", "lantern-delivery", "esd");
        assertThat(ok("/oruk/taxonomies/esd").get("name").asString()).isEqualTo("esd");
        JsonNode esd = ok("/oruk/taxonomy_terms", "taxonomy_id", "esd");
        assertThat(esd.get("total_items").asInt()).isEqualTo(1);
        assertThat(esd.get("contents").get(0).get("name").asString()).isEqualTo("Visiting");
        assertThat(ok("/oruk/taxonomy_terms/lga-123").get("taxonomy_id").asString()).isEqualTo("esd");
        assertThat(send("/oruk/taxonomies/no-such-taxonomy").statusCode()).isEqualTo(404);
    }

    @Test
    void pagingFieldsAreRightOnServicesAndOnPlaces() throws Exception {
        JsonNode first = ok("/oruk/services", "per_page", "2");
        assertThat(first.get("total_items").asInt()).isEqualTo(5);
        assertThat(first.get("total_pages").asInt()).isEqualTo(3);
        JsonNode last = ok("/oruk/services", "per_page", "2", "page", "3");
        assertThat(last.get("size").asInt()).as("items on the page").isEqualTo(1);

        // five places: alpha, bravo, delta twice, echo (charlie has none)
        JsonNode places = ok("/oruk/service_at_locations", "per_page", "3");
        assertThat(places.get("total_items").asInt()).isEqualTo(5);
        assertThat(places.get("total_pages").asInt()).isEqualTo(2);
        assertThat(places.get("size").asInt()).isEqualTo(3);
        JsonNode rest = ok("/oruk/service_at_locations", "per_page", "3", "page", "2");
        assertThat(rest.get("size").asInt()).isEqualTo(2);
        Set<String> ids = new LinkedHashSet<>();
        places.get("contents").forEach(p -> ids.add(p.get("id").asString()));
        rest.get("contents").forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("alpha-sal", "bravo-sal", "delta-sal-1", "delta-sal-2", "echo-sal");

        JsonNode near = ok("/oruk/service_at_locations", "postcode", "ME4 4TR", "proximity", "3000");
        assertThat(near.get("total_items").asInt()).isEqualTo(3).isEqualTo(near.get("contents").size());
        assertThat(ok("/oruk/service_at_locations", "taxonomy_term_id", "home_visit").get("total_items").asInt())
                .isEqualTo(2);
        assertThat(ok("/oruk/service_at_locations", "search", "sport").get("total_items").asInt()).isEqualTo(2);
    }

    @Test
    void everyApiServicesFilterChangesTheAnswer() throws Exception {
        assertThat(api()).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(api("q", "knitting")).containsExactly("charlie");
        assertThat(api("need", "befriending")).containsExactlyInAnyOrder("alpha", "charlie", "echo");
        assertThat(api().get(0)).isNotEqualTo("delta");
        assertThat(api("boost", "physical_activity").get(0)).isEqualTo("delta");
        assertThat(api("postcode", "ME4 4TR")).as("Wigan is beyond 10 km; the phone service reaches anyone")
                .containsExactlyInAnyOrder("alpha", "charlie", "delta");
        assertThat(api("postcode", "ME4 4TR", "radius", "1")).containsExactlyInAnyOrder("alpha", "charlie");
        assertThat(api("postcode", "ME4 4TR", "radius", "1", "travel", "no")).as("home visits come from afar")
                .containsExactlyInAnyOrder("alpha", "charlie", "echo");
        assertThat(api("age", "20")).containsExactlyInAnyOrder("bravo", "charlie", "echo");
        assertThat(api("age", "60")).contains("alpha");
        assertThat(api("age", "59")).doesNotContain("alpha");
        assertThat(api("day", "monday")).containsExactly("alpha");
        assertThat(api("free", "true")).containsExactlyInAnyOrder("alpha", "delta");
        JsonNode page2 = ok("/api/services", "page", "2");
        assertThat(page2.get("page").asInt()).isEqualTo(2);
        assertThat(page2.get("results")).isEmpty();
        assertThat(page2.get("sampleData").asBoolean()).as("an imported directory is not the sample").isFalse();
    }

    @Test
    void badFiltersAreProblemDetailsWithTheCorsHeader() throws Exception {
        for (String[] bad : List.of(new String[] {"modified_after", "yesterday"}, new String[] {"start_time", "9am"},
                new String[] {"end_time", "25:00"}, new String[] {"postcode", "ZZ99 9ZZ"},
                new String[] {"proximity", "500"}, new String[] {"minimum_age", "40", "maximum_age", "20"})) {
            for (String path : List.of("/oruk/services", "/oruk/service_at_locations")) {
                HttpResponse<String> r = send(path, bad);
                assertThat(r.statusCode()).as(path + " " + String.join("=", bad)).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
                assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
                JsonNode problem = DirectoryJson.read(r.body());
                assertThat(problem.get("problems").get(0).get("parameter").asString()).isIn((Object[]) bad);
            }
        }
        for (String path : List.of("/oruk/nowhere", "/oruk/services/no-such-service",
                "/oruk/service_at_locations/no-such-place")) {
            HttpResponse<String> r = send(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/oruk/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(405);
        assertThat(post.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    private HttpResponse<String> importFeed(String query, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/admin/directory/import" + query))
                .header("Authorization", DirectoryAdminApiTest.BEARER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A feed with some bad records: refused whole by default, naming each bad record; with
     * partial=true the good ones are imported and each bad one is still reported. Ids that would
     * break a URL are among the bad; unusual ids that do not break one are reachable everywhere.
     */
    @Test
    void aFeedWithBadRecordsImportsTheGoodOnesOnlyWhenAskedAndReportsEachBadOne() throws Exception {
        String odd = "café:1+a.b~c";
        String feed = """
                [{"id": "%s", "name": "Odd id club", "status": "active", "description": "Unusual ids",
                  "service_at_locations": [{"id": "%s-place", "location": {"id": "odd-loc", "location_type": "physical",
                    "latitude": 51.38, "longitude": 0.528}}]},
                 {"id": "plain", "name": "Plain club", "status": "active"},
                 {"id": "nameless", "status": "active"},
                 {"id": "a/b", "name": "Slash club", "status": "active"},
                 {"id": "has space", "name": "Space club", "status": "active"}]
                """.formatted(odd, odd);
        HttpResponse<String> refused = importFeed("?confirm=true", feed);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = DirectoryJson.read(refused.body());
        assertThat(problem.get("readable").asInt()).isEqualTo(2);
        // warnings (round 13: services that map to no need) are counted apart from the problems
        assertThat(problem.get("problems")).filteredOn(p -> !p.get("warning").asBoolean()).hasSize(3);
        assertThat(oruk()).as("nothing changed").containsExactlyInAnyOrderElementsOf(ALL);

        HttpResponse<String> partial = importFeed("?confirm=true&partial=true", feed);
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
        JsonNode report = DirectoryJson.read(partial.body());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        List<String> records = new ArrayList<>();
        report.get("problems").forEach(p -> {
            if (!p.get("warning").asBoolean()) {
                records.add(p.get("record").asString() + " " + p.get("field").asString());
            }
        });
        // round 14: a refused id is named by itself (it was "[3]" and "[4]", the positions)
        assertThat(records).containsExactlyInAnyOrder("nameless name", "a/b id", "has space id");
        assertThat(oruk()).containsExactlyInAnyOrder(odd, "plain");

        assertThat(ok("/oruk/services/" + encode(odd)).get("id").asString()).isEqualTo(odd);
        assertThat(ok("/oruk/service_at_locations/" + encode(odd + "-place")).get("service").get("id").asString())
                .isEqualTo(odd);
        assertThat(api("q", "odd")).containsExactly(odd);
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(uri("/admin/directory/services/" + encode(odd)))
                .header("Authorization", DirectoryAdminApiTest.BEARER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(send("/oruk/services/" + encode(odd)).statusCode()).isEqualTo(404);
    }

    /**
     * A council's ORUK 1.0 feed (the fixture written in the 1.0 shape, in the knowledge-base
     * module) imports through the admin API, is served back as valid HSDS 3.0, and its 1.0
     * vocabularies can be filtered on. Its one postcode the gazetteer cannot place is reported.
     */
    @Test
    void anOrukVersion1FeedImportsAndIsServedAsValidHsds3() throws Exception {
        String feed = java.nio.file.Files.readString(java.nio.file.Path.of("..", "knowledge-base", "src", "test",
                "resources", "oruk-1.0", "services-page.json"));
        HttpResponse<String> refused = importFeed("?confirm=true", feed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("could not place the postcode");
        HttpResponse<String> imported = importFeed("?confirm=true&partial=true", feed);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(DirectoryJson.read(imported.body()).get("imported").asInt()).isEqualTo(3);
        var schema = HsdsSchema.load("service.json");
        List<String> errors = new ArrayList<>();
        for (JsonNode s : ok("/oruk/services").get("contents")) {
            checkService(s, errors);
            HsdsSchema.errors(schema, s).forEach(e -> errors.add(s.get("id") + ": " + e));
        }
        assertThat(errors).isEmpty();
        assertThat(oruk("taxonomy_term_id", "oruk-attending_type:venue")).hasSize(2);
        assertThat(oruk("taxonomy_id", "oruk-deliverable_type")).hasSize(2);
        assertThat(oruk("taxonomy_term_id", "telephone")).containsExactly("8a9b0c1d-2e3f-4a4b-8c5d-7e8f9a0b1c52");
    }

    /**
     * The ORUK validator's documented checks: every list has the paging fields with the right
     * types and values that agree with each other; every item has the fields HSDS requires and
     * validates against its HSDS 3.0 schema; dates, times and date-times are in their formats
     * (which JSON Schema only annotates, so they are checked here).
     */
    @Test
    void everyListAndItemPassesTheValidatorsChecks() throws Exception {
        List<String> errors = new ArrayList<>();
        var serviceSchema = HsdsSchema.load("service.json");
        var salSchema = HsdsSchema.load("service_at_location.json");
        var taxonomySchema = HsdsSchema.load("taxonomy.json");
        var termSchema = HsdsSchema.load("taxonomy_term.json");
        for (String perPage : List.of("1", "2", "100")) {
            for (int page = 1; page <= 6; page++) {
                JsonNode services = ok("/oruk/services", "per_page", perPage, "page", String.valueOf(page));
                checkPage("/services", services, page, Integer.parseInt(perPage), errors);
                for (JsonNode s : services.get("contents")) {
                    checkService(s, errors);
                    HsdsSchema.errors(serviceSchema, s).forEach(e -> errors.add("list " + s.get("id") + ": " + e));
                    JsonNode one = ok("/oruk/services/" + s.get("id").asString());
                    checkService(one, errors);
                    HsdsSchema.errors(serviceSchema, one).forEach(e -> errors.add("item " + s.get("id") + ": " + e));
                }
                JsonNode places = ok("/oruk/service_at_locations", "per_page", perPage, "page", String.valueOf(page));
                checkPage("/service_at_locations", places, page, Integer.parseInt(perPage), errors);
                for (JsonNode p : places.get("contents")) {
                    HsdsSchema.errors(salSchema, p).forEach(e -> errors.add("place " + p.get("id") + ": " + e));
                    JsonNode one = ok("/oruk/service_at_locations/" + p.get("id").asString());
                    HsdsSchema.errors(salSchema, one).forEach(e -> errors.add("place item " + p.get("id") + ": " + e));
                }
            }
        }
        JsonNode taxonomies = ok("/oruk/taxonomies");
        checkPage("/taxonomies", taxonomies, 1, taxonomies.get("contents").size(), errors);
        for (JsonNode t : taxonomies.get("contents")) {
            HsdsSchema.errors(taxonomySchema, ok("/oruk/taxonomies/" + t.get("id").asString()))
                    .forEach(e -> errors.add("taxonomy " + t.get("id") + ": " + e));
        }
        JsonNode terms = ok("/oruk/taxonomy_terms", "per_page", "100");
        checkPage("/taxonomy_terms", terms, 1, 100, errors);
        for (JsonNode t : terms.get("contents")) {
            HsdsSchema.errors(termSchema, ok("/oruk/taxonomy_terms/" + t.get("id").asString()))
                    .forEach(e -> errors.add("term " + t.get("id") + ": " + e));
        }
        assertThat(errors).isEmpty();
    }

    private static void checkPage(String list, JsonNode page, int number, int perPage, List<String> errors) {
        String at = list + " page " + number + " of " + perPage + ": ";
        for (String field : List.of("total_items", "total_pages", "page_number", "size")) {
            if (!page.path(field).isIntegralNumber()) {
                errors.add(at + field + " is not an integer");
            }
        }
        for (String field : List.of("first_page", "last_page", "empty")) {
            if (!page.path(field).isBoolean()) {
                errors.add(at + field + " is not a boolean");
            }
        }
        int total = page.path("total_items").asInt();
        int pages = page.path("total_pages").asInt();
        int size = page.path("contents").size();
        check(page.path("size").asInt() == size, at + "size is not the number of items on the page", errors);
        check(page.path("page_number").asInt() == number, at + "page_number is wrong", errors);
        check(pages == Math.max(1, (total + perPage - 1) / perPage), at + "total_pages disagrees with total_items", errors);
        check(page.path("first_page").asBoolean() == (number == 1), at + "first_page is wrong", errors);
        check(page.path("last_page").asBoolean() == (number >= pages), at + "last_page is wrong", errors);
        check(page.path("empty").asBoolean() == (size == 0), at + "empty is wrong", errors);
        int expected = number > pages ? 0 : number < pages ? perPage : total - (pages - 1) * perPage;
        check(size == expected, at + "holds " + size + " items, expected " + expected, errors);
    }

    private static void checkService(JsonNode s, List<String> errors) {
        String at = "service " + s.path("id").asString() + ": ";
        for (String required : List.of("id", "name", "status")) {
            check(s.path(required).isString() && !s.path(required).asString().isBlank(), at + required + " missing", errors);
        }
        format(s.path("last_modified"), DATE_TIME, at + "last_modified", errors);
        format(s.path("assured_date"), DATE, at + "assured_date", errors);
        for (JsonNode schedule : s.path("schedules")) {
            format(schedule.path("opens_at"), TIME, at + "opens_at", errors);
            format(schedule.path("closes_at"), TIME, at + "closes_at", errors);
        }
    }

    private static void format(JsonNode value, Pattern pattern, String what, List<String> errors) {
        if (!value.isMissingNode() && !pattern.matcher(value.asString("")).matches()) {
            errors.add(what + " is not in its format: " + value);
        }
    }

    private static void check(boolean ok, String message, List<String> errors) {
        if (!ok) {
            errors.add(message);
        }
    }
}
