package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads an age given as a year of birth: "born in 1944", "1944", "March 1944". The age is the
 * one reached on this year's birthday; when a month is named and it is still to come this year,
 * one less. A year still to come, or an age outside the question's range, is unclear; so are two
 * different years.
 */
final class BirthYearReading {

    static final String QUESTION_ID = "age";

    /** Four-digit numbers from here up are years rather than ages. */
    private static final int EARLIEST_YEAR = 1000;

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private BirthYearReading() {
    }

    /** The reading when the words give a year of birth, or empty when they give none. */
    static Optional<Interpretation> read(Question question, Words words, LocalDate today) {
        List<Integer> years = NumberWords.findIn(words).stream()
                .map(NumberWords.Mention::value)
                .filter(v -> v >= EARLIEST_YEAR)
                .distinct()
                .toList();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        if (years.size() > 1) {
            return Optional.of(Interpretation.unclear("I found more than one year in that. Could you tell me your age, like 78?"));
        }
        int born = years.getFirst();
        if (born > today.getYear()) {
            return Optional.of(Interpretation.unclear("That year is still to come. Could you tell me your age, like 78?"));
        }
        int age = today.getYear() - born;
        int month = monthNamed(words);
        if (month > today.getMonthValue()) {
            age--;
        }
        return Optional.of(WholeNumberReading.inRange(question, age));
    }

    private static int monthNamed(Words words) {
        for (String token : words.tokens()) {
            int at = MONTHS.indexOf(token);
            if (at < 0 && token.length() >= 3) {
                at = MONTHS.stream().filter(m -> m.startsWith(token) && token.length() == 3).findFirst()
                        .map(MONTHS::indexOf).orElse(-1);
            }
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }
}
