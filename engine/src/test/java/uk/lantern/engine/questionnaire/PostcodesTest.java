package uk.lantern.engine.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource({
        "ME7 1AB, ME7 1AB",
        "me71ab, ME7 1AB",
        "' Me7  1aB ', ME7 1AB",
        "SW1A1AA, SW1A 1AA",
        "m1 1ae, M1 1AE",
        "ME7, ME7",
        "me4, ME4",
        "EC1A-1BB, EC1A 1BB"
    })
    void readsPostcodesWrittenAnyWay(String written, String standard) {
        assertThat(Postcodes.normalise(written)).contains(standard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "ME", "7ME 1AB", "ME7 1A", "ME7 1ABC", "12345"})
    void refusesWhatIsNotAPostcode(String written) {
        assertThat(Postcodes.normalise(written)).isEmpty();
    }
}
