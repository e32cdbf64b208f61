package uk.lantern.web.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the worker's pages name each question, from the rule base's {@code staff-wording.json}: a
 * short label for check-answers rows and the errors shown when an answer is missing, not in the
 * right form, or out of range, written in GOV.UK style to the worker ("Enter their age in years,
 * like 82"). Loaded once at start; a missing or malformed file stops the application starting.
 */
@Component
public class StaffWording {

    static final String LOCATION = "lantern/rules/staff-wording.json";

    /**
     * One question's wording.
     *
     * @param label   short label, like "Age"
     * @param missing error when no answer is given
     * @param format  error when the answer is not a number or postcode (whole-number and postcode questions); may be null
     * @param range   error when a number is outside the question's range (whole-number questions); may be null
     */
    public record Entry(String label, String missing, String format, String range) {
    }

    private record File(String about, Map<String, Entry> questions) {
    }

    private final Map<String, Entry> questions;

    public StaffWording() {
        try (InputStream in = StaffWording.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath");
            }
            File file = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            this.questions = Map.copyOf(file.questions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every question's wording by question id. */
    public Map<String, Entry> questions() {
        return questions;
    }
}
