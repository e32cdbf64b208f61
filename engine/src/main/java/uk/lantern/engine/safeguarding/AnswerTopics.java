package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import uk.lantern.engine.CompiledRules;

/**
 * The words that answer a screening question in its own topic (round 15): "the house is freezing, I sit
 * in my coat" at "Is your home hard to keep warm...?" is the answer asked for, not a safeguarding alarm.
 *
 * <p>{@link #check} runs the safeguarding check on the whole message; when it raises a concern and the
 * question has a topic, the topic's phrases are taken out and the rest is checked again. The alarm stands
 * when the rest still raises one (a real sign beyond the topic: "the heating's off and I fell and can't
 * get up", "I'd rather freeze and be done with it"); otherwise nothing is raised, and the result's
 * {@code lookAlikes} names {@value #LOOK_ALIKE} so workers can see why. The phrases live in
 * {@value #FILE} beside the rules, apart from the shared rule files.
 */
public final class AnswerTopics {

    /** The phrases file, under {@link SafeguardingCheck#DEFAULT_LOCATION}. */
    public static final String FILE = "answer-topics.txt";

    /**
     * The heading of the phrases that keep the alarm at any question: a wish to die told in a topic's own
     * words ("let the cold take me"), never set aside as an answer.
     */
    public static final String ALWAYS_ALARM = "always_alarm";

    /** The look-alike name a result carries when an answer in the question's topic was kept quiet. */
    public static final String LOOK_ALIKE = "An answer in the question's own topic";

    private final Map<String, List<Pattern>> byQuestion;

    private AnswerTopics(Map<String, List<Pattern>> byQuestion) {
        this.byQuestion = byQuestion;
    }

    /** The topics the {@code rules} module ships ({@value #FILE}); none when the file is absent. */
    public static AnswerTopics load() {
        ClassLoader loader = AnswerTopics.class.getClassLoader();
        String path = SafeguardingCheck.DEFAULT_LOCATION + FILE;
        return loader.getResource(path) == null ? parse("") : parse(CompiledRules.readResource(loader, path));
    }

    /**
     * Reads a topics file: {@code == id id ==} headings, then one regular expression a line; {@code #}
     * starts a comment line.
     *
     * @throws IllegalArgumentException for a phrase before any heading, or one that is not a valid
     *                                  regular expression (naming its line)
     */
    public static AnswerTopics parse(String text) {
        Map<String, List<Pattern>> byQuestion = new HashMap<>();
        List<String> ids = List.of();
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("==") && line.endsWith("==")) {
                ids = List.of(line.substring(2, line.length() - 2).strip().split("\\s+"));
                continue;
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException(FILE + " line " + number + ": a phrase before any == question == heading");
            }
            Pattern phrase;
            try {
                phrase = Pattern.compile("(?<![\\w'’])" + line.replace("'", "['’]?") + "(?![\\w'’])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(FILE + " line " + number + ": not a valid pattern: " + e.getDescription(), e);
            }
            for (String id : ids) {
                byQuestion.computeIfAbsent(id, k -> new ArrayList<>()).add(phrase);
            }
        }
        return new AnswerTopics(byQuestion);
    }

    /** Whether the question has topic phrases. */
    public boolean hasTopic(String questionId) {
        return questionId != null && !ALWAYS_ALARM.equals(questionId) && byQuestion.containsKey(questionId);
    }

    /**
     * The message with the question's topic phrases taken out (each replaced by a space); the message
     * itself for a question without a topic.
     */
    public String withoutTopic(String questionId, String message) {
        String rest = message;
        for (Pattern phrase : byQuestion.getOrDefault(questionId, List.of())) {
            rest = phrase.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /**
     * Checks a message typed as the answer to a question.
     *
     * @param check      the safeguarding check
     * @param questionId the questionnaire id of the question being asked, or null (then this is
     *                   {@code check.check(message)})
     * @param message    the message as typed
     * @return the whole message's result when it raises nothing, or when what is left without the
     *         topic's words still raises a concern, or when it holds an {@value #ALWAYS_ALARM} phrase; otherwise nothing found, with {@value #LOOK_ALIKE}
     *         among the look-alikes
     */
    public SafeguardingResult check(SafeguardingCheck check, String questionId, String message) {
        SafeguardingResult whole = check.check(message);
        if (!whole.crisis() || !hasTopic(questionId)) {
            return whole;
        }
        String rest = withoutTopic(questionId, message);
        boolean keepsAlarm = byQuestion.getOrDefault(ALWAYS_ALARM, List.of()).stream()
                .anyMatch(phrase -> phrase.matcher(message).find());
        if (keepsAlarm || rest.equals(message) || check.check(rest).crisis()) {
            return whole;
        }
        List<String> lookAlikes = new ArrayList<>(whole.lookAlikes());
        lookAlikes.add(LOOK_ALIKE);
        return new SafeguardingResult(false, java.util.Set.of(), List.of(), lookAlikes);
    }
}
