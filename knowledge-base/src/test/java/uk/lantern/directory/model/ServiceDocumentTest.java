package uk.lantern.directory.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.hsds.HsdsServiceReader;

/**
 * A service keeps its HSDS record as JSON bytes ({@link ServiceDocument}) and gives it out as a
 * fresh tree: what it keeps is the record as read (cleaned, bad values removed), no caller can
 * change it through the tree it was given, and services read from the same record are equal.
 */
class ServiceDocumentTest {
    private static final String RECORD = """
            [{"id": "s1", "name": "<b>Lunch</b> club", "minimum_age": "ten", "last_modified": "2026-11-01",
              "assured_date": "soon",
              "description": "Hot meals &amp; company",
              "service_at_locations": [{"id": "sal1", "location": {"id": "l1", "name": "Hall",
                "latitude": 51.5, "longitude": -0.1}}],
              "funding": [{"id": "f1", "source": "Council grant"}]}]
            """;

    private static Service read() {
        // the reader that keeps a service with a bad field (reported and left out), as a store read does
        List<String> problems = new java.util.ArrayList<>();
        Service s = new HsdsServiceReader((record, field, message) -> problems.add(field))
                .read(HsdsServiceWriter.JSON.readTree(RECORD).get(0), "f", null).orElseThrow();
        assertThat(problems).containsExactly("minimum_age", "assured_date");
        return s;
    }

    @Test
    void theDocumentKeptIsTheRecordAsReadCleanedAndWithoutItsBadValues() {
        JsonNode document = read().document();
        assertThat(document.get("name").asString()).isEqualTo("Lunch club");
        assertThat(document.get("description").asString()).isEqualTo("Hot meals & company");
        assertThat(document.has("minimum_age")).isFalse();
        assertThat(document.has("assured_date")).isFalse(); // removed after the reader was given the node
        assertThat(document.at("/funding/0/source").asString()).isEqualTo("Council grant");
        assertThat(document.at("/service_at_locations/0/location/latitude").asDouble()).isEqualTo(51.5);
    }

    @Test
    void aTreeGivenOutIsTheCallersOwn() {
        Service s = read();
        JsonNode before = s.document();
        ObjectNode changed = (ObjectNode) s.document();
        changed.put("name", "Something else");
        ((ObjectNode) changed.at("/service_at_locations/0/location")).remove("latitude");
        assertThat(s.document()).isEqualTo(before);
        assertThat(s.document()).isNotSameAs(s.document());
        assertThat(HsdsServiceWriter.write(s).get("name").asString()).isEqualTo("Lunch club");
    }

    @Test
    void servicesReadFromTheSameRecordAreEqualAndFieldOrderDoesNotCount() {
        assertThat(read()).isEqualTo(read());
        assertThat(read().hashCode()).isEqualTo(read().hashCode());
        ServiceDocument ab = ServiceDocument.of(HsdsServiceWriter.JSON.readTree("{\"a\": 1, \"b\": [true]}"));
        ServiceDocument ba = ServiceDocument.of(HsdsServiceWriter.JSON.readTree("{\"b\": [true], \"a\": 1}"));
        ServiceDocument other = ServiceDocument.of(HsdsServiceWriter.JSON.readTree("{\"a\": 2, \"b\": [true]}"));
        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba).isNotEqualTo(other);
    }

    @Test
    void theLastModifiedSentIsReadWithoutParsingTheRecord() {
        Service s = read();
        assertThat(s.source().lastModifiedText()).isEqualTo("2026-11-01");
        assertThat(HsdsServiceWriter.lastModified(s)).isEqualTo(java.time.OffsetDateTime.parse("2026-11-01T00:00:00Z"));
        assertThat(ServiceDocument.of(HsdsServiceWriter.JSON.readTree("{\"last_modified\": 20261101}"))
                .lastModifiedText()).isNull();
        assertThat(ServiceDocument.of(null)).isNull();
    }
}
