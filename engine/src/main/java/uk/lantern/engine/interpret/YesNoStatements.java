package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A yes or a no carried by a sentence rather than said: "my husband died last year" answers
 * "have you lost someone close to you in the last two years?" with yes; "I'm a bit deaf" answers
 * the hearing question with yes; "I'm housebound" answers "can you get to the places you want
 * to go?" with no. Each question has its own plain statements; one is taken only when nothing
 * in the sentence negates it ("nobody has died" is not a yes) and the sentence holds no yes or
 * no of its own.
 */
final class YesNoStatements {

    /** What a statement means for its question. */
    private record Cues(List<String> yes, List<String> no) {
    }

    private static final Set<String> NEGATING = Set.of(
            "not", "no", "never", "dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "havent", "hasnt", "nobody",
            "nothing", "none", "noone", "without", "cant", "cannot", "wont", "used");

    private static final Map<String, Cues> BY_QUESTION = Map.ofEntries(
            Map.entry("recent_loss", new Cues(List.of(
                    "died", "passed away", "passed on", "passed", "lost my", "lost our", "death of", "funeral",
                    "buried", "bereaved", "bereavement", "widowed", "went into a home", "went into care",
                    "moved into a home", "moved into care", "in a home now", "in a care home now", "lost him", "lost her",
                    // A move into care is a loss of the everyday company of someone close.
                    "care home", "nursing home", "residential home", "into a home", "into care", "hospice"),
                    List.of("nobody", "no one", "noone", "not recently", "not lately", "not in the last two years",
                            "touch wood", "thankfully not"))),
            Map.entry("cold_home", new Cues(List.of(
                    "cold", "freezing", "chilly", "draughty", "damp", "cant afford the heating", "cant afford heating",
                    "turn the heating off", "heating off", "cut back", "wear a coat", "wrap up", "in bed to keep warm",
                    "heating is too expensive", "heating bills", "hard to keep warm", "difficult to keep warm",
                    "hard to heat", "struggle to keep warm", "cant keep warm", "cant get warm",
                    // Going without heat, said as what one does.
                    "heat one room", "heat the one room", "only heat", "blanket", "blankets", "hot water bottle",
                    "bed early", "bed to keep warm", "extra layers", "layers on", "coat on", "save on the gas",
                    "save on heating", "save on the heating", "heating on less", "rarely have the heating"),
                    List.of("warm", "toasty", "cosy", "nice and warm", "warm enough"))),
            Map.entry("money_worries", new Cues(List.of(
                    "struggle", "struggling", "skint", "hard up", "tight", "cant afford", "broke", "in debt", "debts",
                    "make ends meet", "money is tight", "pension doesnt", "barely manage", "scrimp",
                    // Going without to make money last, said as what one does.
                    "skip meals", "skipping meals", "miss meals", "make the money last", "go without", "going without",
                    "count every penny", "counting every penny", "worry about money", "worried about money",
                    "food bank", "foodbank"),
                    List.of("comfortable", "well off", "manage fine", "get by fine", "no problems with money",
                            "alright for money", "all right for money", "ok for money", "okay for money",
                            "fine for money", "not too bad", "we manage", "we get by"))),
            Map.entry("money_stops_going_out", new Cues(List.of(
                    "cant afford to go out", "cant afford it", "too expensive", "costs too much", "too dear", "cost of",
                    "cant afford", "cant pay", "cannot afford", "cannot pay", "it costs", "because it costs",
                    "the cost", "the fare", "bus fare", "no money", "short of money", "money stops me"),
                    List.of("money doesnt stop me", "money does not stop me", "not the money", "not because of money",
                            "its not money"))),
            Map.entry("long_term_condition", new Cues(List.of(
                    "arthritis", "diabetes", "copd", "emphysema", "heart condition", "bad heart", "bad back", "bad legs",
                    "bad knees", "bad hip", "walking stick", "a stick", "frame", "wheelchair", "mobility scooter",
                    "disabled", "disability", "parkinsons", "stroke", "cancer", "ms", "angina", "housebound",
                    "cant walk far", "cant get about", "struggle to walk", "breathless", "registered blind", "blind",
                    "partially sighted", "deaf", "sight loss", "epilepsy", "heart failure", "kidney", "dementia"),
                    List.of("fit as a fiddle", "healthy", "nothing wrong with me"))),
            Map.entry("sight_loss", new Cues(List.of(
                    "blind", "partially sighted", "macular", "cataract", "cataracts", "glaucoma", "cant see",
                    "eyes are bad", "eyes are going", "eyesight is poor", "eyesight is bad", "poor eyesight", "bad eyesight",
                    "struggle to see", "struggle to read", "cant read", "cannot read", "cant see the"),
                    List.of("eyes are fine", "eyesight is fine", "eyesight is good", "perfect eyesight", "see fine",
                            "eyes are good", "eyes are ok", "eyes are okay", "eyesight is ok", "eyesights fine",
                            "eyesights good", "see perfectly", "see well", "see alright"))),
            Map.entry("hearing_loss", new Cues(List.of(
                    "deaf", "hard of hearing", "cant hear", "hearing is bad", "hearing is going", "poor hearing",
                    "bad hearing", "struggle to hear", "tinnitus", "cant follow"),
                    List.of("hearing is fine", "hearing is good", "hear fine", "hear perfectly", "hearing is perfect",
                            "hearings perfect", "hearings fine", "hearings good", "hearing is ok", "hearings ok",
                            "hear well", "hear alright"))),
            Map.entry("memory_problems", new Cues(List.of(
                    "dementia", "alzheimers", "forgetful", "memory is bad", "memory is going", "memory is terrible",
                    "memory isnt", "forget things", "i forget", "keep forgetting", "bad memory", "poor memory"),
                    List.of("memory is fine", "memory is good", "sharp as a tack", "all there"))),
            Map.entry("low_mood", new Cues(List.of(
                    "depressed", "depression", "down", "low", "anxious", "anxiety", "fed up", "miserable", "sad",
                    "nervous", "worried sick", "on tablets for my nerves", "crying", "cry a lot", "i cry", "cry most days",
                    "cry every day", "tearful", "weepy", "in tears"),
                    List.of("happy", "cheerful", "content", "in good spirits", "quite happy"))),
            Map.entry("stopped_driving", new Cues(List.of(
                    "gave up driving", "given up driving", "gave up the car", "sold the car", "sold my car",
                    "lost my licence", "gave up my licence", "dont drive any more", "dont drive anymore",
                    "not allowed to drive", "stopped", "had to stop", "made me stop", "stop driving", "told me to stop",
                    "gave it up", "given it up", "had to give up"),
                    List.of("still drive", "still driving", "never drove", "never driven", "never had a car",
                            "never learned to drive", "never learnt to drive"))),
            Map.entry("can_get_out", new Cues(List.of(
                    "get the bus", "bus pass", "i drive", "still drive", "walk there", "get a lift", "my son takes me",
                    "my daughter takes me", "taxi", "no problem", "no problems", "not a problem"),
                    List.of("housebound", "stuck in", "stuck at home", "cant get out", "never get out", "trapped",
                            "prisoner", "cant walk far", "no way of getting", "no transport"))),
            Map.entry("is_carer", new Cues(List.of(
                    "i look after", "i care for", "im a carer", "i am a carer", "his carer", "her carer", "i care for him",
                    "i care for her", "full time carer", "do everything for", "i do everything for"),
                    List.of())),
            Map.entry("language_barrier", new Cues(List.of(
                    "english is not my first language", "english isnt my first language", "my english is",
                    "little english", "dont speak english", "speak a little english", "need an interpreter"),
                    List.of("english is my first language", "im english", "i am english", "speak english fine",
                            "born here", "native speaker"))),
            Map.entry("group_member", new Cues(List.of(
                    "i go to church", "go to church", "church", "chapel", "mosque", "temple", "synagogue", "gurdwara",
                    "wi", "womens institute", "u3a", "bowls", "choir", "bingo", "club", "member of", "mens shed",
                    "lunch club", "coffee morning", "darts", "golf", "group", "society", "a class", "classes", "social"),
                    List.of("used to go", "not any more", "not anymore", "no longer"))),
            Map.entry("feel_safe_at_home", new Cues(List.of("safe as houses", "perfectly safe", "quite safe", "no problem", "no problems",
                    "not a problem", "no bother", "no trouble"),
                    List.of("frightened", "scared", "afraid of", "unsafe", "threatened", "he hits", "she hits", "not since",
                            "break in", "broken into", "burgled", "burglary"))),
            // Safety first: a wish to die or to hurt oneself, said in any everyday way, is a yes.
            Map.entry("thoughts_of_harm", new Cues(List.of(
                    "ending it", "end it", "end it all", "ending my life", "end my life", "kill myself", "killing myself",
                    "hurting myself", "hurt myself", "harming myself", "harm myself", "all my tablets", "take my tablets",
                    "taking my tablets", "taking all my", "overdose", "dont want to be here", "do not want to be here",
                    "better off dead", "better off without me", "not be here", "want to die", "wish i was dead",
                    "wish i were dead", "wish i wasnt here"),
                    List.of())));

