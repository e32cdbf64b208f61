package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * Round 9b (2026-12-01): yes/no answers that leave the question open and that earlier rounds
 * read as a plain yes or no. Each was misread by the twelfth outsiders' set (v12) or by the
 * team's round-9b answers; a careful reader would ask again:
 * <ul>
 *   <li>a bare hedge ("a bit", "a little bit") to a yes/no question, and "mostly" or "most of the
 *       time" to whether one feels safe or to hardship (an earlier set read "mostly" to safety as a
 *       yes; two sets disagreeing is itself a reason to ask);</li>
 *   <li>a condition said to be controlled ("diabetes but it's controlled") to a long-term
 *       condition that limits daily life;</li>
 *   <li>someone else's view set against the person's own ("my wife says yes, I say no");</li>
 *   <li>a club or group one used to go to, not lately ("not been for a while");</li>
 *   <li>people there, but not really someone to talk to ("there's people but not really").</li>
 * </ul>
 */
final class OpenHedges {

    /** A whole answer that says only "to some degree". */
    private static final Set<String> BARE_HEDGES = Set.of("a bit", "a little", "a little bit", "bit", "little bit",
            "slightly", "somewhat", "a tad", "a touch", "a wee bit", "just a bit", "just a little", "a bit i suppose",
            "a little i suppose");
    /** Questions about safety or hardship, where "mostly" is not enough to record a yes. */
    private static final Set<String> SAFETY_OR_HARDSHIP = Set.of("feel_safe_at_home", "cold_home", "money_worries",
            "money_stops_going_out", "thoughts_of_harm");
    private static final List<String> MOSTLY_OPENINGS = List.of("mostly", "most of the time", "mostly yes",
            "yes mostly", "mostly yeah", "yeah mostly", "most days", "usually", "generally");
    /** A condition said to be kept in check. */
    private static final List<String> CONTROLLED = List.of("its controlled", "is controlled", "well controlled",
            "under control", "kept under control", "keep it under control", "well managed", "its managed",
            "managed with tablets", "kept in check", "keeps it in check", "controlled with", "controlled by",
            "its controlled now", "all controlled");
    /** The condition's effect denied: "well controlled and doesn't stop me" is a no. */
    private static final List<String> NO_EFFECT = List.of("doesnt stop", "dont stop", "doesnt affect",
            "dont affect", "doesnt limit", "dont limit", "doesnt hold me back", "no bother", "not a problem",
            "doesnt bother", "get on fine", "no problem");
    /** Someone else's view: "my wife says", "the optician thinks", "according to the doctor". */
    private static final List<String> OTHERS_SAY = List.of("says", "reckons", "thinks", "tells me", "they say",
            "they think", "they reckon", "according to", "keeps saying");
    /** The person's own view beside it. */
    private static final List<String> OWN_VIEW = List.of("i say no", "i say yes", "i say not", "i dont think so",
            "i dont agree", "i disagree", "i think not", "i dont think i do", "i dont think im", "i think i do",
            "i think so", "i say i dont", "i say i do", "i reckon not");
    /** Having gone once: "I used to go", "not been for a while". */
    private static final List<String> USED_TO = List.of("used to", "havent been", "not been",
            "dont go as much", "not gone");
    private static final List<String> NOT_LATELY = List.of("for a while", "in a while", "in ages", "for ages",
            "lately", "recently", "for some time", "for a bit", "for a long time", "this year");
    /** Plainly given up: "used to go but not any more" stays a no. */
    private static final List<String> GIVEN_UP = List.of("any more", "anymore", "no longer", "stopped going",
            "gave up", "given up", "gave it up", "packed it in", "not now", "closed", "finished");
    /** People about, but not really to talk to. */
    private static final List<String> PEOPLE_BUT = List.of("theres people", "there are people", "there is people",
            "got people", "have people", "there are folk", "theres folk", "people around");

    /** Who else may hold a view: "the kids reckon", "my family think". */
    private static final Set<String> OTHERS = Set.of("they", "kids", "children", "family", "doctors", "people",
            "everyone", "everybody", "grandkids", "friends", "daughters", "sons", "nurses", "folk");


