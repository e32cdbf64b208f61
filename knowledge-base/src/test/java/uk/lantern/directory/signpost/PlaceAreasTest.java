package uk.lantern.directory.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.directory.model.ServiceArea;

/**
 * The nation of a place Lantern cannot place, from its postcode area, and which national areas
 * reach it (sealed persona t34: a Cardiff postcode was offered an England-only line).
 */
class PlaceAreasTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CF10 1EP|wales", "sa1|wales", "LL55 4UR|wales", "LD1|wales",
            "EH1 1YZ|scotland", "G1 1XQ|scotland", "ZE1|scotland", "KA7 1AA|scotland",
            "BT1 5GS|northern ireland",
            "CH1 1AA|uk only", "NP16 5AA|uk only", "SY23|uk only", "TD15 1AA|uk only", "JE2 4WE|uk only",
            "ME9 8AA|england", "GL1|england", "W1A 1AA|england",
            // read as the place reader reads them: among words, a sector, odd separators
            "my postcode is CF10 1EP|wales", "CF10 1|wales", "cf10,1ep|wales", "EH1 1YZ please|scotland",
            "DA11 0|england"})
    void aPostcodeAreaNamesItsNation(String postcode, String nation) {
        assertThat(PlaceAreas.nationOf(read(postcode))).isEqualTo(nation);
    }

    @Test
    void wordsThatAreNotAPostcodeHaveNoNation() {
        assertThat(PlaceAreas.nationOf(read("Narnia"))).isNull();
        assertThat(PlaceAreas.nationOf(read(""))).isNull();
        assertThat(PlaceAreas.nationOf(null)).isNull();
    }

    /** The postcode the place reader finds in what a person typed, as signposting gets it. */
    private static uk.lantern.directory.geo.Postcode read(String typed) {
        return uk.lantern.directory.geo.Gazetteer.shipped().lookup(typed) instanceof
                uk.lantern.directory.geo.PlaceLookup.NotFound notFound ? notFound.postcode() : null;
    }

    @Test
    void aPlaceInABorderAreaIsReachedOnlyByUkWideServices() {
        assertThat(PlaceAreas.nationCovers(area("United Kingdom"), PlaceAreas.UK_ONLY)).isTrue();
        assertThat(PlaceAreas.nationCovers(area("England"), PlaceAreas.UK_ONLY)).isFalse();
        assertThat(PlaceAreas.nationCovers(area("Great Britain"), PlaceAreas.UK_ONLY)).isFalse();
        assertThat(PlaceAreas.nationCovers(area("England"), "wales")).isFalse();
        assertThat(PlaceAreas.nationCovers(area("Great Britain"), "wales")).isTrue();
    }

    private static ServiceArea area(String name) {
        return new ServiceArea(null, name, null);
    }
}
