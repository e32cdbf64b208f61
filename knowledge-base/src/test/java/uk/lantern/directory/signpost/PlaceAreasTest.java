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
            "ME7 1AB|england", "GL1|england", "W1A 1AA|england"})
    void aPostcodeAreaNamesItsNation(String postcode, String nation) {
        assertThat(PlaceAreas.nationOfPostcode(postcode)).isEqualTo(nation);
    }

    @Test
    void wordsThatAreNotAPostcodeHaveNoNation() {
        assertThat(PlaceAreas.nationOfPostcode("Narnia")).isNull();
        assertThat(PlaceAreas.nationOfPostcode("")).isNull();
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
