package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 17 (c17): a card's summary ended at the first ". ", so "St. Mary's" or "e.g. " cut its sentence mid-way;
 * a long first sentence is now shortened at a whole word, with an ellipsis.
 */
class CardSummaryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A lunch club at St. Mary's Church Hall, Strood. Booking needed.|A lunch club at St. Mary's Church Hall, Strood.",
            "Gentle exercise, e.g. chair yoga and tai chi, for older people. Free.|Gentle exercise, e.g. chair yoga and tai chi, for older people.",
            "Open Mon. to Fri. for a cuppa and a chat. Run by volunteers.|Open Mon. to Fri. for a cuppa and a chat.",
            "Led by Dr. J. Patel at the surgery. Ask at reception.|Led by Dr. J. Patel at the surgery.",
            "Meets at 10 a.m. in the library. All welcome.|Meets at 10 a.m. in the library.",
            "A walk every week. 2 miles, flat.|A walk every week.",
            "Illustrative listing. A friendly lunch club.|A friendly lunch club.",
            "A friendly lunch club|A friendly lunch club",
    })
    void aSummaryEndsAtTheEndOfASentenceNotAtAnAbbreviation(String description, String summary) {
        assertThat(ServiceSuggestion.firstSentence(description)).isEqualTo(summary);
    }

    @Test
    void aLongSentenceIsShortenedAtAWordWithAnEllipsis() {
        String description = "A warm and friendly weekly group for older people living alone in and around the Medway "
                + "towns, where members share a hot meal, play games, listen to visiting speakers, go on occasional "
                + "outings to the coast and the countryside, and make new friends in a relaxed setting. Call first.";
        String summary = ServiceSuggestion.firstSentence(description);
        assertThat(summary).hasSizeLessThanOrEqualTo(ServiceSuggestion.LONGEST_SUMMARY).endsWith("\u2026");
        String kept = summary.substring(0, summary.length() - 1);
        assertThat(description).startsWith(kept);
        assertThat(description.charAt(kept.length())).as("cut between words").isIn(' ', ',');
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
    }
}