    /** Round 13: warm only by wrapping up ("warm enough, I wear layers"): the home may be cold. */
    private static final List<String> WRAPPED_UP = List.of("layers", "jumper", "jumpers", "cardigan", "cardigans",
            "blanket", "blankets", "hot water bottle", "wrap up", "wrapped up", "coat on", "dressing gown",
            "thermals", "extra layer", "two pairs");
    /** Round 13: a trouble that comes and goes, to a condition that limits daily life ("bad back now and then"). */
    private static final List<String> NOW_AND_THEN = List.of("now and then", "now and again", "every now and then",
            "every so often", "from time to time", "occasionally", "at times", "on and off", "off and on");
    /** ... unless it is said to limit or last: "bad back for years, limits what I can do". */
    private static final List<String> LASTING = List.of("for years", "years", "limits", "stops me", "cant",
            "every day", "all the time", "diagnosed", "since");
    /** Round 13: memory as a bare hedge ("bit forgetful"), or a test whose result is not known. */
    private static final java.util.regex.Pattern SLIGHTLY_FORGETFUL = java.util.regex.Pattern.compile(
            "^(im |i am |i get |i can be |getting )?(a )?(bit|little|little bit|touch|tad|wee bit)( of)? "
            + "(forgetful|forgetfull|forgetfulness|scatty|muddled|absent minded|dozy|dippy)( sometimes| at times| now)?$");
    private static final List<String> AWAITING = List.of("waiting on the results", "waiting for the results",
            "waiting for results", "waiting on results", "waiting to hear", "waiting to find out", "still waiting",
            "havent had the results", "no results yet", "waiting for an appointment", "waiting on an appointment");
    private static final List<String> MEMORY_TEST = List.of("memory clinic", "memory test", "memory tests",
            "memory assessment", "memory nurse", "brain scan", "sent me for", "referred me");
    /** Round 13: "I don't drive" alone: never drove, or stopped? */
    private static final java.util.regex.Pattern DONT_DRIVE = java.util.regex.Pattern.compile(
            "^(no |nope |nah )?(i )?(dont|do not|cant|cannot) drive( no| me)?$");
    /** Round 13: getting out only with someone ("only if someone takes me"): with help, not on one's own. */
    private static final java.util.regex.Pattern ONLY_IF_TAKEN = java.util.regex.Pattern.compile(
            "^(only|just) (if|when|with) (someone|somebody|my|the|a|family|they)\\b.*\\b(takes|take|drives|drive|gives|"
            + "give|picks|pick|comes|come|helps|help|lift)\\b.*");
    /** Round 13: a no, then weariness of everything ("not really, just tired of it all"): asked again. */
    private static final java.util.regex.Pattern NO_BUT_WEARY = java.util.regex.Pattern.compile(
            "^(no|nope|nah|not really|no not really|not as such)\\b.*\\b(tired of|fed up with|sick of|had enough of|"
            + "weary of|sick and tired of) (it all|everything|life|all of it|living)\\b.*");

