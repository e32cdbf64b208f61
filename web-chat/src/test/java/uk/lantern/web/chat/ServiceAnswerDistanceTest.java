package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Round 16 (issue 13): the chat's answers to service questions say how far a venue is as precisely as the place
 * the person gave, as the closing's cards do: tenths of a mile only from a full postcode; from a sector or district
 * "about 3 miles away", from a town "about 3 miles from Chatham". Before, they gave tenths from every place.
 */
class ServiceAnswerDistanceTest extends SampleDirectoryDialogue {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ME7 1AB   | -
            ME7 1     | ''
            ME7       | ''
            Chatham   | Chatham
            gilingham | Gillingham
            """)
    void aVenueIsAsFarAsThePlaceIsPrecise(String place, String approximateFrom) {
        say(place);
        int venues = 0;
        for (String asked : new String[] {"is there a lunch club near me?", "any walking groups?"}) {
            ChatMessage answer = servicesAnswer(asked);
            var far = answer.services().stream().filter(s -> s.distanceMiles() != null).toList();
            venues += far.size();
            for (ServiceSuggestion s : far) {
                if ("-".equals(approximateFrom)) {
                    assertThat(s.approximateFrom()).as(s.name()).isNull();
                    continue;
                }
                assertThat(s.approximateFrom()).as(s.name()).isEqualTo(approximateFrom);
                assertThat(s.distanceMiles() % 1).as(s.name() + ": whole miles").isZero();
                assertThat(s.distanceWords()).as(s.name())
                        .matches(approximateFrom.isEmpty() ? "about (a mile|\\d+ miles) away|in your area"
                                : "about (a mile|\\d+ miles) from " + approximateFrom + "|in or near " + approximateFrom);
                assertThat(answer.text()).contains(s.name()).doesNotContainPattern(
                        java.util.regex.Pattern.quote(s.name()) + "[^\\n]*\\d\\.\\d miles");
            }
        }
        assertThat(venues).as("venues with a distance from " + place).isPositive();
    }
}
