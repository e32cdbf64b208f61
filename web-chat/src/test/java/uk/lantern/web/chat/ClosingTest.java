package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * The closing's words match what it shows. Round 12 (new-user trial): with nothing found, the
 * ending said "The services below can help..." and then "I couldn't find a service near ...".
 */
class ClosingTest {

    /** With no services shown, nothing points below; with some, the words stand as written. */
    @ParameterizedTest(name = "{0} / shown={2}")
    @CsvSource(delimiter = '|', textBlock = """
            Several things can leave a person cut off. The services below can help, and you can call The Silver Line free on 0800 4 70 80 90. | Several things can leave a person cut off. You can call The Silver Line free on 0800 4 70 80 90. | false
            The services below can help, and you can call Samaritans on 116 123. | You can call Samaritans on 116 123. | false
            You deserve support. The groups listed here meet every week. Call 116 123 any time. | You deserve support. Call 116 123 any time. | false
            You deserve support. Have a look at the services below. | You deserve support. | false
            You deserve support. The services below can help, and you can call Samaritans on 116 123. | You deserve support. The services below can help, and you can call Samaritans on 116 123. | true
            You deserve support. Have a look at the services below. | You deserve support. Have a look at the services below. | true
            Keep in touch with the people who matter to you. | Keep in touch with the people who matter to you. | false
            It is good to hear you feel close to people. Call 116 123 any time. | It is good to hear you feel close to people. Call 116 123 any time. | false
            """)
    void theKindWordsPointBelowOnlyWhenServicesAreShown(String words, String expected, boolean shown) {
        assertThat(Closing.pointingAt(words, shown)).isEqualTo(expected);
    }

    /** A service with no phone, web address or email tells the person how to be put in touch. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gillingham befriending scheme | | | | no phone, website or email is listed, so ask a worker who supports you, or your GP surgery, to put you in touch
            Lunch club | 01634 000000 | | | call 01634 000000
            Walking group | | https://example.org/walk | | see https://example.org/walk
            """)
    void aServiceLineAlwaysSaysHowToReachIt(String name, String phone, String url, String unused, String contact) {
        String words = phone != null ? "call " + phone : url != null ? "see " + url : null;
        ServiceSuggestion s = new ServiceSuggestion("id", name, null, "", null, phone, null, url, words, "Free", false,
                null);
        assertThat(s.asLine()).contains("Contact: " + contact).doesNotContain("(or us)");
        assertThat(s.reachable()).isEqualTo(words != null);
    }

    /**
     * How far, honestly (round 14, new-user trial: a walk placed at its district's centre read "0.0 miles away"): under
     * a tenth of a mile is "in your area", under a mile "under a mile away", never "0.0" nor a false precision. Round 15
     * (issue 13): miles to a tenth only from a full postcode; from a place known to its sector, district or town centre
     * (the third column: "-" a full postcode, "" a sector or district, else the town) "about" and whole miles, or the
     * town, at the boundaries of each wording.
     */
    @ParameterizedTest(name = "{0} miles from {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0.0  | In your area                | -
            0.05 | In your area                | -
            0.1  | Under a mile away           | -
            0.4  | Under a mile away           | -
            0.9  | Under a mile away           | -
            1.0  | 1 mile away                 | -
            2.4  | 2.4 miles away              | -
            12.0 | 12 miles away               | -
            0.0  | In your area                | ''
            0.49 | In your area                | ''
            0.5  | About a mile away           | ''
            1.49 | About a mile away           | ''
            1.5  | About 2 miles away          | ''
            2.4  | About 2 miles away          | ''
            12.0 | About 12 miles away         | ''
            0.4  | In or near Chatham          | Chatham
            0.5  | About a mile from Chatham   | Chatham
            2.6  | About 3 miles from Chatham  | Chatham
            """)
    void aServiceLineSaysHowFarInHonestWords(double miles, String far, String approximateFrom) {
        ServiceSuggestion s = new ServiceSuggestion("id", "Walk", null, "", null, null, null, null, null, "Free", false,
                miles, approximateFrom);
        assertThat(s.asLine()).endsWith(". " + far + ".").doesNotContain("0.0 miles");
        assertThat(s.distanceWords()).isEqualToIgnoringCase(far);
        // the chat's card (lantern-chat.js) shows these words from the reply's JSON
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).get("distance").asText())
                .isEqualTo(s.distanceWords());
    }
}