    /** Round 14b: a saying about life at one's age, not about the last two years ("I lose people all the time at my age"). */
    private static final java.util.regex.Pattern GENERAL_SAYING = java.util.regex.Pattern.compile(
            "\\b(all the time|always|one by one|one after another|every year|at my age|at our age|my time of life|"
            + "when you get to my age|when youre my age|comes with age|comes with getting old|part of getting old)\\b");
    /**
     * ... unless a loss is named, placed in time or counted ("lost my brother, you lose people all the time at my
     * age", "too many, at my age they're all going").
     */
    private static final java.util.regex.Pattern NAMED_LOSS = java.util.regex.Pattern.compile(
            "\\b(my|our) (husband|wife|partner|son|daughter|brother|sister|mum|mother|dad|father|friend|best friend|"
            + "neighbour|nan|grandson|granddaughter|cousin|aunt|uncle|niece|nephew)\\b|\\b(last|this) (year|month|week|"
            + "spring|summer|autumn|winter|christmas)\\b|\\bago\\b|\\brecently\\b|\\blately\\b|^(yes|yeah|yep|no|nope|nah)\\b"
            // "so many, they're dropping like flies at my age": how many is the answer; the saying only explains it.
            + "|\\byes\\b|^(so many|too many|a few|a fair few|quite a few|quite a lot|a lot|loads|lots|plenty|many|several|"
            + "a couple|a number|one|two|three|four|five)\\b");
    /** Round 14b: a little of something, but managed most of the time ("a bit, my back, but I get on with it mostly"). */
    private static final java.util.regex.Pattern LITTLE_BUT_MANAGED = java.util.regex.Pattern.compile(
            "^(a bit|a little|a little bit|slightly|a touch|a tad|sort of|kind of)\\b.*\\bbut\\b.*\\b(manage|get on|get by|"
            + "cope|carry on|muddle through|get along)\\b.*\\b(mostly|most days|most of the time|usually|generally|"
            + "on the whole)\\b.*");
    /** Round 14b: having gone once, said in the past with nothing said of now ("I used to go to a lunch club"). */
    private static final java.util.regex.Pattern USED_TO_ONLY = java.util.regex.Pattern.compile(
            "^(i )?used to( go| be| belong| do| attend)?\\b.*");
    /** ... and an end said, which stays a no: "but stopped", "it shut", "before covid". */
    private static final List<String> ENDED = List.of("any more", "anymore", "no longer", "stopped", "stop",
            "gave up", "given up", "gave it up", "packed it in", "not now", "closed", "finished", "shut", "before",
            "not since", "ended", "folded", "not any", "but not", "cant now", "cant any", "too old", "no",
            // Round 15: "not been for years".
            "not been for years", "not been in years", "havent been for years", "havent been in years",
            "not gone for years", "not gone in years");
    /** Round 15: ... or the going said to go on now ("and I still do on Fridays", "now I go to the knit and natter"). */
    private static final List<String> STILL_NOW = List.of("still do", "still go", "i still", "still goes",
            "still a member", "still belong", "now i go", "now i do", "now im in", "now i belong", "these days i go",
            "nowadays i go");
    /** Round 14b: a confidant who has died ("there was my husband but he's gone now"). */
    private static final java.util.regex.Pattern CONFIDANT_GONE = java.util.regex.Pattern.compile(
            "^(there was|it was|it used to be|used to be|that was|that used to be|(my|our) [a-z]+ (was|used to be))\\b.*"
            + "\\b(gone now|(hes|shes|theyre|he is|she is|they are) gone$|passed away|passed on|passed|died|dead|"
            + "no longer with us|lost (him|her|them))\\b.*");
    /** ... unless someone else is named as there now ("but I've got my daughter now"). */
    private static final List<String> SOMEONE_NOW = List.of("ive got", "i have got", "i have", "theres", "there is",
            "i still have", "now i have", "now ive got", "i can talk to", "i talk to");
    /** Round 14b: someone who would help, but the person would not ask ("I wouldn't want to bother him"). */
    private static final java.util.regex.Pattern WOULD_NOT_BOTHER = java.util.regex.Pattern.compile(
            ".*\\b(would|could|might|will)\\b.*\\bbut\\b.*\\b(wouldnt want to|dont want to|dont like to|"
            + "wouldnt like to|hate to|dont wish to|wouldnt wish to|would hate to|dont ask|wouldnt ask|never ask|"
            + "wouldnt dream of)\\b.*\\b(bother|trouble|burden|be a nuisance|be a burden|impose|worry|ask|put on)\\b.*");
    /** Round 14b: only one needed place, nowhere else ("only to the doctors in a taxi, nowhere else"). */
    private static final java.util.regex.Pattern ONLY_ONE_PLACE = java.util.regex.Pattern.compile(
            "^(only|just)\\b.*\\b(nowhere else|not anywhere else|nowhere more|thats it|thats all|and thats it|"
            + "and thats all)$");

    private OpenHedges() {
    }

    /**
     * Round 14b (2026-12-02): yes/no answers read before the plain yes/no kinds, each misread by the
     * eighteenth outsiders' set (v18) or the team's round-14b answers: a saying about one's age to a
     * loss in the last two years, "a bit, but I manage mostly" to a limiting condition, a club one used
     * to go to with nothing said of now, someone who would help but is not to be bothered (asked again);
     * a confidant who has died, and getting out only to one needed place, nowhere else (no).
     *
     * @param question the question asked
     * @param words the answer as words, after any retraction
     * @return an unclear reading or a plain no, or empty when the answer is none of these kinds
     */
    static Optional<Interpretation> readFirst(Question question, Words words) {
        if (question.type() != AnswerType.YES_NO || words.size() == 0) {
            return Optional.empty();
        }
        String joined = words.joined();
        switch (question.id()) {
            case "recent_loss" -> {
                if (GENERAL_SAYING.matcher(joined).find() && !NAMED_LOSS.matcher(joined).find()) {
                    return Optional.of(Interpretation.unclear("I'm sorry, that sounds hard. In the last two years, "
                            + "has someone close to you died or moved into care? Yes or no?"));
                }
            }
            case "long_term_condition" -> {
                if (LITTLE_BUT_MANAGED.matcher(joined).matches() && !words.hasAny(LASTING)) {
                    return Optional.of(Interpretation.unclear("Does it limit what you can do day to day, "
                            + "even a little? Yes or no?"));
                }
            }
            case "group_member" -> {
                if (USED_TO_ONLY.matcher(joined).matches() && words.hasAny(STILL_NOW) && !words.hasAny(ENDED)
                        && !words.hasAny(NOT_LATELY)) {
                    return Optional.of(Interpretation.understood(Boolean.TRUE));
                }
                if (USED_TO_ONLY.matcher(joined).matches() && !words.hasAny(ENDED) && !words.hasAny(NOT_LATELY)) {
                    return Optional.of(Interpretation.unclear("Do you still go, or have you stopped?"));
                }
            }
            case "confidant" -> {
                if (CONFIDANT_GONE.matcher(joined).matches() && !words.hasAny(SOMEONE_NOW)) {
                    return Optional.of(Interpretation.understood(Boolean.FALSE));
                }
                if (WOULD_NOT_BOTHER.matcher(joined).matches()) {
                    return Optional.of(Interpretation.unclear("Would you feel able to go to them if you needed to? "
                            + "Yes or no?"));
                }
            }
            case "can_get_out" -> {
                if (ONLY_ONE_PLACE.matcher(joined).matches()) {
                    return Optional.of(Interpretation.understood(Boolean.FALSE));
                }
            }
            default -> {
            }
        }
        return Optional.empty();
    }

