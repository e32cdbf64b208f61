package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.geo.OnsPostcodeDirectory;
import uk.lantern.directory.geo.PlaceLookup;

/** The places settings: shipped Medway by default, the national files when configured. */
class PlacesConfigurationTest {
    private final DirectoryConfiguration configuration = new DirectoryConfiguration();

    @Test
    void withoutSettingsOnlyTheShippedMedwayTablesAreKnown(@TempDir Path dir) {
        var gazetteer = configuration.gazetteer("", "", dir.toString());
        assertThat(gazetteer.lookup("ME7 1AB")).isInstanceOf(PlaceLookup.Found.class);
        assertThat(gazetteer.lookup("TN1 1AA")).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(dir.resolve(OnsPostcodeDirectory.BUILT_FILE)).doesNotExist();
    }

    @Test
    void theNationalFilesAreBuiltUnderTheBuiltPathAndUsed(@TempDir Path dir) throws Exception {
        Path onspd = dir.resolve("ONSPD.csv");
        Files.writeString(onspd, "pcd,pcd2,pcds,dointr,doterm,lat,long\n"
                + "\"TN1 1AA\",\"TN1  1AA\",\"TN1 1AA\",\"198001\",\"\",51.132000,0.263000\n");
        Path ipn = dir.resolve("IPN.csv");
        Files.writeString(ipn, "place23nm,ctyltnm,lad23nm,lat,long\nLeeds,West Yorkshire,Leeds,53.796,-1.548\n");
        Path built = dir.resolve("places");

        var gazetteer = configuration.gazetteer(onspd.toString(), ipn.toString(), built.toString());

        assertThat(built.resolve(OnsPostcodeDirectory.BUILT_FILE)).isRegularFile();
        assertThat(gazetteer.lookup("tn1 1aa")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.POSTCODE));
        assertThat(gazetteer.lookup("Leeds").reading()).isEqualTo("town:leeds");
        assertThat(gazetteer.lookup("Chatham").reading()).isEqualTo("town:chatham");
    }

    @Test
    void aMissingFileStopsTheStartWithTheSettingNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> configuration.gazetteer(dir.resolve("nope.csv").toString(), "", dir.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lantern.places.onspd-csv");
    }
}
