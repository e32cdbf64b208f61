package uk.lantern.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {
    private static final Gazetteer NATIONAL = national();

    private static Gazetteer national() {
        try {
            return Gazetteer.shippedWith(null, Path.of(PlaceNamesTest.class.getResource("/geo/ipn-sample.csv").toURI()),
                    null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Leeds|leeds|53.796",
        "I live in Leeds, West Yorkshire|leeds|53.796",
        "Newcastle upon Tyne|newcastle upon tyne|54.978",
        "newcastle-upon-tyne|newcastle upon tyne|54.978",
        "near Stoke on Trent|stoke on trent|53.003",
        "Bishops Stortford|bishops stortford|51.872",
        "Bishop’s Stortford, Herts|bishops stortford|51.872",
        "Gillingham, Dorset|gillingham|51.036",
        "Newport, Isle of Wight|newport|50.701",
        "Newport Shropshire|newport|52.769",
        "Newport, Wales, Gwent|newport|51.588"})
    void townsNationallyWithOrWithoutACounty(String typed, String town, double latitude) {
        assertThat(NATIONAL.lookup(typed)).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.TOWN);
            assertThat(f.town()).isEqualTo(town);
            assertThat(f.point().latitude()).isEqualTo(latitude);
        });
    }

    @Test
    void theLocalNamesakeWinsWhenNoCountyIsGiven() {
        // Gillingham is in Kent (Medway, shipped) and in Dorset; a Medway deployment means its own
        assertThat(NATIONAL.lookup("Gillingham")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.postcode().text()).isEqualTo("ME7"));
        assertThat(NATIONAL.lookup("Gillingham, Kent")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.postcode().text()).isEqualTo("ME7"));
    }

    @Test
    void namesakesWithoutACountyAreAskedAbout() {
        PlaceLookup place = NATIONAL.lookup("Newport");
        assertThat(place).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(place.reading()).isEqualTo("unknown");
        assertThat(place.message()).isEqualTo("There is more than one Newport: Newport, Isle of Wight or Newport,"
                + " Gwent or Newport, Shropshire. Which one? Add the county, for example \"Newport, Isle of Wight\".");
    }

    @Test
    void aCountyWithoutSuchATownIsNotGuessedAway() {
        PlaceLookup place = NATIONAL.lookup("Chatham, Devon");
        assertThat(place).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(place.message()).startsWith("We know Chatham only in Kent, not in Devon");
        assertThat(Gazetteer.shipped().lookup("Chatham, Devon").reading()).isEqualTo("unknown");
    }

    @Test
    void rowsWithoutANameOrAPointAreLeftOut() {
        assertThat(NATIONAL.lookup("Nopoint").reading()).isEqualTo("unknown");
        assertThat(PlaceNames.shippedWith(Path.of("src/test/resources/geo/ipn-sample.csv")).size())
                .isEqualTo(PlaceNames.shipped().size() + 5);
    }

    @Test
    void theShippedListKnowsOnlyMedway() {
        assertThat(Gazetteer.shipped().lookup("Leeds").reading()).isEqualTo("unknown");
        assertThat(Gazetteer.shipped().lookup("Chatham").reading()).isEqualTo("town:chatham");
    }

    @Test
    void aListWithoutNamesIsRefusedWithAReason(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("places.csv");
        Files.writeString(csv, "code,lat,long\nX1,51.0,0.1\n");
        assertThatThrownBy(() -> PlaceNames.shippedWith(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no name column");
    }
}
