package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person close named with a time, and nothing else: "my brother, last Easter", "my son, just
 * before Christmas 2024" (the recent loss question: yes, then the time against its two years);
 * "my wife, 52 years" (living with a partner: yes). Seasons and feasts are months ("Christmas
 * 2024" is December 2024); a season that spans the two-year line ("autumn 2024" on 30 November
 * 2026: 24 to 26 months) is neither, and is asked again.
 */
final class PersonAndTime {

    /** The loss question's window, in months. */
    private static final int WINDOW_MONTHS = 24;
    private static final Set<String> OPENERS = Set.of("my", "our", "me", "wor");
    private static final Set<String> CLOSE = Set.of("husband", "wife", "hubby", "partner", "missus", "mum", "mam",
            "mother", "dad", "father", "son", "daughter", "brother", "sister", "friend", "nan", "gran", "grandson",
            "granddaughter", "boy", "girl", "lad", "lass", "uncle", "aunt", "auntie", "cousin", "best", "sister in law",
            "brother in law", "other");
    private static final Set<String> PARTNER = Set.of("husband", "wife", "hubby", "partner", "missus", "other",
            "fella", "boyfriend", "girlfriend");
    /** Words a time is said in: "just before Christmas 2024", "back in the summer of 2023". */
    private static final Set<String> TIME_WORDS = Set.of("last", "just", "before", "after", "in", "the", "of", "back",
            "about", "around", "ago", "year", "years", "month", "months", "week", "weeks", "this", "early", "late",
            "a", "bit", "over", "under", "couple", "since", "end", "start", "beginning", "middle", "new", "and", "half",
            "christmas", "easter", "spring", "summer", "autumn", "winter", "at", "on");
    /** Seasons and feasts as the months they span. */
    private static final Map<String, int[]> SEASONS = Map.of("spring", new int[] {3, 5}, "summer", new int[] {6, 8},
            "autumn", new int[] {9, 11}, "christmas", new int[] {12, 12}, "easter", new int[] {3, 4},
            "winter", new int[] {1, 2});
    private static final List<String> NEAR_THE_LINE = List.of("about two years", "about 2 years", "around two years",
            "around 2 years", "roughly two years", "two years or so", "2 years or so", "about a couple of years");

    private PersonAndTime() {
    }

    /** "My brother, last Easter": a close person opens the answer and only a time follows. */
    static boolean whoAndWhen(Words words) {
        int rest = afterPerson(words, CLOSE);
        return rest > 0 && onlyTime(words, rest) || peopleAndTimes(words);
    }

    /**
     * Round 12: two or more people close, each or both with a time, and nothing else: "my best friend
     * and then my brother, both in 2025", "three years ago my husband, and then my sister this February".
     * The times are then held against the two years as for one person.
     */
    private static boolean peopleAndTimes(Words words) {
        int people = 0;
        boolean marker = false;
        int i = 0;
        while (i < words.size()) {
            int after = afterPerson(new Words(words.tokens().subList(i, words.size())), CLOSE);
            if (after > 0) {
                people++;
                i += after;
                continue;
            }
            String w = words.get(i);
            boolean number = isNumber(w) || NumberWords.findIn(new Words(List.of(w))).size() == 1;
            if (!(TIME_WORDS.contains(w) || BETWEEN_PEOPLE.contains(w) || number || Months.of(w) > 0)) {
                return false;
            }
            marker |= number || Months.of(w) > 0 || SEASONS.containsKey(w) || w.equals("last") || w.equals("ago");
            i++;
        }
        return people >= 2 && marker;
    }

