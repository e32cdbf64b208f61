package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Round 16: yes or no answers written in the order of British Sign Language, as many Deaf people write English:
 * the topic first and then what is said of it, time words first, "finish" or "before" for what is over, no "I
 * am" or "do" ("deaf club before, close now", "money ok work have", "me drive still", "drive stop, eyes bad").
 * Read only from short answers with none of the little words ({@link #ENGLISH_FRAME}) that English sentences put
 * round such words, so ordinary answers keep their own readings; and only when the comment leans one way.
 *
 * <p>Background: BSL puts the topic before the comment and marks time at the front of a sentence, and "finish" is
 * its sign for something completed (Sutton-Spence and Woll, <i>The Linguistics of British Sign Language: An
 * Introduction</i>, Cambridge University Press, 1999).
 */
final class SignOrder {

    /** Longest answer read this way, in words (round 21: ten, for "eye bad. lipread hard now, sign far away hard"). */
    private static final int MOST_WORDS = 10;
    /** Words an English sentence would have where BSL-style English leaves them out. */
    private static final Set<String> ENGLISH_FRAME = Set.of("i", "im", "ive", "id", "am", "is", "are", "was", "were",
            "been", "do", "does", "did", "dont", "doesnt", "didnt", "the", "a", "an", "to", "of", "it", "its", "but",
            "if", "would", "could", "should", "not", "no", "yes", "never");

    /** What a comment says of its topic, for one question. */
    private record Table(List<String> topic, List<String> yes, List<String> no) {
    }

    private static final List<String> OVER = List.of("finish", "finished", "before", "stop", "stopped", "close",
            "closed", "no more", "nowhere", "gone", "none");

    private static final Map<String, Table> TABLES = Map.ofEntries(
            Map.entry("money_worries", new Table(List.of("money", "bills", "pension", "cost"),
                    List.of("hard", "tight", "problem", "struggle", "short", "big", "worry", "worried", "not enough",
                            "difficult", "bad"),
                    List.of("ok", "okay", "fine", "enough", "good", "alright", "have"))),
            Map.entry("stopped_driving", new Table(List.of("drive", "driving", "car"),
                    OVER,
                    List.of("still", "every day", "fine", "ok"))),
            Map.entry("group_member", new Table(List.of("club", "group", "church", "mosque", "temple", "chapel", "society",
                    "class", "choir"),
                    List.of("go", "every week", "member", "still", "each week", "every month"),
                    OVER)),
            Map.entry("lives_with_partner", new Table(List.of("wife", "husband", "partner"),
                    List.of("with me live", "live with me", "live together", "same house", "me live with", "live same"),
                    List.of("die", "died", "gone", "separate", "alone", "divorce", "divorced"))),
            Map.entry("can_get_out", new Table(List.of("out", "shops", "bus", "go"),
                    List.of("fine", "ok", "easy", "can", "me go"),
                    List.of("hard", "need someone", "difficult", "cant", "help need", "need help", "take me"))),
            // Round 21 (a25): "friend deaf. me tell her everything"
            Map.entry("confidant", new Table(List.of("talk", "sign", "trust", "tell"),
                    List.of("sister", "brother", "son", "daughter", "wife", "husband", "friend", "friends", "partner",
                            "mum", "family"),
                    List.of("nobody", "no one", "noone", "none"))),
            Map.entry("recent_loss", new Table(List.of("die", "died", "pass away", "passed away", "death"),
                    List.of("last year", "this year", "recent", "recently"),
                    List.of("long time", "years ago", "long ago"))),
            // Round 17: the body part first, then how it is: "me eyes bad", "me back bad, walk little only".
            Map.entry("sight_loss", new Table(List.of("eyes", "eye", "sight", "see"),
                    List.of("bad", "poor", "hard", "blurry", "blur", "worse", "not good"),
                    List.of("ok", "okay", "fine", "good", "alright"))),
            Map.entry("hearing_loss", new Table(List.of("ears", "ear", "hearing", "hear"),
                    List.of("bad", "poor", "hard", "worse"),
                    List.of("ok", "okay", "fine", "good", "alright"))),
            Map.entry("long_term_condition", new Table(List.of("back", "legs", "leg", "knee", "knees", "hip", "hips", "heart",
                    "chest", "lungs", "breathing", "walk", "walking", "body"),
                    // what the body stops, not a bad back alone ("bad back now and then" is asked again)
                    // Round 20 (a24): "back bad. walk short only"
                    List.of("little only", "walk little", "walk slow", "walk hard", "stairs hard", "no walk",
                            "short only", "walk short", "short walk"),
                    List.of("ok", "okay", "fine", "good", "alright", "strong"))),
            // Round 20 (a24): "memory bad. forget tablets"; "me safe. door camera".
            // The memory itself named: "forget names, same as anyone" is no memory problem said.
            Map.entry("memory_problems", new Table(List.of("memory"),
                    List.of("bad", "poor", "worse", "forget", "forgetting", "forgetful", "go", "gone"),
                    List.of("ok", "okay", "fine", "good", "alright", "sharp", "still good"))),
            // Round 21 (a25): "mum live with me. me help everything": who is helped, then how much.
            Map.entry("is_carer", new Table(List.of("help", "care", "look after"),
                    List.of("everything", "all", "every day", "all day", "always", "wash", "dress", "cook"),
                    List.of("sometimes only", "little only", "small", "no need", "manage", "fine"))),
            Map.entry("feel_safe_at_home", new Table(List.of("safe", "home", "house", "flat", "door"),
                    List.of("safe", "ok", "okay", "fine", "alright", "camera", "lock", "locks"),
                    List.of("scared", "scary", "afraid", "frightened", "fear", "danger", "worry", "worried"))));
    /** Round 17: the tables read from the body part and how it is, which an English negation turns round. */
    private static final Set<String> BODY = Set.of("sight_loss", "hearing_loss", "long_term_condition",
            "memory_problems");
    private static final Set<String> NEGATION = Set.of("arent", "isnt", "wasnt", "werent", "cant", "cannot", "wont",
            "havent", "hasnt", "hadnt", "wouldnt", "couldnt", "nothing", "nor");

    private SignOrder() {
    }

    /** The reading when the answer is BSL-style and its comment leans one way; empty otherwise. */
    static Optional<Boolean> read(String questionId, Words words) {
        Table table = TABLES.get(questionId);
        if (table == null || words.size() < 2 || words.size() > MOST_WORDS
                || words.tokens().stream().anyMatch(ENGLISH_FRAME::contains) || !words.hasAny(table.topic())) {
            return Optional.empty();
        }
        if (BODY.contains(questionId) && words.tokens().stream().anyMatch(NEGATION::contains)) {
            return Optional.empty();
        }
        Words said = ofItsOwnTopic(questionId, table, words);
        boolean yes = said.hasAny(table.yes());
        boolean no = said.hasAny(table.no());
        if ("group_member".equals(questionId) && no) {
            // "church before go, now stop": going is what used to be; what is over settles it.
            return Optional.of(Boolean.FALSE);
        }
        if ("stopped_driving".equals(questionId) && yes && !words.hasAny(List.of("still"))) {
            return Optional.of(Boolean.TRUE);
        }
        return yes == no ? Optional.empty() : Optional.of(yes);
    }

    /** Round 21 (a25): the other sense, whose comment is not an answer to this sense's question. */
    private static final Map<String, String> OTHER_SENSE = Map.of("sight_loss", "hearing_loss", "hearing_loss",
            "sight_loss");

    /**
     * Round 21 (a25): at the sight or hearing question, only the part about that sense when the other is named too
     * ("ears fine. eyes bad" is a no to hearing): from the first topic word of this question to the first of the
     * other sense's. The words as they are otherwise.
     */
    private static Words ofItsOwnTopic(String questionId, Table table, Words words) {
        String other = OTHER_SENSE.get(questionId);
        if (other == null) {
            return words;
        }
        List<String> tokens = words.tokens();
        List<String> otherTopic = TABLES.get(other).topic();
        int from = -1;
        for (int i = 0; i < tokens.size() && from < 0; i++) {
            if (table.topic().contains(tokens.get(i))) {
                from = i;
            }
        }
        int to = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (otherTopic.contains(tokens.get(i))) {
                if (i > from) {
                    to = Math.min(to, i);
                }
            }
        }
        int otherBefore = -1;
        for (int i = 0; i < from; i++) {
            if (otherTopic.contains(tokens.get(i))) {
                otherBefore = i;
            }
        }
        if (otherBefore < 0 && to == tokens.size()) {
            return words;
        }
        return new Words(tokens.subList(from, to));
    }

    /** Round 16b (x7): a time unit then how many times, BSL order: "month one time", "week 2 times". */
    private static final java.util.regex.Pattern UNIT_THEN_TIMES = java.util.regex.Pattern.compile(
            "\\b(day|week|fortnight|month|year) (one|1|two|2|three|3|four|4) times?\\b");
    private static final Map<String, String> TIMES = Map.of("one", "once", "1", "once", "two", "twice", "2", "twice",
            "three", "three times", "3", "three times", "four", "four times", "4", "four times");

    /**
     * Round 16b (x7): "son come sometime, month one time" is "once a month": the time unit first and then how many
     * times, as BSL orders them, put into English order for the how-often readings. Other words are kept.
     */
    static Words timesSaidAfter(Words words) {
        java.util.regex.Matcher m = UNIT_THEN_TIMES.matcher(words.joined());
        if (!m.find()) {
            return words;
        }
        String english = m.replaceAll(r -> TIMES.get(r.group(2)) + " a " + r.group(1));
        return new Words(List.of(english.split(" ")));
    }
}
