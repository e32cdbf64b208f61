package uk.lantern.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Service;

/**
 * The standard's own CSV data package example (src/test/resources/hsds-3.0-examples/csv,
 * CC BY-SA 4.0), read from a folder and from a zip, gives the service of the JSON example with
 * its place, phones, schedules, accessibility and organisation.
 */
class HsdsCsvPackageTest {
    static final Path PACKAGE = Path.of("src", "test", "resources", "hsds-3.0-examples", "csv");

    static byte[] zip(Path folder, String prefix) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void assertTheExampleService(ImportReport report) {
        assertThat(report.services()).hasSize(1);
        Service service = report.services().get(0);
        assertThat(service.serviceAtLocations()).as("the standard's service_at_location.csv is read").hasSize(1);
        JsonNode doc = HsdsServiceWriter.write(service);
        JsonNode location = doc.get("service_at_locations").get(0).get("location");
        assertThat(location.get("name").asString()).isEqualTo("MyCity Civic Center");
        assertThat(location.get("accessibility").get(0).get("details").asString()).contains("T-coil");
        assertThat(location.get("addresses").get(0).get("postal_code").asString()).isEqualTo("ABC 1234");
        assertThat(doc.get("minimum_age").isNumber()).isTrue();
        assertThat(doc.get("alternate_name").asString()).isEqualTo("MyCity Counselling Services");
        assertThat(doc.get("organization").get("name").asString()).isEqualTo("Example Organization Inc.");
        assertThat(doc.get("phones").get(0).get("extension").asInt()).isEqualTo(100);
        assertThat(doc.get("schedules").get(0).get("byday").asString()).isEqualTo("TH,FR");
        assertThat(doc.get("required_documents")).isNotEmpty();
        assertThat(doc.get("funding")).isNotEmpty();
        assertThat(doc.get("service_areas").get(0).get("extent_type").asString()).isEqualTo("geojson");
        assertThat(service.minimumAge()).isEqualTo(12);
    }

    @Test
    void theStandardPackageFolderGivesTheWholeService() {
        ImportReport report = new HsdsCsvPackageImporter().read(PACKAGE);
        // The example's location is off the globe (a warning: kept as sent, its point not used), and its
        // contact names a service_at_location and an organisation that are not in the package; each is
        // reported, and nothing else.
        assertThat(report.problems()).extracting(p -> p.source().replaceAll(".*/", "") + " " + p.field())
                .containsExactlyInAnyOrder("services.csv service_at_locations[0].location.latitude",
                        "contacts.csv service_at_location_id", "contacts.csv organization_id");
        assertThat(report.problems()).filteredOn(ImportProblem::warning).extracting(ImportProblem::field)
                .containsExactly("service_at_locations[0].location.latitude");
        assertTheExampleService(report);
    }

    @Test
    void theStandardPackageAsAZipGivesTheSameServiceEvenInsideAFolder() throws Exception {
        assertTheExampleService(new HsdsCsvPackageImporter().readZip(
                new ByteArrayInputStream(zip(PACKAGE, "")), "package.zip"));
        ImportReport nested = new HsdsCsvPackageImporter().readZip(
                new ByteArrayInputStream(zip(PACKAGE, "hsds/")), "package.zip");
        assertTheExampleService(nested);
        assertThat(nested.problems()).allSatisfy(p -> assertThat(p.source()).doesNotContain("lantern-hsds-csv"));
    }

    @Test
    void aZipWithoutServicesOrClimbingOutOfItsFolderIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../services.csv"));
            zip.write("id,name,status\n1,A,active\n".getBytes());
            zip.closeEntry();
        }
        ImportReport climbing = new HsdsCsvPackageImporter().readZip(new ByteArrayInputStream(bytes.toByteArray()), "x.zip");
        assertThat(climbing.services()).isEmpty();
        assertThat(climbing.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("outside its own folder");

        ImportReport notZip = new HsdsCsvPackageImporter().readZip(new ByteArrayInputStream("hello".getBytes()), "x.zip");
        assertThat(notZip.services()).isEmpty();
        assertThat(List.of(notZip.problems().get(0).message())).singleElement().asString().contains("no services.csv");
    }
}
