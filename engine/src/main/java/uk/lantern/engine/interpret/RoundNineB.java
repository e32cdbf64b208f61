package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * Round 9b (2026-12-01): plain answers the twelfth outsiders' set (v12) found asked again, read
 * by kind (see docs/interpretation.md, "Round 9b"):
 * <ul>
 *   <li>"not at the moment", "not right now" to a yes/no question: a no;</li>
 *   <li>"not more than usual" to low mood or money: a no (set beside one's own usual, not beside
 *       others, which round 8 asks again);</li>
 *   <li>"my english not so good": a language difficulty, yes;</li>
 *   <li>a disabled son or daughter living with the person: a carer, yes;</li>
 *   <li>to how often one feels so: "some days yes some days no" is some of the time, and an
 *       opening "never" followed by a reason ("never, I'm out and about every day") is the
 *       opening's reading;</li>
 *   <li>"divorced twice, single now": divorced; "none, it never happened for us" to children: none.</li>
 * </ul>
 */
final class RoundNineB {

    /** "Not at the moment": a no now, whatever later. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "^(no |nope |nah )?(not|no) (at the moment|right now|at present|presently|currently|just now|now|at this time|these days)$");
    /** Set beside one's own usual: "not more than usual", "no more than normal". */
    static final List<String> THAN_USUAL = List.of("than usual", "than normal", "than i usually", "than normal for me",
            "than i normally", "than ever");
    private static final Pattern NO_MORE_THAN_USUAL = Pattern.compile(
            "^(no |not really |nah )?(no|not|not any|nothing|no) (more|worse) than (usual|normal|i usually do|i normally do|normal for me)( really| i suppose| i dont think| i would say)?$");
    private static final Set<String> SET_BESIDE_USUAL = Set.of("low_mood", "money_worries", "money_stops_going_out",
            "cold_home");
    /** "My english not so good", "english isn't too good". */
    private static final Pattern ENGLISH_NOT_GOOD = Pattern.compile(
            "\\benglish (is )?(not|isnt|aint|no) (so |too |very |that |all that |really )?(good|great|well|strong)\\b");
    private static final List<String> OWN_CHILD = List.of("son", "daughter", "lad", "boy", "girl", "child",
            "grown up son", "grown up daughter", "adult son", "adult daughter");
    private static final List<String> DISABLED = List.of("learning disabilities", "learning disability", "disabled",
            "disability", "disabilities", "cerebral palsy", "autism", "autistic", "downs syndrome", "down syndrome",
            "special needs", "spina bifida");
    private static final List<String> LIVES_WITH = List.of("lives with me", "living with me", "lives with us",
            "living with us", "at home with me", "lives at home", "still at home", "still lives with", "lives here");
    /** The person cared for by where they live. */
    static final List<String> NEIGHBOURS = List.of("next door", "neighbour", "neighbor", "across the road",
            "over the road", "down the road", "up the road", "across the street", "down the street");
    private static final Pattern SOME_DAYS_YES = Pattern.compile(
            "\\bsome (days|weeks|nights|evenings|times|mornings) (yes|i do)\\b.*\\bsome (days|weeks|nights|evenings|times|mornings) (no|not|i dont)\\b");
    /** A reason after an opening never: being out and among people. */
    private static final List<String> OUT_AND_ABOUT = List.of("out and about", "see people", "see someone",
            "see folk", "always out", "always busy", "on the go", "always doing", "people around");
    /** Why there are no children: "it never happened for us", "we weren't blessed". */
    private static final List<String> NO_CHILDREN_REASON = List.of("never happened", "werent blessed",
            "never blessed", "not blessed", "never had any", "never had children", "never had kids", "couldnt have",
            "wasnt to be", "never came along");
    private static final List<String> FEELINGS = List.of("lack_companionship", "left_out", "isolated_from_others",
            "how_often_lonely");

    private RoundNineB() {
    }

    /**
     * @param question the question asked
     * @param words the answer as words, after any retraction
     * @return the yes/no reading of one of the kinds above, or empty
     */
    static Optional<Interpretation> read(Question question, Words words) {
        if (question.type() != AnswerType.YES_NO || words.size() == 0) {
            return Optional.empty();
        }
        String joined = words.joined();
        if (NOT_NOW.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if (SET_BESIDE_USUAL.contains(question.id()) && NO_MORE_THAN_USUAL.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("language_barrier".equals(question.id()) && ENGLISH_NOT_GOOD.matcher(joined).find()
                && !joined.startsWith("no ")) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("is_carer".equals(question.id()) && words.hasAny(OWN_CHILD) && words.hasAny(DISABLED)
                && words.hasAny(LIVES_WITH) && !words.hasAny(List.of("not", "no", "doesnt", "dont", "used to"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        return Optional.empty();
    }

    /**
     * @param question a single-choice question
     * @param words the answer as words
     * @return an option id read by one of the kinds above, or empty
     */
    static Optional<String> choice(Question question, Words words) {
        String joined = words.joined();
        if (FEELINGS.contains(question.id()) && SOME_DAYS_YES.matcher(joined).find()) {
            return Optional.of("some_of_the_time");
        }
        if (FEELINGS.contains(question.id()) && words.size() > 2 && words.get(0).equals("never")
                && words.hasAny(OUT_AND_ABOUT)
                && !words.hasAny(List.of("but", "except", "sometimes", "often", "lonely", "alone", "isolated"))) {
            return question.option("hardly_ever").isPresent() ? Optional.of("hardly_ever") : Optional.of("never");
        }
        if ("contact_children".equals(question.id()) && List.of("none", "no", "never").contains(words.get(0))
                && words.hasAny(NO_CHILDREN_REASON)) {
            // "None, it never happened for us": no children, so none.
            return Optional.of("none");
        }
        if ("marital_status".equals(question.id()) && words.has("divorced")
                && words.hasAny(List.of("single now", "single these days", "single again", "on my own now",
                        "single ever since", "single since"))
                && !words.hasAny(List.of("widowed", "died", "remarried", "married again", "partner now"))) {
            return Optional.of("separated_or_divorced");
        }
        return Optional.empty();
    }
}