    /**
     * Round 12: two or more people close with their times ({@link #whoAndWhen}), one of them said as
     * this year, last year, this or last month, or a year no more than one back: "my husband three years
     * ago, and then my sister this February". A loss in the two years, whatever the other's time.
     */
    static boolean oneOfSeveralLately(Words words, LocalDate today) {
        if (!peopleAndTimes(words)) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            String next = words.get(i + 1);
            if (w.equals("this") && (Months.of(next) > 0 || SEASONS.containsKey(next) || next.equals("year")
                    || next.equals("month")) || w.equals("last") && (next.equals("year") || next.equals("month"))) {
                return true;
            }
        }
        return NumberWords.findIn(words).stream().anyMatch(m -> m.value() >= today.getYear() - 1
                && m.value() <= today.getYear());
    }

    /** Words that join two people and their times: "and then", "both", "then". */
    private static final Set<String> BETWEEN_PEOPLE = Set.of("then", "both", "and", "also", "too", "as", "well");

    /** "My wife, 52 years", "my other half, 30 year now": a partner and how long together. */
    static boolean partnerAndYears(Words words) {
        int from = words.size() > 0 && List.of("yes", "yeah", "aye").contains(words.get(0)) ? 1 : 0;
        Words rest = new Words(words.tokens().subList(from, words.size()));
        int after = afterPerson(rest, PARTNER);
        if (after <= 0 || after >= rest.size()) {
            return false;
        }
        List<NumberWords.Mention> numbers = NumberWords.findIn(rest);
        return numbers.size() == 1 && numbers.getFirst().start() <= after + 1 && numbers.getFirst().end() < rest.size()
                && rest.get(numbers.getFirst().end()).startsWith("year");
    }

    /** Where the words after "my husband" (or "our Jim's dad") begin, or -1 when no such person opens them. */
    private static int afterPerson(Words words, Set<String> who) {
        if (words.size() < 2 || !OPENERS.contains(words.get(0))) {
            return -1;
        }
        for (int i = 1; i < Math.min(words.size(), 3); i++) {
            if (who.contains(words.get(i))) {
                int next = i + 1;
                // "my other half", "my best friend", "my friend Mary": one word more names the same person.
                if (next < words.size() && List.of("half", "friend").contains(words.get(next))) {
                    next++;
                }
                return next;
            }
        }
        return -1;
    }

    private static boolean onlyTime(Words words, int from) {
        if (from >= words.size()) {
            return false;
        }
        boolean marker = false;
        // A name may follow the person: "my friend Mary, autumn 2024".
        int start = from < words.size() && !TIME_WORDS.contains(words.get(from)) && !isNumber(words.get(from))
                && Months.of(words.get(from)) == 0 ? from + 1 : from;
        for (int i = start; i < words.size(); i++) {
            String w = words.get(i);
            boolean number = isNumber(w) || NumberWords.findIn(new Words(List.of(w))).size() == 1;
            if (!(TIME_WORDS.contains(w) || number || Months.of(w) > 0)) {
                return false;
            }
            marker |= number || Months.of(w) > 0 || SEASONS.containsKey(w) || w.equals("last") || w.equals("ago");
        }
        return marker;
    }

    private static boolean isNumber(String w) {
        return w.matches("[0-9]{1,4}");
    }

    /**
     * Whether a loss said with a season or feast and a year ("Christmas 2024", "the summer of
     * 2023") falls within the two years: true, false, or empty when the season spans the line or
     * the words say "about two years". True when no such time is said.
     */
    static Optional<Boolean> withinTwoYears(Words words, LocalDate today) {
        if (words.hasAny(NEAR_THE_LINE)) {
            return Optional.empty();
        }
        YearMonth now = YearMonth.from(today);
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            if (m.value() < 1900 || m.value() > today.getYear()) {
                continue;
            }
            for (int j = Math.max(0, m.start() - 3); j < m.start(); j++) {
                int[] span = SEASONS.get(words.get(j));
                if (span == null) {
                    continue;
                }
                long least = ChronoUnit.MONTHS.between(YearMonth.of(m.value(), span[1]), now);
                long most = ChronoUnit.MONTHS.between(YearMonth.of(m.value(), span[0]), now);
                if (least > WINDOW_MONTHS) {
                    return Optional.of(false);
                }
                return most <= WINDOW_MONTHS ? Optional.of(true) : Optional.empty();
            }
        }
        return Optional.of(true);
    }
}