    /** "The kids reckon", "my family think": a view said by others in the plural. */
    private static boolean othersSay(Words words) {
        for (int i = 1; i < words.size(); i++) {
            if (Set.of("say", "reckon", "think").contains(words.get(i)) && OTHERS.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param question the question asked
     * @param words the answer as words, after any retraction
     * @return an unclear reading with the question asked again in other words, or empty when the
     *     answer is none of the kinds above
     */
    static Optional<Interpretation> read(Question question, Words words) {
        if (question.type() != AnswerType.YES_NO || words.size() == 0) {
            return Optional.empty();
        }
        String joined = words.joined();
        String id = question.id();
        if (BARE_HEDGES.contains(joined) && !"language_barrier".equals(id)) {
            return Optional.of(Interpretation.unclear("A little, or not really? Would you say yes or no?"));
        }
        if (SAFETY_OR_HARDSHIP.contains(id) && MOSTLY_OPENINGS.stream()
                .anyMatch(m -> joined.equals(m) || joined.startsWith(m + " "))
                && !YesNoStatements.firmlyNo(id, words)) {
            return Optional.of(Interpretation.unclear("Mostly, but not always? Is there anything that makes it "
                    + "hard at times? Would you say yes or no?"));
        }
        if ("long_term_condition".equals(id) && words.hasAny(CONTROLLED) && !words.hasAny(NO_EFFECT)) {
            return Optional.of(Interpretation.unclear("Even with it under control, does it limit what you can "
                    + "do day to day? Yes or no?"));
        }
        if ((words.hasAny(OTHERS_SAY) || othersSay(words)) && words.hasAny(OWN_VIEW)) {
            return Optional.of(Interpretation.unclear("It sounds like others see it differently from you. "
                    + "What would you say yourself, yes or no?"));
        }
        if ("group_member".equals(id) && words.hasAny(USED_TO) && words.hasAny(NOT_LATELY)
                && !words.hasAny(GIVEN_UP)) {
            return Optional.of(Interpretation.unclear("Do you still count yourself as part of it, or have you "
                    + "stopped going?"));
        }
        if ("cold_home".equals(id) && words.hasAny(WRAPPED_UP)
                && joined.matches("^(its |im |i keep |i stay |i am |keep |i get |were |we are |we keep )?(warm|warm enough"
                        + "|fine|ok|okay|alright|cosy|toasty)\\b.*")
                && !words.hasAny(List.of("cold", "freezing", "chilly", "bitter", "perishing"))) {
            return Optional.of(Interpretation.unclear("Is that warm enough without wrapping up, or is the home "
                    + "cold unless you do? Yes or no: is your home too cold?"));
        }
        if ("long_term_condition".equals(id) && words.hasAny(NOW_AND_THEN) && !words.hasAny(LASTING)
                && !joined.matches("^(no|nope|nah|not really)\\b.*")) {
            return Optional.of(Interpretation.unclear("Does it last, or limit what you can do day to day? Yes or no?"));
        }
        if ("memory_problems".equals(id) && (SLIGHTLY_FORGETFUL.matcher(joined).matches()
                || words.hasAny(MEMORY_TEST) && words.hasAny(AWAITING))) {
            return Optional.of(Interpretation.unclear("Would you say your memory is a problem for you now, "
                    + "yes or no?"));
        }
        if ("stopped_driving".equals(id) && DONT_DRIVE.matcher(joined).matches()) {
            return Optional.of(Interpretation.unclear("Did you drive before and stop in the last few years? "
                    + "If you never drove, say no."));
        }
        if ("can_get_out".equals(id) && ONLY_IF_TAKEN.matcher(joined).matches()) {
            return Optional.of(Interpretation.unclear("So only with someone else's help? Can you get out on "
                    + "your own when you want to, yes or no?"));
        }
        if ("thoughts_of_harm".equals(id) && NO_BUT_WEARY.matcher(joined).matches()) {
            return Optional.of(Interpretation.unclear("Thank you for telling me. When you feel tired of it all, do "
                    + "you ever have thoughts of harming yourself? Yes or no?"));
        }
        if ("confidant".equals(id) && words.hasAny(PEOPLE_BUT) && words.has("not")) {
            return Optional.of(Interpretation.unclear("Is there someone you could really talk to, yes or no?"));
        }
        return Optional.empty();
    }
}
