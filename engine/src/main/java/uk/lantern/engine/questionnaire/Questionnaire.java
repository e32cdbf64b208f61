package uk.lantern.engine.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.questionnaire.AnswerProblem.Code;

/**
 * The screening questions in the order they are asked, and the validation of a set of answers
 * against them. Validation reports every problem at once so a form or API client can fix them
 * in one go; nothing is evaluated until the answers are valid.
 */
public final class Questionnaire {

    /** Longest free-text answer kept; longer text is refused rather than cut. */
    public static final int FREE_TEXT_MAX = 500;

    private final String version;
    private final List<Question> questions;
    private final Map<String, Question> byId;

    public Questionnaire(String version, List<Question> questions) {
        this.version = version;
        this.questions = List.copyOf(questions);
        this.byId = new LinkedHashMap<>();
        for (Question q : this.questions) {
            if (byId.put(q.id(), q) != null) {
                throw new IllegalArgumentException("Question id " + q.id() + " is defined twice");
            }
            if (q.askIf() != null && !byId.containsKey(q.askIf().question())) {
                throw new IllegalArgumentException("Question " + q.id() + " depends on " + q.askIf().question()
                        + ", which must come earlier in the questionnaire");
            }
        }
    }

    /** Reads the questionnaire file ({@code {"version": ..., "questions": [...]}}). */
    public static Questionnaire read(InputStream json) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        File file = mapper.readValue(json, File.class);
        return new Questionnaire(file.version(), file.questions());
    }

    private record File(String version, List<Question> questions) {
    }

    public String version() {
        return version;
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Checks raw answers (as decoded from JSON: strings, booleans, numbers) against the questions.
     *
     * @throws InvalidAnswersException listing every problem found
     */
    public ValidAnswers validate(Map<String, ?> raw) {
        return validate(raw, true);
    }

    /**
     * Checks the answers given so far, as {@link #validate} does but without asking for the
     * ones still to come; a conversation uses it to act on an answer as soon as it is given.
     *
     * @throws InvalidAnswersException listing every problem found
     */
    public ValidAnswers validateGiven(Map<String, ?> raw) {
        return validate(raw, false);
    }

    private ValidAnswers validate(Map<String, ?> raw, boolean complete) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (String id : raw.keySet()) {
            if (!byId.containsKey(id)) {
                problems.add(new AnswerProblem(id, Code.UNKNOWN_QUESTION,
                        "there is no question with this id"));
            }
        }
        Map<String, Answer> valid = new LinkedHashMap<>();
        for (Question q : questions) {
            Object value = raw.get(q.id());
            boolean asked = q.isAskedGiven(valid::get);
            if (!asked) {
                if (value != null) {
                    problems.add(new AnswerProblem(q.id(), Code.NOT_ASKED, "this question is only asked when "
                            + q.askIf().question() + " is " + String.join(" or ", q.askIf().anyOf())
                            + ", so it must not be answered here"));
                }
                continue;
            }
            if (value == null || (value instanceof String s && s.isBlank())) {
                if (q.required() && complete) {
                    problems.add(new AnswerProblem(q.id(), Code.REQUIRED, "an answer is required"));
                }
                continue;
            }
            Object parsed = parse(q, value);
            if (parsed instanceof AnswerProblem problem) {
                problems.add(problem);
            } else {
                valid.put(q.id(), (Answer) parsed);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return new ValidAnswers(valid);
    }

    /** Returns an {@link Answer} or the {@link AnswerProblem} that stops it being one. */
    private static Object parse(Question q, Object value) {
        return switch (q.type()) {
            case YES_NO -> parseYesNo(q, value);
            case SINGLE_CHOICE -> parseChoice(q, value);
            case WHOLE_NUMBER -> parseWholeNumber(q, value);
            case POSTCODE -> parsePostcode(q, value);
            case FREE_TEXT -> parseFreeText(q, value);
        };
    }

    private static Object parseYesNo(Question q, Object value) {
        if (value instanceof Boolean b) {
            return Answer.yesNo(q.id(), b);
        }
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(Locale.UK)) {
                case "yes":
                    return Answer.yesNo(q.id(), true);
                case "no":
                    return Answer.yesNo(q.id(), false);
                default:
                    break;
            }
        }
        return new AnswerProblem(q.id(), Code.WRONG_TYPE, "expected yes or no (true or false), got " + describe(value));
    }

    private static Object parseChoice(Question q, Object value) {
        String offered = q.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "));
        if (!(value instanceof String s)) {
            return new AnswerProblem(q.id(), Code.WRONG_TYPE,
                    "expected one of the options (" + offered + "), got " + describe(value));
        }
        return q.option(s)
                .<Object>map(o -> Answer.choice(q.id(), o.id(), o.score()))
                .orElseGet(() -> new AnswerProblem(q.id(), Code.OPTION_NOT_OFFERED,
                        "the text sent is not one of the options offered: " + offered));
    }

    private static Object parseWholeNumber(Question q, Object value) {
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else if (value instanceof BigInteger big) {
            number = big.bitLength() < 63 ? big.longValue() : Long.MAX_VALUE;
        } else {
            return new AnswerProblem(q.id(), Code.WRONG_TYPE, "expected a whole number, got " + describe(value));
        }
        if ((q.min() != null && number < q.min()) || (q.max() != null && number > q.max())) {
            return new AnswerProblem(q.id(), Code.OUT_OF_RANGE,
                    "must be between " + q.min() + " and " + q.max() + "; the number sent is outside that range");
        }
        return Answer.wholeNumber(q.id(), (int) number);
    }

    private static Object parsePostcode(Question q, Object value) {
        if (!(value instanceof String s)) {
            return new AnswerProblem(q.id(), Code.WRONG_TYPE, "expected a postcode as text, got " + describe(value));
        }
        return Postcodes.normalise(s)
                .<Object>map(p -> Answer.text(q.id(), p))
                .orElseGet(() -> new AnswerProblem(q.id(), Code.INVALID_FORMAT,
                        "not a UK postcode or outward code (for example ME7 1AB or ME7)"));
    }

    private static Object parseFreeText(Question q, Object value) {
        if (!(value instanceof String s)) {
            return new AnswerProblem(q.id(), Code.WRONG_TYPE, "expected text, got " + describe(value));
        }
        if (s.length() > FREE_TEXT_MAX) {
            return new AnswerProblem(q.id(), Code.TOO_LONG,
                    "at most " + FREE_TEXT_MAX + " characters, got " + s.length());
        }
        return Answer.text(q.id(), s.strip());
    }

    /** Names the kind of value received without echoing it back (text may be personal; numbers were typed too). */
    private static String describe(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "a whole number";
        }
        if (value instanceof Number) {
            return "a number with a fraction";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value.getClass().getSimpleName();
    }
}
