package uk.lantern.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.TestDatabase;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;

class RoundTripTest {

    @Test
    void everyShippedServiceSurvivesWritingAndReadingBack() {
        List<String> problems = new ArrayList<>();
        HsdsServiceReader reader = new HsdsServiceReader((r, f, m) -> problems.add(r + " " + f + " " + m));
        for (Service original : ShippedDirectory.services()) {
            ObjectNode json = HsdsServiceWriter.write(original);
            Service back = reader.read(json, "x", null).orElseThrow();
            assertThat(back).usingRecursiveComparison().ignoringFields("source").isEqualTo(original);
            // Writing is stable: what was written once is written the same again.
            assertThat(HsdsServiceWriter.write(back)).isEqualTo(json);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whatTheOrukApiServesReimportsToTheSameService(@TempDir Path dir) {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            Service stored = directory.service("lantern-sample-carers-support").orElseThrow();
            ObjectNode served = directory.oruk().service(stored.id()).orElseThrow();
            String wire = served.toString();

            ImportReport report = new HsdsJsonImporter().read(HsdsServiceWriter.JSON.readTree(wire), "served.json");
            assertThat(report.problems()).isEmpty();
            assertThat(report.services()).containsExactly(stored);
            // needs, ways of delivery and the eligibility attribute (carers)
            assertThat(served.get("attributes").size())
                    .isEqualTo(stored.needs().size() + stored.deliveries().size() + stored.otherTerms().size());
            assertThat(stored.otherTerms()).extracting(t -> t.code()).containsExactly("carers");
        }
    }
}
