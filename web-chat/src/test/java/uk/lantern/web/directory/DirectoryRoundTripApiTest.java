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
}