    /**
     * Questions about a difficulty, where "no problem" or "not a problem" is a no. Elsewhere it
     * means what the question's own cues say ("can you get out?": yes), or nothing.
     */
    private static final Set<String> ABOUT_A_DIFFICULTY = Set.of("cold_home", "money_worries",
            "money_stops_going_out", "long_term_condition", "sight_loss", "hearing_loss", "memory_problems",
            "low_mood", "language_barrier");

    private YesNoStatements() {
    }

    /** The yes or no the sentence carries for the question, or empty when it carries neither or both. */
    static Optional<Boolean> read(String questionId, Words words, LocalDate today) {
        Cues cues = BY_QUESTION.get(questionId);
        if (cues == null) {
            return Optional.empty();
        }
        boolean yes = saysPlainly(words, cues.yes());
        boolean no = saysPlainly(without(words, cues.yes()), cues.no())
                || (ABOUT_A_DIFFICULTY.contains(questionId) && saysPlainly(without(words, cues.yes()), YesNoPhrases.NEUTRAL));
        if (yes == no) {
            return Optional.empty();
        }
        if (yes && "recent_loss".equals(questionId) && longAgo(words, today, 2)) {
            return Optional.of(Boolean.FALSE);
        }
        if (yes && "recent_loss".equals(questionId) && forYears(words) > 2) {
            // "in a care home, she has been for five years": how long, not when; asked again.
            return Optional.empty();
        }
        // "In the last few years": more than five years ago is not.
        if (yes && "stopped_driving".equals(questionId) && longAgo(words, today, 5)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.of(yes);
    }

    /** The words with every yes cue taken out, so "hard to keep warm" is not also read as "warm". */
    private static Words without(Words words, List<String> cues) {
        String joined = " " + words.joined() + " ";
        for (String cue : cues) {
            joined = joined.replace(" " + cue + " ", " , ");
        }
        return Words.of(joined);
    }

    /** A cue appears with no negating word before it in the sentence. */
    private static boolean saysPlainly(Words words, List<String> cues) {
        String joined = " " + words.joined() + " ";
        for (String cue : cues) {
            int at = joined.indexOf(" " + cue + " ");
            if (at >= 0) {
                Words before = Words.of(clauseBefore(withoutOpeningNo(joined.substring(0, at))));
                if (before.tokens().stream().noneMatch(NEGATING::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The N of "for N years", or 0. */
    private static int forYears(Words words) {
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            if (m.start() > 0 && words.get(m.start() - 1).equals("for") && m.end() < words.size()
                    && words.get(m.end()).equals("years")) {
                return m.value();
            }
        }
        return 0;
    }

    /**
     * An answer's opening "no" is a said no ("no, I stopped last year"), not a negation of what
     * follows, so the sentence is seen to say both and is asked again.
     */
    private static String withoutOpeningNo(String before) {
        String trimmed = before.strip();
        return trimmed.startsWith("no ") && !trimmed.startsWith("no one ") ? trimmed.substring(3) : before;
    }

    /**
     * The part of the sentence before a cue that belongs to its clause: a negation before
     * "because" or "but" ("I don't go to the club any more because it costs") is about
     * something else.
     */
    private static String clauseBefore(String before) {
        String clause = " " + before + " ";
        for (String joint : List.of(" because ", " cos ", " coz ", " but ")) {
            int at = clause.lastIndexOf(joint);
            if (at >= 0) {
                clause = clause.substring(at + joint.length());
            }
        }
        return clause;
    }

    /**
     * Something more than {@code years} years ago: "ten years ago", "in 2015", "a long time ago".
     * The recent loss question asks about the last two years, the driving one the last few.
     */
    private static boolean longAgo(Words words, LocalDate today, int years) {
        if (words.has("long time ago") || words.has("years and years") || words.has("many years ago")
                || words.has("donkeys years")) {
            return true;
        }
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            boolean yearsAgo = m.end() + 1 < words.size() && words.get(m.end()).equals("years")
                    && words.get(m.end() + 1).equals("ago");
            if (yearsAgo && m.value() > years) {
                return true;
            }
            if (m.value() >= 1900 && m.value() <= today.getYear() - years - 1) {
                return true;
            }
        }
        return false;
    }
}
