package uk.lantern.engine.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a case study's person is named in a sentence (round 15: the sandbox read "Bill, 86’s answers"). */
class CaseStudyWordsTest {

    private static CaseStudy of(String person) {
        return new CaseStudy("id", "title", person, "story", "source", "lesson", Map.of(),
                new CaseStudy.Expected("low", 0, false, List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bill, 86|Bill’s answers (86)",
            "Nasreen,74|Nasreen’s answers (74)",
            "James, 70|James’s answers (70)",
            "Bill|Bill’s answers",
            "Bill, |Bill’s answers"})
    void theNameTakesThePossessiveAndTheAgeGoesInBrackets(String person, String words) {
        assertThat(of(person).whoseAnswers()).isEqualTo(words);
    }
}
