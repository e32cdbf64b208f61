package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The token-guarded admin API: imports, and putting and deleting single services. */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
class DirectoryAdminApiTest extends DirectoryTestIndex {

    static final String TOKEN = "test-admin-token-0123456789";
    static final String BEARER = "Bearer " + TOKEN;

    @Autowired
    MockMvc mvc;

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static final String SAMPLE_LABEL = "\"sample_data\":true,\"sample_note\":"
            + HsdsServiceWriter.JSON.writeValueAsString(uk.lantern.directory.oruk.OrukReadApi.SAMPLE_NOTE) + ",";

    private String allServices() throws Exception {
        return body(get("/oruk/services").param("per_page", "100"));
    }

    @Test
    void refusesRequestsWithoutTheRightToken() throws Exception {
        mvc.perform(delete("/admin/directory/services/" + OrukApiTest.SERVICE))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/admin/directory/services/" + OrukApiTest.SERVICE)
                        .header("Authorization", "Bearer not-the-token-at-all"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", not(containsString("not-the-token"))));
        mvc.perform(delete("/admin/directory/services/" + OrukApiTest.SERVICE).header("Authorization", "Basic xyz"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/oruk/services/" + OrukApiTest.SERVICE)).andExpect(status().isOk());
    }

    /**
     * The admin API is an API everywhere under it: an address it does not have answers a problem
     * detail (401 without the token, 404 with it), even to a browser asking for a page, never the
     * public "Page not found" or the staff sign-in.
     */
    @Test
    void anUnknownAddressUnderTheAdminApiIsAProblemDetailNotAPage() throws Exception {
        mvc.perform(get("/admin/directory/no-such-thing").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (MediaType accept : new MediaType[] {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON}) {
            mvc.perform(get("/admin/directory/no-such-thing").header("Authorization", BEARER).accept(accept))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @Test
    void aServicePutThroughTheAdminApiIsSearchableAtOnce() throws Exception {
        String service = """
                {"id": "test-zebrafinch-knitting", "name": "Zebrafinch knitting circle",
                 "description": "A friendly knitting group that meets for tea and a chat.",
                 "status": "active",
                 "attributes": [{"taxonomy_term": {"id": "social_groups", "taxonomy_id": "lantern-needs"}}],
                 "cost_options": [{"id": "c1", "option": "Free", "amount": 0, "currency": "GBP"}]}
                """;
        mvc.perform(put("/admin/directory/services/test-zebrafinch-knitting").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/oruk/services/test-zebrafinch-knitting"))
                .andExpect(jsonPath("$.name").value("Zebrafinch knitting circle"));
        mvc.perform(get("/api/services").param("q", "zebrafinch"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value("test-zebrafinch-knitting"))
                .andExpect(jsonPath("$.results[0].cost.free").value(true))
                .andExpect(jsonPath("$.results[0].needs[*].id", hasItem("social_groups")));

        mvc.perform(put("/admin/directory/services/test-zebrafinch-knitting").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(service.replace("Zebrafinch knitting circle", "Zebrafinch crochet circle")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/services").param("q", "crochet"))
                .andExpect(jsonPath("$.results[0].name").value("Zebrafinch crochet circle"));

        mvc.perform(delete("/admin/directory/services/test-zebrafinch-knitting").header("Authorization", BEARER))
                .andExpect(status().isNoContent());
        mvc.perform(get("/oruk/services/test-zebrafinch-knitting")).andExpect(status().isNotFound());
        mvc.perform(delete("/admin/directory/services/test-zebrafinch-knitting").header("Authorization", BEARER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aServicePutWithOnlyAPostcodeIsPlacedOrRefusedWithTheReason() throws Exception {
        String service = """
                {"id": "test-postcode-only", "name": "Postcode-only lunch club", "status": "active",
                 "description": "A lunch club at a hall the council lists by postcode only.",
                 "service_at_locations": [{"id": "test-postcode-only-sal", "location": {"id": "test-postcode-only-loc",
                   "location_type": "physical", "name": "The hall",
                   "addresses": [{"id": "test-postcode-only-a", "address_1": "1 High Street", "city": "Chatham",
                     "postal_code": "%s", "country": "GB", "address_type": "physical"}]}}]}
                """;
        mvc.perform(put("/admin/directory/services/test-postcode-only").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service.formatted("ZZ99 9ZZ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service_at_locations[0].location"))
                .andExpect(jsonPath("$.problems[0].message", containsString("could not place the postcode")));
        mvc.perform(get("/oruk/services/test-postcode-only")).andExpect(status().isNotFound());

        mvc.perform(put("/admin/directory/services/test-postcode-only").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service.formatted("ME4 4TR")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.service_at_locations[0].location.latitude").value(51.38))
                .andExpect(jsonPath("$.service_at_locations[0].location.metadata[0].last_action_type")
                        .value("derived"));
        mvc.perform(delete("/admin/directory/services/test-postcode-only").header("Authorization", BEARER))
                .andExpect(status().isNoContent());
    }

    /**
     * The import's rule for a point off the globe (docs/directory-api.md, "Warnings"): the service is
     * saved with the values as sent, each warning is named in a {@code Lantern-Warning} header, and the
     * point is never used. Look-alikes that must not change: a latitude in words stays a problem (400,
     * nothing saved), and the edge of the globe (-90, 180) is clean.
     */
    @Test
    void aServicePutWithAPointOffTheGlobeIsKeptAsSentWithAWarningAndItsPointIsNotUsed() throws Exception {
        String service = """
                {"id": "test-off-globe", "name": "Off-globe lunch club", "status": "active",
                 "service_at_locations": [{"id": "test-off-globe-sal", "location": {"id": "test-off-globe-loc",
                   "location_type": "physical", "name": "The hall", "latitude": %s, "longitude": %s}}]}
                """;
        mvc.perform(put("/admin/directory/services/test-off-globe").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service.formatted("100", "0.52")))
                .andExpect(status().isCreated())
                .andExpect(header().string(DirectoryAdminController.WARNING_HEADER,
                        containsString("service_at_locations[0].location.latitude: location \"test-off-globe-loc\":"
                                + " latitude 100 is off the globe")))
                .andExpect(jsonPath("$.service_at_locations[0].location.latitude").value(100));
        mvc.perform(get("/oruk/services/test-off-globe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_at_locations[0].location.latitude").value(100))
                .andExpect(jsonPath("$.service_at_locations[0].location.longitude").value(0.52));
        mvc.perform(get("/oruk/service_at_locations").param("postcode", "ME4 4TR").param("proximity", "50000")
                        .param("per_page", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contents[*].service.id", not(hasItem("test-off-globe"))));

        mvc.perform(put("/admin/directory/services/test-off-globe").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service.formatted("\"north\"", "0.52")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("service_at_locations[0].location.latitude"));
        mvc.perform(get("/oruk/services/test-off-globe"))
                .andExpect(jsonPath("$.service_at_locations[0].location.latitude").value(100));

        mvc.perform(put("/admin/directory/services/test-off-globe").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(service.formatted("-90", "180")))
                .andExpect(status().isOk())
                // round 14: the need read from its name ("lunch club") is warned of, as in an import
                .andExpect(header().stringValues(DirectoryAdminController.WARNING_HEADER,
                        org.hamcrest.Matchers.everyItem(not(containsString("off the globe")))));
        mvc.perform(delete("/admin/directory/services/test-off-globe").header("Authorization", BEARER))
                .andExpect(status().isNoContent());
    }

    /**
     * A service put alone gets the need warnings an import gives (round 14; it got none): rows are a
     * service that maps to no need, one whose need is read from its name, and the look-alike that
     * sent its own need, which gets no warning. Main before: 1 of 3 right (the look-alike).
     */
    @Test
    void aServicePutAloneGetsTheNeedWarningsOfAnImport() throws Exception {
        String service = """
                {"id": "%s", "name": "%s", "status": "active"%s}
                """;
        // Removed in finally: a failure here must not leave services that change what later tests count.
        try {
            mvc.perform(put("/admin/directory/services/test-needless").header("Authorization", BEARER)
                            .contentType(MediaType.APPLICATION_JSON).content(service.formatted("test-needless",
                                    "Rainham pharmacy", "")))
                    .andExpect(status().isCreated())
                    .andExpect(header().stringValues(DirectoryAdminController.WARNING_HEADER, hasItem(containsString(
                            "needs: 1 service maps to no need, so Lantern never suggests it: test-needless (Rainham"
                                    + " pharmacy)"))));
            mvc.perform(put("/admin/directory/services/test-from-name").header("Authorization", BEARER)
                            .contentType(MediaType.APPLICATION_JSON).content(service.formatted("test-from-name",
                                    "Strood befriending scheme", "")))
                    .andExpect(status().isCreated())
                    .andExpect(header().stringValues(DirectoryAdminController.WARNING_HEADER, hasItem(containsString(
                            "needs: 1 service had no need and no term that maps to one; its need was read from the"
                                    + " words of its name: test-from-name (Strood befriending scheme: befriending)"))));
            mvc.perform(put("/admin/directory/services/test-own-need").header("Authorization", BEARER)
                            .contentType(MediaType.APPLICATION_JSON).content(service.formatted("test-own-need",
                                    "Rainham pharmacy chats", ", \"attributes\": [{\"taxonomy_term\": {\"id\":"
                                            + " \"befriending\", \"taxonomy_id\": \"lantern-needs\"}}]")))
                    .andExpect(status().isCreated())
                    .andExpect(header().doesNotExist(DirectoryAdminController.WARNING_HEADER));
        } finally {
            for (String id : java.util.List.of("test-needless", "test-from-name", "test-own-need")) {
                mvc.perform(delete("/admin/directory/services/" + id).header("Authorization", BEARER));
            }
        }
        for (String id : java.util.List.of("test-needless", "test-from-name", "test-own-need")) {
            mvc.perform(get("/oruk/services/" + id)).andExpect(status().isNotFound());
        }
    }

    @Test
    void whatTheOrukApiServesCanBePutBackUnchanged() throws Exception {
        for (JsonNode service : DirectoryJson.read(allServices()).get("contents")) {
            String id = service.get("id").asString();
            String before = body(get("/oruk/services/" + id));
            mvc.perform(put("/admin/directory/services/" + id).header("Authorization", BEARER)
                            .contentType(MediaType.APPLICATION_JSON).content(before))
                    .andExpect(status().isOk());
            String after = body(get("/oruk/services/" + id));
            assertThat(DirectoryJson.read(after)).as(id).isEqualTo(DirectoryJson.read(before));
            assertThat(after).as(id).isEqualTo(before);
        }
    }

    @Test
    void refusesABadServiceAndChangesNothing() throws Exception {
        String before = body(get("/oruk/services/" + OrukApiTest.SERVICE));
        ObjectNode changed = (ObjectNode) DirectoryJson.read(before);
        changed.put("name", "A new name");
        changed.put("minimum_age", "eighteen");
        mvc.perform(put("/admin/directory/services/" + OrukApiTest.SERVICE).header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(changed.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-service"))
                .andExpect(jsonPath("$.problems[0].field").value("minimum_age"));
        mvc.perform(put("/admin/directory/services/other-id").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(before))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("id"));
        mvc.perform(put("/admin/directory/services/" + OrukApiTest.SERVICE).header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-service"));
        mvc.perform(put("/admin/directory/services/" + OrukApiTest.SERVICE).header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest());
        assertThat(body(get("/oruk/services/" + OrukApiTest.SERVICE))).isEqualTo(before);
    }

    @Test
    void aBadImportIsRefusedAndLeavesTheDirectoryIntact() throws Exception {
        String before = allServices();
        mvc.perform(post("/admin/directory/import").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contents\": [ {\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/import-rejected"))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.problems[0].message", containsString("not valid JSON")));
        // one good service and one without a name: strict by default, so nothing changes
        String mixed = """
                {"contents": [{"id": "good-one", "name": "Good one"}, {"id": "no-name"}]}
                """;
        mvc.perform(post("/admin/directory/import").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(mixed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.readable").value(1))
                .andExpect(jsonPath("$.problems[0].record").value("no-name"))
                .andExpect(jsonPath("$.problems[0].field").value("name"))
                .andExpect(jsonPath("$.problems[0].file").value("request body"));
        MockMultipartFile sheet = new MockMultipartFile("file", "services.csv", "text/csv",
                "name,needs,min_age\n,befriending,70\nTea club,unicorns,old\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/directory/import").file(sheet).header("Authorization", BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].file", hasItem("services.csv")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("needs")))
                .andExpect(jsonPath("$.problems[*].message", not(hasItem(containsString("lantern-import-")))));
        MockMultipartFile unknown = new MockMultipartFile("file", "services.xlsx", "application/octet-stream",
                new byte[] {1, 2, 3});
        mvc.perform(multipart("/admin/directory/import").file(unknown).header("Authorization", BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message", containsString("unknown file type")));
        mvc.perform(post("/admin/directory/import").header("Authorization", BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"contents\": []}").param("colour", "red"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameters"));
        mvc.perform(post("/admin/directory/import").header("Authorization", BEARER)
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(allServices()).isEqualTo(before);
    }

    @Test
    void anImportReplacesTheWholeDirectoryAndCanBeCheckedFirst() throws Exception {
        String before = allServices();
        String csv = "id,name,organisation,needs,postcode,delivery,cost,days,opens,closes\n"
                + "sheet-tea,Tea and chat,Village hall,social_groups,ME7 1AA,group_venue,free,Tue;Thu,10:00,12:00\n";
        mvc.perform(post("/admin/directory/import").param("check", "true").header("Authorization", BEARER)
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(allServices()).isEqualTo(before);

        mvc.perform(multipart("/admin/directory/import").file(new MockMultipartFile("file", "sheet.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).header("Authorization", BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.source").value("sheet.csv"));
        mvc.perform(get("/oruk/services")).andExpect(jsonPath("$.total_items").value(1));
        mvc.perform(get("/api/services").param("q", "tea and chat").param("postcode", "ME7"))
                .andExpect(jsonPath("$.results[0].id").value("sheet-tea"))
                .andExpect(jsonPath("$.results[0].schedule").value("Tuesdays, Thursdays 10:00 to 12:00"))
                .andExpect(jsonPath("$.results[0].cost.text").value("Free"));

        // partial=true imports the good records of a sheet with problems; since round 9 the bad row is
        // left out (it used to be imported without its unknown need)
        mvc.perform(post("/admin/directory/import").param("partial", "true").header("Authorization", BEARER)
                        .contentType("text/csv").content(csv + "sheet-bad,Bad row,,unicorns\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.problems[0].field").value("needs"))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.endsWith(uk.lantern.directory.hsds.HsdsServiceReader.LEFT_OUT)));
        mvc.perform(get("/oruk/services/sheet-bad")).andExpect(status().isNotFound());

        // putting the exported feed back restores the directory exactly; it removes both sheet
        // services, more than a quarter of the directory, so it needs confirm=true
        mvc.perform(post("/admin/directory/import").header("Authorization", BEARER).param("confirm", "true")
                        .contentType(MediaType.APPLICATION_JSON).content(before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.problems").isEmpty());
        // the services are back, but as an import: the directory is no longer labelled the shipped sample
        assertThat(allServices()).isEqualTo(before.replace(SAMPLE_LABEL, ""));
    }
}
