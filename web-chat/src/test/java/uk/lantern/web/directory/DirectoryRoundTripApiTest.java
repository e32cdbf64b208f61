package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.hsds.HsdsServiceWriter;

/**
 * The standard's full organisation example (with its service, CC BY-SA 4.0, kept in
 * knowledge-base/src/test/resources/hsds-3.0-examples) goes in through the admin API, into the
 * database, and comes back out of {@code /oruk/services/{id}} with every value, over HTTP.
 */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
class DirectoryRoundTripApiTest {
    // Each import here replaces whatever another test in this shared context left, so confirm=true.
    static final Path EXAMPLES = Path.of("..", "knowledge-base", "src", "test", "resources", "hsds-3.0-examples");

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalServicesDirectory directory;

    @Test
    void anOrganisationWithItsServiceReadsBackWithEveryValue() throws Exception {
        String file = Files.readString(EXAMPLES.resolve("organization_full.json"));
        mvc.perform(post("/admin/directory/import").param("partial", "true").param("confirm", "true")
                        .header("Authorization", DirectoryAdminApiTest.BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.imported").value(1));

        ObjectNode org = (ObjectNode) HsdsServiceWriter.JSON.readTree(file);
        ObjectNode expected = (ObjectNode) org.get("services").get(0).deepCopy();
        ObjectNode orgAlone = org.deepCopy();
        orgAlone.remove("services");
        expected.set("organization", orgAlone);
        if (!expected.has("organization_id")) {
            expected.set("organization_id", org.get("id"));
        }
        String id = expected.get("id").asString();
        // nothing added: the example states an age range (12 to 100), so Lantern records no "open to everyone"
        String body = mvc.perform(get("/oruk/services/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode served = HsdsServiceWriter.JSON.readTree(body);
        assertThat(served).isEqualTo(expected);

        // The database holds the same record, so a lost index is rebuilt with every value too.
        assertThat(HsdsServiceWriter.JSON.readTree(directory.store().json(id).orElseThrow())).isEqualTo(expected);
        assertThat(directory.store().history(1)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("import");
            assertThat(r.services()).isEqualTo(1);
            assertThat(r.outcome()).isEqualTo("applied");
        });
        assertThat(directory.isSample()).isFalse();
    }

    @Test
    void theStandardCsvPackageUploadedAsAZipKeepsItsServiceLocationLinks() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes);
             java.util.stream.Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        var upload = new org.springframework.mock.web.MockMultipartFile("file", "hsds-package.zip", "application/zip",
                bytes.toByteArray());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/directory/import")
                        .file(upload).param("partial", "true").param("confirm", "true").header("Authorization", DirectoryAdminApiTest.BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.source").value("hsds-package.zip"));
        mvc.perform(get("/oruk/services/ac148810-d857-441c-9679-408f346de14b"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_at_locations[0].location.name").value("MyCity Civic Center"))
                .andExpect(jsonPath("$.service_at_locations[0].location.accessibility[0].url").value("http://example.com"))
                .andExpect(jsonPath("$.phones[0].extension").value(100));
    }

    /**
     * Lantern's own reading of a service's words ("Unpaid carers only" is for carers) is kept beside
     * the record, not in it: each service reads back through {@code /oruk/} exactly as sent, with no
     * {@code lantern-eligibility} attribute added, while signposting still keeps the service for carers
     * (suggested to a lonely carer, not to a lonely non-carer).
     * The look-alike "Anyone welcome" (once recorded as "Open to everyone") reads back as sent too.
     */
    @Test
    void aServiceWhoseWordsNameAGroupReadsBackAsSentAndIsStillOnlyForThatGroup() throws Exception {
        String words = """
                {"id": "rt-carers-words", "name": "Carers' drop-in", "status": "active",
                 "eligibility_description": "Unpaid carers only"}""";
        String line = phoneCall("rt-carers-line", "Carers' cuppa call", "Unpaid carers only");
        String open = phoneCall("rt-open-line", "Open cuppa call", "Anyone welcome");
        mvc.perform(post("/admin/directory/import").param("confirm", "true")
                        .header("Authorization", DirectoryAdminApiTest.BEARER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contents\": [" + words + ", " + line + ", " + open + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.imported").value(3));

        for (String sent : java.util.List.of(words, line, open)) {
            JsonNode expected = HsdsServiceWriter.JSON.readTree(sent);
            String id = expected.get("id").asString();
            String body = mvc.perform(get("/oruk/services/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(HsdsServiceWriter.JSON.readTree(body)).as(id).isEqualTo(expected);
            assertThat(HsdsServiceWriter.JSON.readTree(directory.store().json(id).orElseThrow())).as(id).isEqualTo(expected);
        }

        assertThat(signposted(true)).contains("rt-carers-line");
        assertThat(signposted(false)).doesNotContain("rt-carers-line");
        // what signposting judges by: the groups read from the words, kept beside the record
        var carersOnly = uk.lantern.directory.signpost.Eligibility.of(directory.service("rt-carers-line").orElseThrow());
        assertThat(carersOnly.groups()).containsExactly(uk.lantern.directory.signpost.Eligibility.Group.CARERS);
        assertThat(uk.lantern.directory.signpost.Eligibility.of(directory.service("rt-open-line").orElseThrow()).groups())
                .isEmpty();
    }

    /**
     * A record stored by a version before round 13 holds Lantern's reading inside it (a
     * {@code lantern-eligibility} attribute "Recorded by Lantern at import ..."). It is handled when
     * read, with no migration: {@code /oruk/} serves the record without that attribute, and
     * signposting still reads the service as for carers.
     */
    @Test
    void aRecordStoredBeforeRound13WithTheReadingInsideItReadsBackWithoutItAndStillFilters() throws Exception {
        String sent = """
                {"id":"rt-old-carers","name":"Carers' drop-in","status":"active","eligibility_description":"Unpaid carers only"}""";
        String stored = sent.substring(0, sent.length() - 1) + ",\"attributes\":[{\"id\":\"rt-old-carers:lantern-eligibility:carers\","
                + "\"link_id\":\"rt-old-carers\",\"link_type\":\"service\",\"link_entity\":\"service\",\"taxonomy_term_id\":\"carers\","
                + "\"taxonomy_term\":{\"id\":\"carers\",\"code\":\"carers\",\"name\":\"for carers\",\"description\":\""
                + uk.lantern.directory.signpost.Eligibility.FROM_DESCRIPTION + "\",\"taxonomy_id\":\"lantern-eligibility\"}}]}";
        directory.store().upsert(new uk.lantern.directory.store.DirectoryStore.Row(
                uk.lantern.directory.model.Service.builder("rt-old-carers", "Carers' drop-in").build(), stored, "before-13"));
        directory.catchUp(); // what the follower does each second: the index rebuilt from the database

        String body = mvc.perform(get("/oruk/services/rt-old-carers")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HsdsServiceWriter.JSON.readTree(body)).isEqualTo(HsdsServiceWriter.JSON.readTree(sent));
        assertThat(uk.lantern.directory.signpost.Eligibility.of(directory.service("rt-old-carers").orElseThrow()).groups())
                .containsExactly(uk.lantern.directory.signpost.Eligibility.Group.CARERS);
    }

    /** A UK-wide phone call for company, with its need and delivery sent in full and no eligibility attribute. */
    private static String phoneCall(String id, String name, String eligibility) {
        return """
                {"id": "%1$s", "name": "%2$s", "status": "active",
                 "description": "A weekly phone call for a chat and a cup of tea.",
                 "eligibility_description": "%3$s",
                 "attributes": [
                  {"id": "%1$s-need", "taxonomy_term_id": "social_groups", "taxonomy_term": {"id": "social_groups",
                   "code": "social_groups", "name": "Groups", "description": "Meeting people", "taxonomy_id": "lantern-needs"}},
                  {"id": "%1$s-phone", "taxonomy_term_id": "telephone", "taxonomy_term": {"id": "telephone",
                   "code": "telephone", "name": "By phone", "description": "A call", "taxonomy_id": "lantern-delivery"}}],
                 "service_areas": [{"id": "%1$s-area", "name": "United Kingdom"}]}""".formatted(id, name, eligibility);
    }

    /** The ids {@code POST /api/signposts} suggests to a lonely 50-year-old in Medway, a carer or not. */
    private java.util.List<String> signposted(boolean carer) throws Exception {
        String person = HsdsServiceWriter.JSON.writeValueAsString(java.util.Map.of("answers", java.util.Map.of("age", 50,
                "household_size", 1, "how_often_lonely", "often_always", "is_carer", carer), "place", "Medway"));
        String body = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON).content(person))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.List<String> ids = new java.util.ArrayList<>();
        HsdsServiceWriter.JSON.readTree(body).get("services").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }
}
