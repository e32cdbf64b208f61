package uk.lantern.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.signpost.Eligibility;

/**
 * {@link HsdsServiceWriter#json} (the text a whole import stores, written without a deep copy of
 * each record) is exactly the serialised {@link HsdsServiceWriter#write}, and leaves the service's
 * document as it was, also where the writer completes it (a bare-date {@code last_modified},
 * Lantern terms named by id alone, eligibility recorded at import).
 */
class HsdsServiceWriterJsonTest {

    @Test
    void theTextIsTheWrittenRecordAndTheDocumentIsUntouched() throws Exception {
        List<Service> services = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/hsds-3.0-examples/service_full.json")) {
            services.addAll(new HsdsJsonImporter().read(in, "service_full.json").services());
        }
        services.addAll(new HsdsJsonImporter().read(HsdsServiceWriter.JSON.readTree("""
                [{"id": "s1", "name": "Lunch club", "last_modified": "2026-11-01",
                  "eligibility_description": "Unpaid carers aged 60 and over",
                  "attributes": [{"id": "a1", "taxonomy_term_id": "social_groups"},
                                 {"id": "a2", "taxonomy_term": {"id": "group_venue"}}]}]
                """), "f").services());
        assertThat(services).hasSize(2);
        for (Service read : services) {
            for (Service s : List.of(read, Eligibility.recorded(read))) {
                JsonNode before = s.document().deepCopy();
                String json = HsdsServiceWriter.json(s);
                assertThat(json).isEqualTo(HsdsServiceWriter.JSON.writeValueAsString(HsdsServiceWriter.write(s)));
                assertThat(s.document()).isEqualTo(before);
            }
        }
        String lunch = HsdsServiceWriter.json(Eligibility.recorded(services.get(1)));
        assertThat(lunch).contains("\"last_modified\":\"2026-11-01T00:00:00Z\"").contains("lantern-eligibility");
    }
}
