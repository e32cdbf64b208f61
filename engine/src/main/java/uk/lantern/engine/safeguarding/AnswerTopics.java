package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * Round 19: the heading under which {@value #FILE} lists, one a line, the ids of the questions whose "yes" means
     * someone has died ("Have you lost someone close to you...?"): an answer there is read beside that loss.
     */
    public static final String YES_MEANS_A_DEATH = "yes_means_a_death";

    /**
     * Round 19: the words put before an answer at a {@value #YES_MEANS_A_DEATH} question so that the check reads it
     * beside the loss the question carries ("yes my wife, and I just want to be with her now"). The same on the
     * doorstep tablet ({@code deathContext} in its data).
     */
    public static final String DEATH_CONTEXT = "They died.";

    private final Map<String, List<Pattern>> byQuestion;
    private final Set<String> yesMeansADeath;

    private AnswerTopics(Map<String, List<Pattern>> byQuestion, Set<String> yesMeansADeath) {
        this.byQuestion = byQuestion;
        this.yesMeansADeath = Set.copyOf(yesMeansADeath);
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
        Set<String> yesMeansADeath = new TreeSet<>();
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
            if (ids.equals(List.of(YES_MEANS_A_DEATH))) {
                yesMeansADeath.add(line);
                continue;
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
        return new AnswerTopics(byQuestion, yesMeansADeath);
    }

    /** Round 19: the ids of the questions whose "yes" means someone has died, sorted. */
    public List<String> questionsWhoseYesMeansADeath() {
        return List.copyOf(new TreeSet<>(yesMeansADeath));
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
        return besideTheQuestionsLoss(check, questionId, message, topicChecked(check, questionId, message));
    }

    /**
     * Round 19 (the lead's decision): the question supplies context. At a question whose "yes" means a death, an
     * answer the check found no suicide concern in is read again after {@value #DEATH_CONTEXT}; when that reading
     * raises {@link Concern#BEREAVED_WISH} ("yes my wife, and I just want to be with her now"), its suicide concerns
     * are added to the result. Nothing else the context might raise is taken.
     */
    private SafeguardingResult besideTheQuestionsLoss(SafeguardingCheck check, String questionId, String message,
            SafeguardingResult found) {
        if (questionId == null || !yesMeansADeath.contains(questionId) || message == null || message.isBlank()
                || found.kinds().stream().anyMatch(k -> k.help() == Help.SUICIDE_SELF_HARM)) {
            return found;
        }
        SafeguardingResult beside = check.check(DEATH_CONTEXT + " " + message);
        if (!beside.kinds().contains(Concern.BEREAVED_WISH)) {
            return found;
        }
        Set<Concern> kinds = EnumSet.noneOf(Concern.class);
        kinds.addAll(found.kinds());
        beside.kinds().stream().filter(k -> k.help() == Help.SUICIDE_SELF_HARM).forEach(kinds::add);
        List<String> rules = new ArrayList<>(found.matchedRules());
        rules.addAll(beside.matchedRules());
        return new SafeguardingResult(true, kinds, rules, found.lookAlikes());
    }

    private SafeguardingResult topicChecked(SafeguardingCheck check, String questionId, String message) {
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
        return new SafeguardingResult(false, Set.of(), List.of(), lookAlikes);
    }
}
