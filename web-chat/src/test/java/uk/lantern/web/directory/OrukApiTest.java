package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** The Open Referral UK read API under {@code /oruk/}. */
@SpringBootTest
@AutoConfigureMockMvc
class OrukApiTest extends DirectoryTestIndex {

    static final String SERVICE = "lantern-sample-rainham-lunch-club";

    @Autowired
    MockMvc mvc;

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        return DirectoryJson.read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void describesItselfAtTheRoot() throws Exception {
        mvc.perform(get("/oruk/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.version").value("3.0"));
    }

    @Test
    void pagesServicesWithTheOrukPagingFields() throws Exception {
        mvc.perform(get("/oruk/services").param("per_page", "5").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total_items").isNumber())
                .andExpect(jsonPath("$.total_pages").isNumber())
                .andExpect(jsonPath("$.page_number").value(2))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.first_page").value(false))
                .andExpect(jsonPath("$.last_page").value(false))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.contents", hasSize(5)));
        JsonNode all = json(get("/oruk/services").param("per_page", "100"));
        long total = all.get("total_items").asLong();
        assertThat(all.get("contents").size()).isEqualTo((int) total);
        assertThat(all.get("first_page").asBoolean()).isTrue();
        assertThat(all.get("last_page").asBoolean()).isTrue();
        JsonNode beyond = json(get("/oruk/services").param("per_page", "100").param("page", "3"));
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents").size()).isZero();
    }

    @Test
    void filtersServicesByTermAgeDayAndWords() throws Exception {
        mvc.perform(get("/oruk/services").param("taxonomy_term_id", "befriending").param("taxonomy_id", "lantern-needs")
                        .param("minimum_age", "70").param("day", "MO").param("search", "visit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents").isArray());
        mvc.perform(get("/oruk/services").param("taxonomy_term_id", "befriending"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents[0].attributes[*].taxonomy_term_id", hasItem("befriending")));
    }

    @Test
    void refusesBadParametersWithProblemDetails() throws Exception {
        mvc.perform(get("/oruk/services").param("page", "0").param("per_page", "1000").param("minimum_age", "old")
                        .param("day", "someday").param("modified_after", "last tuesday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.problems[*].parameter", containsInAnyOrder(
                        "page", "per_page", "minimum_age", "day", "modified_after")));
        mvc.perform(get("/oruk/service_at_locations").param("proximity", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].parameter").value("proximity"));
        // a postcode the tables do not know is refused, never widened to every location (issue 13)
        for (String unknown : List.of("ME99 9ZZ", "LS1 1AA", "Leeds")) {
            mvc.perform(get("/oruk/service_at_locations").param("postcode", unknown))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.problems[0].parameter").value("postcode"))
                    .andExpect(jsonPath("$.problems[0].message", org.hamcrest.Matchers.containsString("cannot place that postcode")));
        }
        mvc.perform(get("/oruk/taxonomy_terms").param("per_page", "x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void servesOneServiceAndA404ProblemForUnknownIds() throws Exception {
        mvc.perform(get("/oruk/services/" + SERVICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(SERVICE))
                .andExpect(jsonPath("$.status").value("active"));
        for (String path : List.of("/oruk/services/nope", "/oruk/taxonomies/nope", "/oruk/taxonomy_terms/nope")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                    .andExpect(jsonPath("$.type").value("/problems/not-found"));
        }
    }

    @Test
    void listsServiceAtLocationsNearAPostcode() throws Exception {
        mvc.perform(get("/oruk/service_at_locations").param("postcode", "ME7 1AA").param("proximity", "8000")
                        .param("per_page", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.contents[0].location").exists())
                .andExpect(jsonPath("$.contents[0].service.id").isNotEmpty());
        String listed = mvc.perform(get("/oruk/service_at_locations").param("per_page", "5"))
                .andReturn().getResponse().getContentAsString();
        String salId = com.jayway.jsonpath.JsonPath.read(listed, "$.contents[2].id");
        String serviceId = com.jayway.jsonpath.JsonPath.read(listed, "$.contents[2].service.id");
        mvc.perform(get("/oruk/service_at_locations/" + salId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(salId))
                .andExpect(jsonPath("$.service.id").value(serviceId))
                .andExpect(jsonPath("$.location").exists());
        mvc.perform(get("/oruk/service_at_locations/no-such-place"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesTheTaxonomiesAndTheirTerms() throws Exception {
        mvc.perform(get("/oruk/taxonomies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents[*].id", hasItem("lantern-needs")));
        mvc.perform(get("/oruk/taxonomies/lantern-needs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").isNotEmpty());
        mvc.perform(get("/oruk/taxonomy_terms").param("taxonomy_id", "lantern-needs").param("per_page", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents[*].id", hasItem("social_groups")));
        mvc.perform(get("/oruk/taxonomy_terms/social_groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxonomy_id").value("lantern-needs"));
    }

    @Test
    void everyOrukResponseAllowsAnyOrigin() throws Exception {
        for (String path : List.of("/oruk", "/oruk/", "/oruk/services", "/oruk/services/" + SERVICE,
                "/oruk/service_at_locations", "/oruk/taxonomies", "/oruk/taxonomies/lantern-needs",
                "/oruk/taxonomy_terms", "/oruk/taxonomy_terms/befriending", "/oruk/services/nope",
                "/oruk/no-such-endpoint")) {
            mvc.perform(get(path).header("Origin", "https://example.org"))
                    .andExpect(header().string("Access-Control-Allow-Origin", "*"));
            mvc.perform(get(path))
                    .andExpect(header().string("Access-Control-Allow-Origin", "*"));
        }
        mvc.perform(options("/oruk/services").header("Origin", "https://example.org")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("GET")));
        mvc.perform(get("/api/services"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void aServiceValidatesAgainstTheHsdsServiceSchema() throws Exception {
        Schema schema = HsdsSchema.load("service.json");
        JsonNode service = json(get("/oruk/services/" + SERVICE));
        assertThat(HsdsSchema.errors(schema, service)).as("HSDS 3.0 service.json errors").isEmpty();
    }

    @Test
    void everyServiceInTheFeedValidatesAgainstTheHsdsServiceSchema() throws Exception {
        Schema schema = HsdsSchema.load("service.json");
        List<String> errors = new ArrayList<>();
        for (JsonNode service : json(get("/oruk/services").param("per_page", "100")).get("contents")) {
            HsdsSchema.errors(schema, service).forEach(e -> errors.add(service.get("id").asString() + " " + e));
        }
        assertThat(errors).as("HSDS 3.0 service.json errors").isEmpty();
    }

    @Test
    void theSchemaCheckCatchesABrokenService() throws Exception {
        Schema schema = HsdsSchema.load("service.json");
        var broken = (tools.jackson.databind.node.ObjectNode) json(get("/oruk/services/" + SERVICE));
        broken.remove("name");
        broken.put("minimum_age", "eighteen");
        broken.putArray("phones").addObject().put("id", "a-phone-without-a-number");
        List<String> errors = HsdsSchema.errors(schema, broken);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
        assertThat(errors).as("errors found through $ref to phone.json").anyMatch(e -> e.contains("phones"));
    }
}
