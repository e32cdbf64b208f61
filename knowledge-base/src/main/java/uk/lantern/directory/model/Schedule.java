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

    /**
     * The weekdays named in {@code byday}. Monthly forms such as {@code 2MO} or {@code -1FR}
     * still count as that weekday, because the filter asks "does it ever run on a Monday".
     */
    public Set<DayOfWeek> days() {
        if (byday == null || byday.isBlank()) {
            return Set.of();
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : byday.split(",")) {
            String code = part.trim().toUpperCase(Locale.ROOT).replaceAll("^[-+]?\\d+", "");
            dayFromCode(code).ifPresent(days::add);
        }
        return days.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(days);
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
