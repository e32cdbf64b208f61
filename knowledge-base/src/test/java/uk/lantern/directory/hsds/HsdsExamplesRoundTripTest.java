package uk.lantern.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.oruk.OrukServicesParams;
import uk.lantern.directory.signpost.Eligibility;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.store.TestDatabase;

/**
 * Every HSDS 3.0 example of the standard (src/test/resources/hsds-3.0-examples, CC BY-SA 4.0)
 * imports, is stored, survives a restart, and reads back through the ORUK read API with no value
 * lost: the served service is diffed against the example, value by value.
 */
class HsdsExamplesRoundTripTest {
    @TempDir
    Path dir;

    static JsonNode example(String name) throws IOException {
        try (InputStream in = HsdsExamplesRoundTripTest.class.getResourceAsStream("/hsds-3.0-examples/" + name)) {
            return HsdsServiceWriter.JSON.readTree(in);
        }
    }

    /** Imports the file, restarts the directory, and returns the differences for each expected service. */
    private List<String> roundTrip(String file, List<ObjectNode> expected) throws IOException {
        // service_list.json is page 1 of 10 of a feed: read as one page of a harvest, as a single
        // file import refuses it (see HsdsJsonImporterTest).
        ImportReport report = new HsdsJsonImporter(true).read(example(file), file);
        // The examples' one location is at latitude 100 and longitude 101, off the globe: a warning,
        // not a problem. The values are kept and served back, and only left off the map.
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.field()).endsWith(".location.latitude");
        });
        assertThat(report.services()).hasSize(expected.size());
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            directory.replaceAll(report.services(), ImportRecord.IMPORT, file, report.problems().size());
        }
        List<String> differences = new ArrayList<>();
        try (LocalServicesDirectory reopened = LocalServicesDirectory.open(dir.resolve("index"),
                new uk.lantern.directory.store.DirectoryStore(TestDatabase.reopen(dir)))) {
            for (ObjectNode service : expected) {
                String id = service.get("id").asString();
                JsonNode served = withoutRecordedEligibility(service, reopened.oruk().service(id).orElseThrow());
                differences.addAll(JsonDiff.differences(service, served));
                JsonNode listed = withoutRecordedEligibility(service,
                        reopened.oruk().services(OrukServicesParams.firstPage()).get("contents").get(0));
                differences.addAll(JsonDiff.differences(service, listed));
            }
        }
        return differences;
    }

    /**
     * The served service without any eligibility Lantern recorded at import, of which there must be
     * none: the examples state an age range and name no group, so "open to everyone" would be a value
     * added that the record never said.
     */
    private static JsonNode withoutRecordedEligibility(JsonNode expected, JsonNode served) {
        ObjectNode copy = (ObjectNode) served.deepCopy();
        tools.jackson.databind.node.ArrayNode attributes = (tools.jackson.databind.node.ArrayNode) copy.get("attributes");
        if (attributes == null) {
            return copy; // nothing recorded, and the example sent no attributes either
        }
        int recorded = 0;
        for (int i = attributes.size() - 1; i >= 0; i--) {
            if (Eligibility.FROM_DESCRIPTION.equals(attributes.get(i).path("taxonomy_term").path("description").asString(""))) {
                attributes.remove(i);
                recorded++;
            }
        }
        // the examples state an age range (12 to 100) and name no group: nothing is recorded, nothing added
        assertThat(recorded).as("eligibility recorded at import").isZero();
        if (attributes.isEmpty() && !expected.has("attributes")) {
            copy.remove("attributes");
        }
        return copy;
    }

    @Test
    void theFullServiceExampleReadsBackWithEveryValue() throws IOException {
        ObjectNode service = (ObjectNode) example("service_full.json");
        assertThat(roundTrip("service_full.json", List.of(service))).isEmpty();
    }

    @Test
    void theServiceListExampleReadsBackWithEveryValue() throws IOException {
        ObjectNode service = (ObjectNode) example("service_list.json").get("contents").get(0);
        assertThat(roundTrip("service_list.json", List.of(service))).isEmpty();
    }

    @Test
    void theOrganisationExampleReadsBackWithItsServicesAndEveryOrganisationValue() throws IOException {
        ObjectNode org = (ObjectNode) example("organization_full.json");
        ObjectNode service = (ObjectNode) org.get("services").get(0).deepCopy();
        ObjectNode orgWithoutServices = org.deepCopy();
        orgWithoutServices.remove("services");
        // The service sits inside its organisation in the file; served alone it carries it.
        if (!service.has("organization")) {
            service.set("organization", orgWithoutServices);
        }
        if (!service.has("organization_id")) {
            service.set("organization_id", org.get("id"));
        }
        assertThat(roundTrip("organization_full.json", List.of(service))).isEmpty();
    }
}
