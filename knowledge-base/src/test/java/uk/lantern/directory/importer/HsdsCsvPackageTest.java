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
import org.junit.jupiter.api.io.TempDir;
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

    @TempDir
    Path dir;

    /**
     * The standard's package with its one location moved onto the globe: as published it sits at
     * latitude 100, longitude 101, which leaves the service out of an import since round 9.
     */
    static Path onTheGlobe(Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("on-the-globe"));
        try (Stream<Path> files = Files.list(PACKAGE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path locations = copy.resolve("locations.csv");
        String fixed = Files.readString(locations).replace(",100,101,", ",51.388,0.506,");
        assertThat(fixed).isNotEqualTo(Files.readString(locations));
        Files.writeString(locations, fixed);
        return copy;
    }

    @Test
    void theStandardPackageAsPublishedIsLeftOutForItsOffGlobePoint() {
        ImportReport report = new HsdsCsvPackageImporter().read(PACKAGE);
        assertThat(report.services()).isEmpty();
        assertThat(report.problems()).filteredOn(p -> p.source().endsWith("services.csv")).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("service_at_locations[0].location.latitude");
                    assertThat(p.message()).endsWith(uk.lantern.directory.hsds.HsdsServiceReader.LEFT_OUT);
                });
    }

    @Test
    void theStandardPackageFolderGivesTheWholeService() throws Exception {
        ImportReport report = new HsdsCsvPackageImporter().read(onTheGlobe(dir));
        // The example's contact names a service_at_location and an organisation that are not in the
        // package; each is reported (the contact row is left out), and nothing else.
        assertThat(report.problems()).extracting(p -> p.source().replaceAll(".*/", "") + " " + p.field())
                .containsExactlyInAnyOrder("contacts.csv service_at_location_id", "contacts.csv organization_id");
        assertTheExampleService(report);
    }

    @Test
    void theStandardPackageAsAZipGivesTheSameServiceEvenInsideAFolder() throws Exception {
        Path pkg = onTheGlobe(dir);
        assertTheExampleService(new HsdsCsvPackageImporter().readZip(
                new ByteArrayInputStream(zip(pkg, "")), "package.zip"));
        ImportReport nested = new HsdsCsvPackageImporter().readZip(
                new ByteArrayInputStream(zip(pkg, "hsds/")), "package.zip");
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
