package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/** The tablet's copy of what is urgent is derived from the rule base, and reads notes as the rules do. */
class UrgentOnTheTabletTest {

    static Map<String, Object> body;

    @BeforeAll
    static void derive() {
        body = new UrgentOnTheTablet(new ScreeningEngine(RuleBase.load()), SafeguardingCheck.load(), CrisisResponse.load())
                .body();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSafetyQuestionsAreUrgentWithTheirHelp() {
        assertThat((List<Map<String, String>>) body.get("urgentAnswers")).containsExactlyInAnyOrder(
                Map.of("question", "feel_safe_at_home", "value", "no", "help", "abuse"),
                Map.of("question", "thoughts_of_harm", "value", "yes", "help", "suicide_self_harm"));
        Map<String, Map<String, Object>> help = (Map<String, Map<String, Object>>) body.get("help");
        assertThat(help.get("suicide_self_harm").get("worker")).asString().contains("do not leave them alone");
        assertThat((List<String>) help.get("abuse").get("lines")).anyMatch(l -> l.contains("0808 2000 247"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            says she wants to kill herself             | worry_other
            I want to end my life                      | suicide_self_harm
            son takes her pension                      | none
            my son takes my pension                    | abuse
            I was raped                                | sexual_violence
            no food in the house                       | self_neglect
            makes myself sick after meals              | eating_disorder
            lovely garden, had a cup of tea            | none
            """)
    @SuppressWarnings("unchecked")
    void notesAreCheckedWithTheRulesOwnPatterns(String note, String expected) {
        String tidy = " " + note.toLowerCase().replaceAll("[^a-z0-9]+", " ").strip() + " ";
        List<String> helps = ((List<Map<String, String>>) body.get("words")).stream()
                .filter(w -> Pattern.compile("^(?:" + w.get("pattern") + ")$").matcher(tidy).matches())
                .map(w -> w.get("help")).distinct().toList();
        if (expected.equals("none")) {
            assertThat(helps).isEmpty();
        } else {
            assertThat(helps).contains(expected);
        }
    }
}
