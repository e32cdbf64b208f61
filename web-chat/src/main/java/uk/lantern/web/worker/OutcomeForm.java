package uk.lantern.web.worker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import uk.lantern.web.records.Outcome;
import uk.lantern.web.records.ServiceChoice;
import uk.lantern.web.records.StoredScreening;

/**
 * The worker's outcome form as typed: which services were offered, which referrals were made and
 * whether the person agreed, notes, and a follow-up date in three boxes. Reading it checks every
 * field at once, in the GOV.UK way, so the worker can fix them all in one go.
 *
 * @param offered  ids of the services offered
 * @param referred ids of the services the person was referred to
 * @param agreed   whether the worker confirmed the person agreed to the referrals
 */
public record OutcomeForm(Set<String> offered, Set<String> referred, boolean agreed, String notes, String day,
        String month, String year) {

    /** Longest note kept; the page counts down to it. */
    public static final int NOTES_MAX = 2000;

    /** A field that needs correcting; {@code field} is the id of the input the error summary links to. */
    public record Problem(String field, String message) {
    }

    /** The form filled in from what is already recorded. */
    static OutcomeForm of(StoredScreening record) {
        Set<String> offered = new LinkedHashSet<>();
        record.servicesOffered().forEach(s -> offered.add(s.serviceId()));
        Set<String> referred = new LinkedHashSet<>();
        record.referrals().forEach(s -> referred.add(s.serviceId()));
        LocalDate on = record.followUpOn();
        return new OutcomeForm(offered, referred, !referred.isEmpty(), record.notes() == null ? "" : record.notes(),
                on == null ? "" : String.valueOf(on.getDayOfMonth()), on == null ? "" : String.valueOf(on.getMonthValue()),
                on == null ? "" : String.valueOf(on.getYear()));
    }

    static OutcomeForm read(MultiValueMap<String, String> form) {
        return new OutcomeForm(values(form, "offered"), values(form, "referred"),
                "yes".equals(form.getFirst("referralsAgreed")), text(form, "notes"), text(form, "followUp-day"),
                text(form, "followUp-month"), text(form, "followUp-year"));
    }

    /** Whether the service with this id is ticked as offered (for the template). */
    public boolean isOffered(String serviceId) {
        return offered.contains(serviceId);
    }

    public boolean isReferred(String serviceId) {
        return referred.contains(serviceId);
    }

    /** Every problem with the form, given the services the page listed (by id) and today's date. */
    List<Problem> problems(Map<String, String> services, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (!services.keySet().containsAll(offered)) {
            problems.add(new Problem("offered", "Choose services from the list shown"));
        }
        if (!services.keySet().containsAll(referred)) {
            problems.add(new Problem("referred", "Choose referrals from the list shown"));
        }
        if (!referred.isEmpty() && !agreed) {
            problems.add(new Problem("referralsAgreed",
                    "Confirm that the person agreed to the referrals, or untick the referrals"));
        }
        if (notes.length() > NOTES_MAX) {
            problems.add(new Problem("notes", "Notes must be " + String.format("%,d", NOTES_MAX)
                    + " characters or fewer; you have " + String.format("%,d", notes.length())));
        }
        dateProblem(today).ifPresent(problems::add);
        return problems;
    }

    /** The outcome to record; only call when {@link #problems} found none. */
    Outcome outcome(Map<String, String> services) {
        return new Outcome(choices(offered, services), choices(referred, services), !referred.isEmpty() && agreed,
                notes.isBlank() ? null : notes.strip(), followUpOn());
    }

    LocalDate followUpOn() {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private java.util.Optional<Problem> dateProblem(LocalDate today) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return problem(missing.getFirst(), "Follow-up date must include a " + String.join(" and a ", missing));
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            String first = !day.matches("\\d{1,2}") ? "day" : !month.matches("\\d{1,2}") ? "month" : "year";
            return problem(first, "Follow-up date must be a real date, for example "
                    + today.plusWeeks(4).getDayOfMonth() + " " + today.plusWeeks(4).getMonthValue() + " "
                    + today.plusWeeks(4).getYear());
        }
        LocalDate on = followUpOn();
        if (on == null) {
            return problem("day", "Follow-up date must be a real date");
        }
        if (on.isBefore(today)) {
            return problem("day", "Follow-up date must be today or in the future");
        }
        if (on.isAfter(today.plusYears(2))) {
            return problem("year", "Follow-up date must be within the next 2 years");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Problem> problem(String part, String message) {
        return java.util.Optional.of(new Problem("followUp-" + part, message));
    }

    private static List<ServiceChoice> choices(Set<String> ids, Map<String, String> services) {
        return ids.stream().filter(services::containsKey).map(id -> new ServiceChoice(id, services.get(id))).toList();
    }

    private static Set<String> values(MultiValueMap<String, String> form, String name) {
        List<String> given = form.get(name);
        Set<String> values = new LinkedHashSet<>();
        if (given != null) {
            given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(values::add);
        }
        return values;
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** Services the form may name: those suggested now and any recorded before, by id. */
    static Map<String, String> known(List<uk.lantern.web.signpost.ServiceSuggestion> suggested, StoredScreening record) {
        Map<String, String> known = new LinkedHashMap<>();
        suggested.forEach(s -> known.putIfAbsent(s.id(), s.name()));
        record.servicesOffered().forEach(s -> known.putIfAbsent(s.serviceId(), s.name()));
        record.referrals().forEach(s -> known.putIfAbsent(s.serviceId(), s.name()));
        return known;
    }
}
