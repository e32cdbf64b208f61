package uk.lantern.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnsPostcodeDirectoryTest {

    @Test
    void aGeneratedDirectoryBuiltInManyRunsFindsEveryPostcodeAndCountsWhatItLeftOut(@TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("onspd.csv");
        SyntheticOnspd.Written written = SyntheticOnspd.write(csv, 50_000, 97, 13);
        // chunks of 7,000 postcodes make eight runs, so the merge is exercised as in the national build
        OnsPostcodeFile.Counts counts = OnsPostcodeFile.build(csv, dir.resolve(OnsPostcodeDirectory.BUILT_FILE), 7_000);
        OnsPostcodeDirectory ons = OnsPostcodeDirectory.open(csv, dir);

        assertThat(ons.rebuilt()).as("the file just built is reused").isFalse();
        assertThat(written.rows()).isEqualTo(50_000);
        assertThat(ons.size()).isEqualTo(counts.postcodes()).isEqualTo(written.rows() - written.gridless());
        assertThat(ons.skipped()).isEqualTo(written.gridless()).isPositive();
        assertThat(ons.terminated()).isEqualTo(written.terminated()).isPositive();
        assertThat(written.sample()).hasSizeGreaterThan(500).allSatisfy(code -> {
            Postcode postcode = Postcode.parse(code).orElseThrow();
            assertThat(ons.find(postcode)).as(code).isPresent();
            assertThat(ons.find(postcode.sector())).as(code + " sector").isPresent();
            assertThat(ons.find(postcode.district())).as(code + " district").isPresent();
        });
        // inward codes never use C, I, K, M, O or V, so these are certain misses
        assertThat(ons.find(Postcode.parse("AB1 1CI").orElseThrow())).isEmpty();
        assertThat(ons.find(Postcode.parse("ZZ99 1AA").orElseThrow())).isEmpty();
    }

    @Test
    void sectorsAndDistrictsAreAtTheMeanOfTheirPostcodesInUseAndTerminatedOnesAreKeptAndMarked(@TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("onspd.csv");
        Files.writeString(csv, """
                pcd,pcd2,pcds,dointr,doterm,lat,long
                "ME7 1AA","ME7  1AA","ME7 1AA","198001","",51.38000,0.54000
                "ME7 1AB","ME7  1AB","ME7 1AB","198001","",51.39000,0.55000
                "ME7 1AD","ME7  1AD","ME7 1AD","198001","200906",51.50000,0.70000
                "ME7 2AA","ME7  2AA","ME7 2AA","198001","",51.40000,0.58000
                "ME8 7HP","ME8  7HP","ME8 7HP","198001","",51.36200,0.61000
                "ME8 7HQ","ME8  7HQ","ME8 7HQ","198001","",51.36200,
                "ME8 7HR","ME8  7HR","ME8 7HR","198001","",not a number,0.61
                """);
        OnsPostcodeDirectory ons = OnsPostcodeDirectory.open(csv, dir.resolve("built"));

        assertThat(ons.find(Postcode.sector("ME7", '1'))).get().isEqualTo(
                new OnsPostcodeDirectory.Entry(new GeoPoint(51.385, 0.545), false));
        assertThat(ons.find(Postcode.parse("ME7").orElseThrow())).get().isEqualTo(
                new OnsPostcodeDirectory.Entry(new GeoPoint(51.39, 0.55667), false));
        assertThat(ons.find(Postcode.parse("ME7 1AD").orElseThrow())).get()
                .isEqualTo(new OnsPostcodeDirectory.Entry(new GeoPoint(51.5, 0.7), true));
        assertThat(ons.terminated()).isEqualTo(1);
        assertThat(ons.size()).isEqualTo(5);
        assertThat(ons.skipped()).isEqualTo(2);

        Gazetteer gazetteer = Gazetteer.shippedWith(csv, null, dir.resolve("built"));
        assertThat(gazetteer.lookup("me7 1")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.point()).isEqualTo(new GeoPoint(51.385, 0.545)));
        assertThat(gazetteer.lookup("ME7 1AD")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.POSTCODE));
        assertThat(gazetteer.lookup("ME7 1ZZ")).as("an unlisted postcode falls back to its district")
                .isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
                    assertThat(f.point()).isEqualTo(new GeoPoint(51.39, 0.55667));
                    assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.DISTRICT);
                });
    }

    @Test
    void theBuiltFileIsReusedUntilTheSourceChanges(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("onspd.csv");
        Files.writeString(csv, "pcds,lat,long\nTN1 1AA,51.132,0.263\n");
        Path built = dir.resolve("built");
        assertThat(OnsPostcodeDirectory.open(csv, built).rebuilt()).isTrue();
        assertThat(OnsPostcodeDirectory.open(csv, built).rebuilt()).isFalse();

        Files.writeString(csv, "pcds,lat,long\nTN1 1AA,51.132,0.263\nTN1 1AB,51.133,0.264\n");
        Files.setLastModifiedTime(csv, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        OnsPostcodeDirectory changed = OnsPostcodeDirectory.open(csv, built);
        assertThat(changed.rebuilt()).isTrue();
        assertThat(changed.size()).isEqualTo(2);

        Files.write(built.resolve(OnsPostcodeDirectory.BUILT_FILE), new byte[] {1, 2, 3});
        assertThat(OnsPostcodeDirectory.open(csv, built).rebuilt()).as("a damaged file is rebuilt").isTrue();
    }

    @Test
    void theRealFormatSampleLoads(@TempDir Path dir) throws Exception {
        Path sample = Path.of(getClass().getResource("/geo/onspd-sample.csv").toURI());
        assertThat(Files.readAllLines(sample).getFirst()).isEqualTo(SyntheticOnspd.HEADER);
        OnsPostcodeDirectory ons = OnsPostcodeDirectory.open(sample, dir);
        assertThat(ons.size()).isEqualTo(19);
        assertThat(ons.skipped()).isEqualTo(1);
        assertThat(ons.terminated()).isEqualTo(2);
        assertThat(ons.asGazetteer().lookup("ME4 4TR").reading()).isEqualTo("ME4 4TR");
    }

    @Test
    void aFileWithoutPointsIsRefusedWithAReason(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("not-onspd.csv");
        Files.writeString(csv, "pcds,easting\nME7 1AA,577000\n");
        assertThatThrownBy(() -> OnsPostcodeDirectory.open(csv, dir.resolve("built")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lat and long columns");
    }
}
