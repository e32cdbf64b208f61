package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads an age given as a year of birth: "born in 1944", "1944", "March 1944". The age is the
 * one reached on this year's birthday; when a month is named and it is still to come this year,
 * one less. A year still to come, or an age outside the question's range, is unclear; so are two
 * different years. A year of two digits said after "born" ("born in '47", "born 47") is read in
 * the 1900s when that gives a past year; one that could as well be this century ("born in 19") is
 * unclear.
 */
final class BirthYearReading {

    static final String QUESTION_ID = "age";

    /** Four-digit numbers from here up are years rather than ages. */
    private static final int EARLIEST_YEAR = 1000;

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
            return twoDigitYearAfterBorn(words, today).map(born -> bornSomeoneElse(words)
                    ? Interpretation.unclear("Was that your own year of birth? Could you tell me how old you are, like 78?")
                    : born < 0
                    ? Interpretation.unclear("Which year was that: could you tell me your age, like 78?")
                    : WholeNumberReading.inRange(question, today.getYear() - born));
        }
        if (years.size() > 1) {
            return Optional.of(Interpretation.unclear("I found more than one year in that. Could you tell me your age, like 78?"));
        }
        if (bornSomeoneElse(words)) {
            return Optional.of(Interpretation.unclear("Was that your own year of birth? Could you tell me how old you are, like 78?"));
        }
        int born = years.getFirst();
        if (born > today.getYear()) {
            return Optional.of(Interpretation.unclear("That year is still to come. Could you tell me your age, like 78?"));
        }
        int age = today.getYear() - born;
        Optional<Integer> ownArithmetic = WholeNumberReading.notTillNamed(words);
        if (ownArithmetic.isPresent() && Math.abs(ownArithmetic.get() - age) <= 1) {
            // Round 14: "born on christmas eve 1952 so not 74 till later this month": the person's own sum wins.
            return Optional.of(WholeNumberReading.inRange(question, ownArithmetic.get() - 1));
        }
        int[] dayMonth = dayAndMonthBefore(words, born);
        if (dayMonth[1] == 0) {
            dayMonth = feastDay(words);
        }
        int month = dayMonth[1] > 0 ? dayMonth[1] : monthNamed(words);
        if (month > today.getMonthValue() || month == today.getMonthValue() && dayMonth[0] > today.getDayOfMonth()) {
            age--;
        }
        return Optional.of(WholeNumberReading.inRange(question, age));
    }

    private static final java.util.Set<String> SOMEONE_ELSE = java.util.Set.of("husband", "wife", "hubby",
            "partner", "son", "daughter", "mum", "mam", "mother", "dad", "father", "brother", "sister", "he", "she",
            "missus", "friend", "they");

    /** "My husband was born in 1935": a year of birth said of someone else. */
    private static boolean bornSomeoneElse(Words words) {
        int at = words.tokens().indexOf("born");
        for (int i = Math.max(0, at - 3); i < at; i++) {
            if (SOMEONE_ELSE.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 12 (a new user's trial): "born in '47" was read as the age 47. A two-digit number right
     * after "born" or "born in" is a year: the 1900s year, or -1 when the number could as well be
     * a year of this century (up to this year's two digits); empty when there is no such number.
     */
    private static Optional<Integer> twoDigitYearAfterBorn(Words words, LocalDate today) {
        int at = words.tokens().indexOf("born");
        if (at < 0) {
            return Optional.empty();
        }
        int next = at + 1 < words.size() && words.get(at + 1).equals("in") ? at + 2 : at + 1;
        if (next >= words.size() || !words.get(next).matches("[0-9]{2}")) {
            return Optional.empty();
        }
        int two = Integer.parseInt(words.get(next));
        return Optional.of(two <= today.getYear() % 100 ? -1 : 1900 + two);
    }

    /**
     * Round 16: days of the year known by name ("born on Christmas Day 1940", "Boxing Day 1945"), as {day, month};
     * the month alone decides nothing for a feast late in the year, so without them the birthday was taken as
     * reached and the age came out one too high.
     */
    private static final java.util.Map<String, int[]> FEAST_DAYS = java.util.Map.of(
            "christmas eve", new int[] {24, 12}, "christmas day", new int[] {25, 12}, "christmas", new int[] {25, 12},
            "xmas", new int[] {25, 12}, "boxing day", new int[] {26, 12}, "new years eve", new int[] {31, 12},
            "new years day", new int[] {1, 1}, "valentines day", new int[] {14, 2}, "bonfire night", new int[] {5, 11},
            "halloween", new int[] {31, 10});

    /** The first feast day named, longest name first ("christmas eve" before "christmas"), or {0, 0}. */
    private static int[] feastDay(Words words) {
        return FEAST_DAYS.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((java.util.Map.Entry<String, int[]> e) -> -e.getKey().length()))
                .filter(e -> words.has(e.getKey()))
                .map(java.util.Map.Entry::getValue)
                .findFirst().orElse(new int[] {0, 0});
    }

    private static int monthNamed(Words words) {
        return words.tokens().stream().mapToInt(Months::of).filter(m -> m > 0).findFirst().orElse(0);
    }

    /**
     * A date of birth written day first, as in the UK ("25/12/1950", "25 12 1950" once the slashes
     * are spaces): {day, month}, or {0, 0} when the year does not follow a day and a month.
     */
    private static int[] dayAndMonthBefore(Words words, int year) {
        int at = words.tokens().indexOf(String.valueOf(year));
        if (at < 2) {
            return new int[] {0, 0};
        }
        String d = words.get(at - 2);
        String m = words.get(at - 1);
        if (d.matches("[0-9]{1,2}") && m.matches("[0-9]{1,2}")) {
            int day = Integer.parseInt(d);
            int month = Integer.parseInt(m);
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                return new int[] {day, month};
            }
        }
        return new int[] {0, 0};
    }
}
