package uk.lantern.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Service;

/**
 * Round 18 (issue 12), a guard for any change to how a streamed file's records are read (batches on
 * every core were tried and not kept, docs/import-r18.md): the services kept and every problem and
 * warning come out exactly as reading the records one after another on one thread gives them, none
 * lost, none added, in the file's order.
 * The file mixes good records, records left out for a bad value, records with no id (named by their
 * position), points off the globe (a warning, the service kept), records with two problems, a value
 * that is not an object and a repeated id, over many batches.
 */
class StreamedOrderTest {
    /** Enough records for any batching of the stream to split them many times over (round 18 tried batches of 256). */
    private static final int RECORDS = 2_597;

    /** The records of the file, as its generator made them: a fresh tree on each call (a reader cleans in place). */
    private static ArrayNode records(long seed) {
        ArrayNode all = HsdsServiceWriter.JSON.createArrayNode();
        Random random = new Random(seed);
        for (int i = 0; i < RECORDS; i++) {
            int kind = random.nextInt(10);
            if (kind == 9) {
                all.add("not a service " + i);
                continue;
            }
            ObjectNode s = all.addObject();
            if (kind != 2) {
                s.put("id", kind == 8 && i > 10 ? "svc-" + (i - 7) : "svc-" + i); // kind 8: an earlier record's id
            }
            s.put("name", "Group " + i).put("status", kind == 4 ? "sometimes" : "active")
                    .put("description", "<p>Tea &amp; talk, week " + i + "</p>");
            if (kind == 1) {
                s.put("maximum_age", "ninety");
            }
            if (kind == 4) {
                s.put("minimum_age", 80).put("maximum_age", 60 + random.nextInt(10));
            }
            if (kind == 3) {
                s.putArray("service_at_locations").addObject().put("id", "sal-" + i).putObject("location")
                        .put("id", "loc-" + i).put("name", "Hall " + i).put("latitude", 90.5 + random.nextInt(50))
                        .put("longitude", 0.5);
            }
        }
        return all;
    }

    /** What reading the records one after another on this thread gives, as the importer did before round 18. */
    private static ImportReport oneByOne(ArrayNode records, String path) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        HsdsServiceReader reader = HsdsServiceReader.forImport(FieldProblems.split(
                (record, field, message) -> problems.add(new ImportProblem("test.json", record, field, message)),
                (record, field, message) -> problems.add(new ImportProblem("test.json", record, field, message, true))));
        for (int i = 0; i < records.size(); i++) {
            String position = path.isEmpty() ? "[" + i + "]" : path + "[" + i + "]";
            JsonNode record = records.get(i);
            Optional<Service> service = record instanceof ObjectNode owned ? reader.readOwned(owned, position, null)
                    : reader.read(record, position, null);
            service.ifPresent(services::add);
        }
        return ImportReport.deduplicated("test.json", services, problems);
    }

    @Test
    void aStreamedArrayAndAnOrukPageKeepEveryProblemInTheFilesOrder() {
        ArrayNode array = records(4);
        byte[] plain = HsdsServiceWriter.JSON.writeValueAsBytes(array);
        ObjectNode page = HsdsServiceWriter.JSON.createObjectNode().put("total_items", RECORDS).put("total_pages", 1)
                .put("page_number", 1);
        page.set("contents", array);
        page.put("last_page", true);
        byte[] oruk = HsdsServiceWriter.JSON.writeValueAsBytes(page);

        assertSame(read(plain), oneByOne(records(4), ""));
        assertSame(read(oruk), oneByOne(records(4), "contents"));
    }

    /** The check that does not lean on the reader: which records have problems, named in the file's order. */
    @Test
    void theRecordsWithProblemsAreNamedInTheFilesOrder() {
        ImportReport report = read(HsdsServiceWriter.JSON.writeValueAsBytes(records(5)));
        List<String> named = new ArrayList<>();
        for (ImportProblem p : report.problems()) {
            if (!p.message().contains("already has this id") && (named.isEmpty() || !named.getLast().equals(p.record()))) {
                named.add(p.record());
            }
        }
        ArrayNode records = records(5);
        List<String> faulty = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            if (!r.isObject() || !r.has("id")) {
                faulty.add("[" + i + "]");
            } else if (r.has("maximum_age") || r.has("service_at_locations")) {
                faulty.add(r.get("id").asString());
            }
        }
        assertThat(named).as("the records with problems or warnings, in order").containsExactlyElementsOf(faulty);
        assertThat(report.problems()).hasSizeGreaterThan(RECORDS / 4);
    }

    private static ImportReport read(byte[] json) {
        return new HsdsJsonImporter().read(new ByteArrayInputStream(json), "test.json");
    }

    private static void assertSame(ImportReport actual, ImportReport expected) {
        assertThat(actual.problems()).as("every problem and warning, in the file's order")
                .containsExactlyElementsOf(expected.problems());
        assertThat(actual.services()).extracting(Service::id).as("the services kept, in the file's order")
                .containsExactlyElementsOf(expected.services().stream().map(Service::id).toList());
        assertThat(actual.services()).extracting(Service::document).as("each service's document as cleaned")
                .containsExactlyElementsOf(expected.services().stream().map(Service::document).toList());
    }
}
