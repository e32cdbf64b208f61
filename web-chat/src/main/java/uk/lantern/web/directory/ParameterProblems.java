package uk.lantern.web.directory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;

/**
 * Reads query parameters and collects everything wrong with them, so one 400 answer lists every
 * parameter to fix. Messages say what is allowed without repeating the value sent.
 */
final class ParameterProblems {

    /** One parameter to fix. */
    record Problem(String parameter, String message) {
    }

    private final MultiValueMap<String, String> params;
    private final List<Problem> problems = new ArrayList<>();

    ParameterProblems(MultiValueMap<String, String> params) {
        this.params = params;
    }

    void add(String parameter, String message) {
        problems.add(new Problem(parameter, message));
    }

    /** Parameters this endpoint does not take are refused, so a misspelt filter is not silently ignored. */
    void onlyKnown(Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                add(name, "unknown parameter; this endpoint takes " + String.join(", ", known));
            }
        }
    }

    /** The single value of a parameter, blank taken as absent; a repeated parameter is a problem. */
    String text(String name, int maxLength) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            add(name, "give " + name + " once");
            return null;
        }
        String value = values.getFirst() == null ? null : values.getFirst().strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            add(name, name + " may be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** Every value of a repeatable parameter, also split on commas. */
    List<String> list(String name, int maxItems) {
        List<String> items = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        if (items.size() > maxItems) {
            add(name, "give at most " + maxItems + " values of " + name);
            return List.of();
        }
        return items;
    }

    Integer integer(String name, int min, int max, String unit) {
        String value = text(name, 12);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(name, name + " must be a whole number" + unit + " from " + min + " to " + max);
        return null;
    }

    Double decimal(String name, double maxInclusive, String unit) {
        String value = text(name, 12);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (d > 0 && d <= maxInclusive && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(name, name + " must be a number" + unit + " more than 0 and at most " + format(maxInclusive));
        return null;
    }

    /** A value from a fixed set, compared without case; the set's values are what the message lists. */
    <T> T choice(String name, Map<String, T> allowed) {
        String value = text(name, 20);
        if (value == null) {
            return null;
        }
        T match = allowed.get(value.toLowerCase(Locale.ROOT));
        if (match == null) {
            add(name, name + " must be one of " + String.join(", ", allowed.keySet()));
        }
        return match;
    }

    /** Throws a 400 problem detail listing every problem found, if there were any. */
    void throwIfAny(Consumer<ProblemDetail> extra) {
        if (problems.isEmpty()) {
            return;
        }
        throw invalid(problems, extra);
    }

    static ErrorResponseException invalid(List<Problem> problems, Consumer<ProblemDetail> extra) {
        int count = problems.size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                count == 1 ? "1 parameter needs correcting; see \"problems\"."
                        : count + " parameters need correcting; see \"problems\".");
        problem.setType(URI.create("/problems/invalid-parameters"));
        problem.setTitle("Some parameters need correcting");
        problem.setProperty("problems", List.copyOf(problems));
        if (extra != null) {
            extra.accept(problem);
        }
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no " + what + " with that id.");
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
