package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.directory.LocalServicesDirectory;

/**
 * The admin import by kind: HTML in any text field people read becomes clean text; a record with
 * an impossible value (each kind once: latitude, longitude, day, age, age range) is a bad record,
 * counted out of the good ones and never stored; a service with no eligibility is not said to
 * have one. Look-alikes that must not change: a URL with {@code &amp;}, good services kept.
 */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
class DirectoryImportCleanApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalServicesDirectory directory;

    private static MockHttpServletRequestBuilder importJson(String json) {
        return post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String location(String lat, String lon) {
        return "{\"id\": \"loc-x\", \"location\": {\"id\": \"l1\", \"name\": \"St Mary&#39;s <i>Hall</i>\","
                + " \"latitude\": " + lat + ", \"longitude\": " + lon + "}}";
    }

    private static final String FEED = "["
            + "{\"id\": \"clean-good-1\", \"name\": \"Lunch <em>club</em> &amp; chat\", \"status\": \"active\","
            + " \"url\": \"https://example.org/?a=1&amp;b=2\","
            + " \"organization\": {\"id\": \"org-r\", \"name\": \"Rainham Friends <b>CIO</b>\"},"
            + " \"service_at_locations\": [" + location("51.36", "0.61") + "],"
            + " \"schedules\": [{\"id\": \"s1\", \"freq\": \"WEEKLY\", \"byday\": \"TU\", \"description\": \"<p>Tuesdays</p>\"}]},"
            + "{\"id\": \"clean-good-2\", \"name\": \"Walk and talk\", \"status\": \"active\", \"minimum_age\": 18,"
            + " \"maximum_age\": 18}," // equal ages: a look-alike of a bad range, still good
            + "{\"id\": \"clean-bad-lat\", \"name\": \"Bad latitude\", \"service_at_locations\": ["
            + location("100", "0.61") + "]},"
            + "{\"id\": \"clean-bad-lon\", \"name\": \"Bad longitude\", \"service_at_locations\": ["
            + location("51.36", "200") + "]},"
            + "{\"id\": \"clean-bad-day\", \"name\": \"Bad day\","
            + " \"schedules\": [{\"id\": \"s2\", \"freq\": \"WEEKLY\", \"byday\": \"FUNDAY\"}]},"
            + "{\"id\": \"clean-bad-age\", \"name\": \"Bad age\", \"minimum_age\": -3},"
            + "{\"id\": \"clean-bad-range\", \"name\": \"Bad range\", \"minimum_age\": 60, \"maximum_age\": 18}"
            + "]";

    private static final String[] BAD = {"clean-bad-lat", "clean-bad-lon", "clean-bad-day", "clean-bad-age",
            "clean-bad-range"};

    @Test
    void badRecordsAreCountedOutAndPartialImportsOnlyTheGoodOnes() throws Exception {
        var refused = mvc.perform(importJson(FEED).param("confirm", "true")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode refusal = JSON.readTree(refused.getContentAsString());
        assertThat(refusal.path("readable").asInt()).isEqualTo(2);
        assertThat(refusal.path("detail").asString()).contains("the 2 good services");

        var applied = mvc.perform(importJson(FEED).param("partial", "true").param("confirm", "true"))
                .andReturn().getResponse();
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(200);
        String report = applied.getContentAsString();
        for (String bad : BAD) {
            assertThat(report).as(bad).contains(bad);
            assertThat(directory.service(bad)).as(bad).isEmpty();
        }
        assertThat(report).contains("latitude").contains("longitude").contains("FUNDAY").contains("minimum_age");
        assertThat(directory.service("clean-good-1")).isPresent();
        assertThat(directory.service("clean-good-2")).isPresent();
        assertThat(directory.index().count()).isEqualTo(2);
    }

    @Test
    void everyTextFieldIsCleanTextAndNoEligibilityIsNotDescribedAsGiven() throws Exception {
        mvc.perform(importJson(FEED).param("partial", "true").param("confirm", "true")).andReturn();
        JsonNode served = JSON.readTree(mvc.perform(get("/oruk/services/clean-good-1")).andReturn().getResponse()
                .getContentAsString());
        assertThat(served.path("name").asString()).isEqualTo("Lunch club & chat");
        assertThat(served.path("organization").path("name").asString()).isEqualTo("Rainham Friends CIO");
        assertThat(served.path("service_at_locations").path(0).path("location").path("name").asString())
                .isEqualTo("St Mary's Hall");
        assertThat(served.path("schedules").path(0).path("description").asString()).isEqualTo("Tuesdays");
        assertThat(served.path("url").asString()).isEqualTo("https://example.org/?a=1&amp;b=2");
        String search = mvc.perform(get("/api/services").param("q", "Rainham")).andReturn().getResponse()
                .getContentAsString();
        assertThat(search).contains("Rainham Friends CIO").doesNotContain("<b>");

        String noEligibility = mvc.perform(get("/oruk/services/clean-good-2")).andReturn().getResponse()
                .getContentAsString();
        assertThat(noEligibility).doesNotContain("Open to everyone")
                .doesNotContain("from the service's eligibility_description");
    }
}
