package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.hsds.HsdsServiceReader;

/**
 * Issue 12, round 9, through the admin API and the read APIs people and other directories use:
 *
 * <ul>
 *   <li>HTML in any text people read (here an organisation name with tags and entities, a
 *       location name, a schedule's words) is served as clean text by {@code /oruk/} and
 *       {@code /api/services}; a web address's own {@code &amp;} is kept.</li>
 *   <li>With {@code partial=true}, a feed's good records are imported and each bad one (byday
 *       FUNDAY, an age in words, a latitude in words, a negative age, a minimum above the maximum)
 *       is left out and reported by id with its problem; the good records are stored with every
 *       value.</li>
 *   <li>A latitude of 100 or a longitude of 200 is a warning (round 9 follow-up): the service is
 *       kept with the values as sent, reported by id with {@code "warning": true}, and its point is
 *       never used.</li>
 *   <li>Without {@code partial=true}, the same feed is refused with 400 and the directory is
 *       exactly as it was; a feed whose only findings are warnings is applied.</li>
 *   <li>A service that sends no eligibility_description is served without one, and with no
 *       eligibility Lantern made up for it.</li>
 * </ul>
 */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
class DirectoryImportCleanApiTest extends DirectoryTestIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalServicesDirectory directory;

    private static MockHttpServletRequestBuilder importJson(String json) {
        return post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(json).param("confirm", "true");
    }

    private static String location(String lat, String lon) {
        return "{\"id\": \"loc-x\", \"location\": {\"id\": \"l1\", \"name\": \"St Mary&#39;s <i>Hall</i>\","
                + " \"latitude\": " + lat + ", \"longitude\": " + lon + "}}";
    }

    private static final String GOOD_1 = "{\"id\": \"clean-good-1\", \"name\": \"Lunch <em>club</em> &amp; chat\","
            + " \"status\": \"active\", \"url\": \"https://example.org/?a=1&amp;b=2\","
            + " \"organization\": {\"id\": \"org-r\", \"name\": \"Rainham Friends <b>CIO</b> &amp; Co&nbsp;Ltd\"},"
            + " \"service_at_locations\": [" + location("51.36", "0.61") + "],"
            + " \"schedules\": [{\"id\": \"s1\", \"freq\": \"WEEKLY\", \"byday\": \"TU\", \"description\": \"<p>Tuesdays</p>\"}]}";
    // equal ages: a look-alike of a bad range, still good
    private static final String GOOD_2 = "{\"id\": \"clean-good-2\", \"name\": \"Walk and talk\", \"status\": \"active\","
            + " \"minimum_age\": 18, \"maximum_age\": 18}";

    /** Each bad record and the field its problem must name. */
    private static final Map<String, String> BAD = Map.of(
            "clean-bad-day", "schedules[0].byday",
            "clean-bad-age-words", "minimum_age",
            "clean-bad-lat-words", "service_at_locations[0].location.latitude",
            "clean-bad-age", "minimum_age",
            "clean-bad-range", "minimum_age");

    /** The field of the import warnings about needs (round 13), counted apart from the findings here. */
    private static final String NEEDS = "needs";

    /** Each record with a point off the globe (a warning: kept) and the field its warning must name. */
    private static final Map<String, String> OFF_THE_GLOBE = Map.of(
            "clean-off-lat", "service_at_locations[0].location.latitude",
            "clean-off-lon", "service_at_locations[0].location.longitude");

    private static final String FEED = "[" + GOOD_1 + "," + GOOD_2 + ","
            + "{\"id\": \"clean-off-lat\", \"name\": \"Latitude off the globe\", \"service_at_locations\": ["
            + location("100", "0.61") + "]},"
            + "{\"id\": \"clean-off-lon\", \"name\": \"Longitude off the globe\", \"service_at_locations\": ["
            + location("51.36", "200") + "]},"
            + "{\"id\": \"clean-bad-day\", \"name\": \"Bad day\","
            + " \"schedules\": [{\"id\": \"s2\", \"freq\": \"WEEKLY\", \"byday\": \"FUNDAY\"}]},"
            + "{\"id\": \"clean-bad-age-words\", \"name\": \"Age in words\", \"minimum_age\": \"eighteen\"},"
            + "{\"id\": \"clean-bad-lat-words\", \"name\": \"Latitude in words\", \"service_at_locations\": ["
            + location("\"north\"", "0.61") + "]},"
            + "{\"id\": \"clean-bad-age\", \"name\": \"Bad age\", \"minimum_age\": -3},"
            + "{\"id\": \"clean-bad-range\", \"name\": \"Bad range\", \"minimum_age\": 60, \"maximum_age\": 18}"
            + "]";

    private JsonNode served(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return JSON.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anOrganisationNameWithTagsAndEntitiesIsServedAsCleanTextByOrukAndTheSearch() throws Exception {
        assertThat(mvc.perform(importJson("[" + GOOD_1 + "]")).andReturn().getResponse().getStatus()).isEqualTo(200);
        String clean = "Rainham Friends CIO & Co Ltd";

        JsonNode one = served("/oruk/services/clean-good-1");
        assertThat(one.path("organization").path("name").asString()).isEqualTo(clean);
        assertThat(one.path("name").asString()).isEqualTo("Lunch club & chat");
        assertThat(one.path("service_at_locations").path(0).path("location").path("name").asString())
                .isEqualTo("St Mary's Hall");
        assertThat(one.path("schedules").path(0).path("description").asString()).isEqualTo("Tuesdays");
        assertThat(one.path("url").asString()).as("a web address is kept as sent").isEqualTo("https://example.org/?a=1&amp;b=2");
        assertThat(served("/oruk/services", "search", "Rainham").path("contents").path(0).path("organization")
                .path("name").asString()).isEqualTo(clean);

        JsonNode search = served("/api/services", "q", "Rainham");
        assertThat(search.path("results").path(0).path("organisation").asString()).isEqualTo(clean);
        assertThat(search.path("results").path(0).path("name").asString()).isEqualTo("Lunch club & chat");
        assertThat(search.path("results").path(0).path("schedule").asString()).isEqualTo("Tuesdays");
        assertThat(search.toString()).doesNotContain("<b>").doesNotContain("&nbsp;");
        assertThat(search.path("results").path(0).path("contact").path("url").asString())
                .as("a web address is kept as sent").isEqualTo("https://example.org/?a=1&amp;b=2");
    }

    @Test
    void aPartialImportTakesTheGoodRecordsAndReportsEachBadOneByIdWithItsProblem() throws Exception {
        MockHttpServletResponse applied = mvc.perform(importJson(FEED).param("partial", "true")).andReturn().getResponse();
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(200);
        JsonNode report = JSON.readTree(applied.getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.path("imported").asInt()).isEqualTo(4);
        List<String> reported = new ArrayList<>();
        List<String> warned = new ArrayList<>();
        List<String> needWarnings = new ArrayList<>();
        report.path("problems").forEach(p -> {
            String at = p.path("record").asString() + " " + p.path("field").asString();
            if (NEEDS.equals(p.path("field").asString())) {
                needWarnings.add(p.path("message").asString()); // round 13: counted apart
            } else if (p.path("warning").asBoolean()) {
                warned.add(at);
                assertThat(p.path("message").asString()).contains("location \"l1\"").contains("not used")
                        .doesNotContain("left out");
            } else {
                reported.add(at);
                assertThat(p.path("message").asString()).endsWith(HsdsServiceReader.LEFT_OUT)
                        .containsOnlyOnce("left out");
            }
        });
        assertThat(reported).containsExactlyInAnyOrderElementsOf(
                BAD.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(warned).containsExactlyInAnyOrderElementsOf(
                OFF_THE_GLOBE.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        assertThat(needWarnings).isNotEmpty().allSatisfy(m -> assertThat(m).containsAnyOf("map to no need", "read from the words"));
        for (String bad : BAD.keySet()) {
            assertThat(mvc.perform(get("/oruk/services/" + bad)).andReturn().getResponse().getStatus()).as(bad)
                    .isEqualTo(404);
        }
        assertThat(directory.store().ids()).containsExactlyInAnyOrder("clean-good-1", "clean-good-2",
                "clean-off-lat", "clean-off-lon");
        assertThat(directory.index().count()).isEqualTo(4);
        // kept with the values as sent, and the point never used: no proximity match
        JsonNode off = served("/oruk/services/clean-off-lat");
        assertThat(off.path("service_at_locations").path(0).path("location").path("latitude").asInt()).isEqualTo(100);
        assertThat(served("/oruk/services/clean-off-lon").path("service_at_locations").path(0).path("location")
                .path("longitude").asInt()).isEqualTo(200);
        List<String> near = new ArrayList<>();
        served("/oruk/service_at_locations", "postcode", "ME4 4TR", "proximity", "50000").path("contents")
                .forEach(n -> near.add(n.path("service").path("id").asString()));
        assertThat(near).contains("clean-good-1").doesNotContain("clean-off-lat", "clean-off-lon");

        // the good records are stored with every value they sent
        JsonNode lunch = served("/oruk/services/clean-good-1");
        assertThat(lunch.path("service_at_locations").path(0).path("location").path("latitude").asDouble()).isEqualTo(51.36);
        assertThat(lunch.path("service_at_locations").path(0).path("location").path("longitude").asDouble()).isEqualTo(0.61);
        assertThat(lunch.path("schedules").path(0).path("byday").asString()).isEqualTo("TU");
        JsonNode walk = served("/oruk/services/clean-good-2");
        assertThat(walk.path("minimum_age").asInt()).isEqualTo(18);
        assertThat(walk.path("maximum_age").asInt()).isEqualTo(18);
    }

    @Test
    void withoutPartialTheSameFeedIsRefusedAndTheDirectoryIsUnchanged() throws Exception {
        mvc.perform(importJson("[" + GOOD_2 + "]")).andReturn();
        String before = mvc.perform(get("/oruk/services").param("per_page", "100")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> idsBefore = List.copyOf(directory.store().ids());

        MockHttpServletResponse refused = mvc.perform(importJson(FEED)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("type").asString()).isEqualTo("/problems/import-rejected");
        assertThat(problem.path("readable").asInt()).isEqualTo(4);
        assertThat(problem.path("detail").asString()).startsWith(BAD.size() + " problems found")
                .contains("the 4 good services");
        List<String> records = new ArrayList<>();
        problem.path("problems").forEach(p -> {
            if (!NEEDS.equals(p.path("field").asString())) { // round 13: need warnings counted apart
                records.add(p.path("record").asString());
            }
        });
        List<String> expected = new ArrayList<>(BAD.keySet());
        expected.addAll(OFF_THE_GLOBE.keySet());
        assertThat(records).containsExactlyInAnyOrderElementsOf(expected);

        assertThat(directory.store().ids()).containsExactlyInAnyOrderElementsOf(idsBefore);
        assertThat(mvc.perform(get("/oruk/services").param("per_page", "100")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(before);
        assertThat(mvc.perform(get("/oruk/services/clean-good-1")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aFeedWhoseOnlyFindingsAreWarningsIsAppliedWithoutPartial() throws Exception {
        String feed = "[" + GOOD_2 + ", {\"id\": \"clean-off-lat\", \"name\": \"Latitude off the globe\","
                + " \"service_at_locations\": [" + location("100", "0.61") + "]}]";
        MockHttpServletResponse applied = mvc.perform(importJson(feed)).andReturn().getResponse();
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(200);
        JsonNode report = JSON.readTree(applied.getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("problems")).allSatisfy(p -> assertThat(p.path("warning").asBoolean()).isTrue());
        // round 13: the warning that these services map to no need is counted apart
        assertThat(report.path("problems")).filteredOn(p -> !NEEDS.equals(p.path("field").asString())).singleElement().satisfies(p -> {
            assertThat(p.path("record").asString()).isEqualTo("clean-off-lat");
            assertThat(p.path("field").asString()).isEqualTo("service_at_locations[0].location.latitude");
        });
        assertThat(directory.store().ids()).containsExactlyInAnyOrder("clean-good-2", "clean-off-lat");
    }

    @Test
    void aServiceThatGaveNoEligibilityIsServedWithoutOne() throws Exception {
        mvc.perform(importJson("[" + GOOD_2 + "]")).andReturn();
        JsonNode walk = served("/oruk/services/clean-good-2");
        assertThat(walk.has("eligibility_description")).isFalse();
        List<String> taxonomies = new ArrayList<>();
        walk.path("attributes").forEach(a -> taxonomies.add(a.path("taxonomy_term").path("taxonomy_id").asString()));
        assertThat(taxonomies).doesNotContain("lantern-eligibility");
        assertThat(walk.toString()).doesNotContain("Open to everyone").doesNotContain("No eligibility description")
                .doesNotContain("eligibility_description\"");
        JsonNode found = served("/api/services", "q", "walk").path("results").path(0);
        assertThat(found.path("id").asString()).isEqualTo("clean-good-2");
        assertThat(found.path("eligibility").isMissingNode() || found.path("eligibility").isNull()).isTrue();
    }
}
