package uk.lantern.directory.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a service runs, in the RRULE-like fields of HSDS ({@code freq}, {@code byday},
 * {@code opens_at}, {@code closes_at}) plus a description for people.
 */
public record Schedule(String id, String freq, String byday, LocalTime opensAt, LocalTime closesAt,
                       String description) {

    /** One RRULE {@code byday} part: an optional ordinal ("1" first, "-1" last) and a two-letter day. */
    private static final java.util.regex.Pattern BYDAY_PART =
            java.util.regex.Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

    private List<String> parts() {
        if (byday == null || byday.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : byday.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        return parts;
    }

    /**
     * The weekdays named in {@code byday}. Monthly forms such as {@code 1MO} (the first Monday)
     * or {@code -1FR} (the last Friday) still count as that weekday, because the filter asks
     * "does it ever run on a Monday". Parts that are not days are left out; see {@link #unknownDays()}.
     */
    public Set<DayOfWeek> days() {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : parts()) {
            java.util.regex.Matcher m = BYDAY_PART.matcher(part);
            if (m.matches()) {
                dayFromCode(m.group(2)).ifPresent(days::add);
            }
        }
        return days.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(days);
    }

    /** The parts of {@code byday} that are not RRULE days (e.g. "XX", "9MO", "Monday"), for problems. */
    public List<String> unknownDays() {
        return parts().stream().filter(p -> !BYDAY_PART.matcher(p).matches()).toList();
    }

    /**
     * The days in words, in the order given: "Mondays" for a plain day, "the first Monday" or
     * "the last Friday" for a day with an ordinal.
     */
    public List<String> dayPhrases() {
        List<String> phrases = new ArrayList<>();
        for (String part : parts()) {
            java.util.regex.Matcher m = BYDAY_PART.matcher(part);
            if (!m.matches()) {
                continue;
            }
            String name = dayFromCode(m.group(2)).orElseThrow().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
            if (m.group(1) == null) {
                phrases.add(name + "s");
            } else {
                int n = Integer.parseInt(m.group(1).replace("+", ""));
                String ordinal = n > 0 ? ORDINALS[n - 1] : n == -1 ? "last" : ORDINALS[-n - 1] + " to last";
                phrases.add("the " + ordinal + " " + name);
            }
        }
        return phrases;
    }

    public static java.util.Optional<DayOfWeek> dayFromCode(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() < 2) {
            return java.util.Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(c.substring(0, 2))) {
                return java.util.Optional.of(day);
            }
        }
        return java.util.Optional.empty();
    }

    /** The two-letter iCal code of a day (MO, TU, ...). */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
