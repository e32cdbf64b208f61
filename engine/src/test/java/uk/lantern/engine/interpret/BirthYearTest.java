package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.interpret.Interpretation.Unclear;
import uk.lantern.engine.interpret.Interpretation.Understood;

/** An age given as a year of birth, read on 15 June 2026, at the edges of the age question's range (18 to 120). */
class BirthYearTest {

    private final AnswerInterpreter interpreter = new AnswerInterpreter(
            Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneId.of("Europe/London")));

    private Interpretation read(String typed) {
        return interpreter.interpret(ShippedQuestions.byId("age"), typed);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            born in 1944          | 82
            1944                  | 82
            I was born in 1944    | 82
            born in May 1944      | 82
            born in June 1944     | 82
            born in July 1944     | 81
            born dec 1944         | 81
            born in 2008          | 18
            born in 1906          | 120
            born in '47           | 79
            born in 47            | 79
            I was born in ‘47    | 79
            born 39               | 87
            """)
    void readsTheAgeFromTheYear(String typed, int age) {
        assertThat(read(typed)).isEqualTo(new Understood(age));
    }

    @ParameterizedTest(name = "\"{0}\" is asked again")
    @CsvSource(delimiter = '|', textBlock = """
            born in 2009
            born in 1905
            born in 2027
            born in 1944 or 1945
            born in 19
            born in '08
            my husband was born in '35
            """)
    void refusesYearsOutsideTheRangeOrStillToCome(String typed) {
        assertThat(read(typed)).isInstanceOf(Unclear.class);
    }
}
