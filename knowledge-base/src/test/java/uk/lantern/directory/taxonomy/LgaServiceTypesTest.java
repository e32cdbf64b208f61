package uk.lantern.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.TestDatabase;

/**
 * A council's ORUK feed whose services carry real LGA service types (src/test/resources/lga-service-types,
 * invented services with the list's identifiers and labels) imports with the needs Lantern's default
 * mapping gives them, lists the type it leaves unmapped, and yields to an admin's own mapping.
 */
class LgaServiceTypesTest {
    private static final String PREFIX = "7d1e0c2a-5b4f-4e7a-9c1d-00000000000";
    private static final String HEADER = "taxonomy,term,need,note\n";

    @TempDir
    Path dir;

    private static List<Service> feed() throws IOException {
        try (InputStream in = LgaServiceTypesTest.class.getResourceAsStream("/lga-service-types/oruk-page.json")) {
            ImportReport report = new HsdsJsonImporter().read(in, "council.json");
            assertThat(report.problems()).isEmpty();
            assertThat(report.services()).hasSize(6);
            return report.services();
        }
    }

    private static List<String> needs(LocalServicesDirectory directory, int n) {
        return List.copyOf(directory.service(PREFIX + n).orElseThrow().needs());
    }

    @Test
    void aCouncilsLgaTermsInEveryFormImportWithTheirNeeds() throws IOException {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            directory.replaceAll(feed(), "import", "council.json", 0);

            assertThat(needs(directory, 1)).as("bare 328 Bereavement support").containsExactly("bereavement_support");
            assertThat(needs(directory, 2)).as("225 by URI, taxonomy esd, old label").containsExactly("carers_support");
            assertThat(needs(directory, 3)).as("272 by https URI with slash in the code, old label")
                    .containsExactly("transport");
            assertThat(needs(directory, 4)).as("269 by upper-case URI, taxonomy named by an opaque id")
                    .containsExactly("warmth_income");
            assertThat(needs(directory, 5)).as("640 Older people's activities").containsExactly("social_groups");
            assertThat(needs(directory, 6)).as("1512 Abandoned bicycles").isEmpty();
        }
    }

    @Test
    void anUnmappedLgaTypeIsListedOnceByItsIdentifierWithTheServicesCarryingIt() throws IOException {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            directory.replaceAll(feed(), "import", "council.json", 0);

            // 1512 arrives as a URI on one service and a bare number on another: one line, two services.
            assertThat(directory.unmappedTerms()).containsExactly(new TaxonomyMapping.UnmappedTerm(
                    "esdServiceTypes", "1512", "Abandoned bicycles", 2));
            // shown by a readable name (round 14); another taxonomy by the name the feed gave it
            assertThat(directory.unmappedTerms().getFirst().taxonomyLabel()).isEqualTo("LGA service types (esd)");
            assertThat(new TaxonomyMapping.UnmappedTerm("esd", "1", "x", 1).taxonomyLabel())
                    .isEqualTo("LGA service types (esd)");
            assertThat(new TaxonomyMapping.UnmappedTerm("openEligibility", "1", "x", 1).taxonomyLabel())
                    .isEqualTo("openEligibility");
        }
    }

    @Test
    void anAdminsEditedMappingStillOverridesTheDefault() throws IOException {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            directory.replaceAll(feed(), "import", "council.json", 0);
            directory.useTaxonomyMapping(TaxonomyMapping.parse(HEADER
                    + "esd,http://id.esd.org.uk/service/640/,mens_groups,our club is for men\n"
                    + "esdServiceTypes,328,mental_health,our grief cafe is run by the mental health team\n"), "admin.a");

            assertThat(needs(directory, 1)).containsExactly("mental_health");
            assertThat(needs(directory, 5)).containsExactly("mens_groups");
            assertThat(needs(directory, 2)).as("the default's rows are no longer used").isEmpty();
            assertThat(directory.unmappedTerms()).extracting(TaxonomyMapping.UnmappedTerm::name)
                    .contains("Carers - adult", "Abandoned bicycles").doesNotContain("Bereavement support");
        }
    }
}
