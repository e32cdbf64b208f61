package uk.lantern.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.importer.ImportReport;

class LocalServicesDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void findsServicesForAWebRequestAndExplainsThePlace() {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"))) {
            DirectoryAnswer answer = directory.find(new DirectoryRequest("befriending", " me1 1ls ", Set.of(), Set.of(),
                    5.0, 75, null, true, false, 1, 10));
            assertThat(answer.place()).isInstanceOf(PlaceLookup.Found.class);
            assertThat(answer.results().hits().get(0).service().name()).isEqualTo("Rochester befriending scheme");
            assertThat(answer.results().needCounts()).containsKey("befriending");

            DirectoryAnswer unknown = directory.find(new DirectoryRequest(null, "ME99 9ZZ", Set.of("transport"), Set.of(),
                    null, null, null, false, false, 1, 10));
            assertThat(unknown.place().message()).isEqualTo(
                    "We couldn't find ME99 9ZZ; showing services across the whole area.");
            assertThat(unknown.results().hits()).hasSize(2);
            assertThat(directory.needTermIds()).hasSize(15);
        }
    }

    @Test
    void anImportReplacesTheDirectoryOnlyWhenItYieldsServices() throws Exception {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"))) {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "not json");
            ImportReport failed = directory.importFrom(bad);
            assertThat(failed.services()).isEmpty();
            assertThat(directory.index().count()).isEqualTo(ShippedDirectory.services().size());

            Path one = dir.resolve("one.json");
            Files.writeString(one, "{\"id\":\"only\",\"name\":\"Only service\",\"status\":\"active\"}");
            assertThat(directory.importFrom(one).services()).hasSize(1);
            assertThat(directory.index().count()).isEqualTo(1);
            assertThat(directory.find(DirectoryRequest.text("only")).results().hits()).hasSize(1);
        }
    }
}
