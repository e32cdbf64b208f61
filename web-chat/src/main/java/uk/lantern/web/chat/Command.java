package uk.lantern.web.chat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.lantern.engine.questionnaire.Question;

/**
 * Something the person asked the chat to do rather than an answer: go back, change an answer,
 * change the place, start again, help, skip, stop or carry on.
 *
 * @param kind       what to do
 * @param questionId for {@link Kind#CHANGE}, the question whose answer to change; otherwise null
 * @param place      for {@link Kind#PLACE}, the new postcode or town when it was said with the request
 *                   ("change my postcode to ME4 6QU"); otherwise null
 */
record Command(Kind kind, String questionId, String place) {

    Command(Kind kind, String questionId) {
        this(kind, questionId, null);
    }

    enum Kind { BACK, CHANGE, PLACE, RESTART, HELP, SKIP, STOP, CONTINUE }

    /** Asking to give the place again ("change my postcode", "my postcode is wrong"), at any point. */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:can i |could i |i want to |i'd like to |i would like to |please |let me )?(?:change|correct|fix|update)"
                    + " (?:my |the )?(?:postcode|post code|town|place|address|area)(?: please)?$"
                    + "|^(?:my |that |that's |that is )?(?:the )?(?:postcode|post code|town) (?:is |was )?wrong$"
                    + "|^wrong (?:postcode|post code|town)$");

    /**
     * Round 16b (x7): a place to be corrected, said in a sentence ("can you change my postcode to ME4 6QU please",
     * "oh sorry, I should have given you the postcode, it's ME4 6QU"): a place word with a word of putting right.
     */
    private static final Pattern PLACE_WORD = Pattern.compile("\\b(?:postcode|post code|town|address)\\b");
    private static final Pattern PUTTING_RIGHT = Pattern.compile("\\b(?:change|correct|fix|update|amend|wrong"
            + "|should have|should've|shouldve|meant to|instead|actually|new)\\b");
    /** A change of address told to someone else ("change my address with the council"), not to the chat. */
    private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:with|council|bank|doctor|doctors|gp|surgery"
            + "|dwp|how do i|how can i|how would i)\\b");
    /** The new place, said after "to" or "it's" at the end of the request. */
    private static final Pattern NEW_PLACE = Pattern.compile("(?:\\bto|\\bit's|\\bits|\\bit is|\\bis)\\s+"
            + "([a-z0-9][a-z0-9 ,'-]*?)(?:\\s*,?\\s*(?:please|thanks|thank you|ta))?$");
    /**
     * The shape of a full or partial UK postcode in lower case ("me4", "me4 6qu", "me46qu"), one piece shared by
     * {@link #POSTCODE} and {@link #OWN_CODE_SAID}.
     */
    private static final String CODE_SHAPE = "[a-z]{1,2}[0-9][a-z0-9]?(?:\\s*[0-9][a-z]{2})?";
    /** A full or partial UK postcode anywhere in the request. */
    private static final Pattern POSTCODE = Pattern.compile("\\b(" + CODE_SHAPE + ")\\b");

    /**
     * Round 18 (a22): one's own postcode said plainly as the whole message ("my postcode is ME4 6QU", "by the way, our
     * post code's ME4 6QU thanks"): a place given at any point, taken as a change of place. Not someone else's ("my
     * daughter's postcode is ...") nor with more said after it ("... but I'm staying with my son").
     */
    private static final Pattern OWN_CODE_SAID = Pattern.compile("^(?:(?:oh|sorry|btw|by the way|also|and|ps)[,.]? )?"
            + "(?:my|our) (?:full )?(?:postcode|post code)(?: is|'s|s)(?: now| actually)?:? "
            + "(" + CODE_SHAPE + ")(?:,? (?:please|thanks|thank you|ta))?$");

    /** Round 16b (x7): a request to change the place said in a sentence, with the new place when given. */
    private static Command placeInSentence(String t, String typed) {
        Matcher own = OWN_CODE_SAID.matcher(t);
        if (own.matches()) {
            return new Command(Kind.PLACE, null, own.group(1).toUpperCase(Locale.UK));
        }
        if (t.length() > 200 || !PLACE_WORD.matcher(t).find() || !PUTTING_RIGHT.matcher(t).find()
                || ELSEWHERE.matcher(t).find()) {
            return null;
        }
        Matcher code = POSTCODE.matcher(t);
        if (code.find()) {
            return new Command(Kind.PLACE, null, code.group(1).toUpperCase(Locale.UK));
        }
        Matcher after = NEW_PLACE.matcher(t);
        if (after.find() && !PLACE_WORD.matcher(after.group(1)).find()
                && !after.group(1).matches("(?:wrong|not right|incorrect|out of date|old|different)\\b.*")) {
            // as typed where the lower-case reading lines up with it ("Chatham", not "chatham")
            String place = typed.length() >= after.end(1) ? typed.substring(after.start(1), after.end(1)) : after.group(1);
            return new Command(Kind.PLACE, null, place.strip());
        }
        boolean request = t.matches(".*\\b(?:change|correct|fix|update|amend)\\b.*")
                || t.matches(".*\\b(?:postcode|post code|town|address) (?:is |was )?wrong\\b.*");
        return request ? new Command(Kind.PLACE, null) : null;
    }

    private static final Pattern CHANGE = Pattern.compile(
            "^(?:can i |could i |i want to |i'd like to |i would like to |please )?change (?:my )?answer(?: to| about| for)?(?: the)?(?: question)?(?: about)?\\s*(.*)$");
    private static final Set<String> SMALL_WORDS = Set.of("the", "a", "an", "my", "your", "you", "do", "did", "have",
            "how", "what", "which", "about", "to", "of", "in", "is", "are", "or", "and", "one", "question", "answer");

    /** Reads a command from typed text or a quick-reply value, or null when the text is not one. */
    static Command read(String text, List<Question> questions) {
        String t = text.strip().toLowerCase(Locale.UK).replaceAll("[.!?]+$", "").replace('\u2019', '\'').strip();
        switch (t) {
            case "back", "go back", "previous", "previous question", "back please", "go back please", "undo":
                return new Command(Kind.BACK, null);
            case "start again", "restart", "start over", "begin again", "start again please", "from the beginning":
                return new Command(Kind.RESTART, null);
            case "help", "help me", "help please", "why", "why do you ask", "why are you asking", "what does that mean",
                 "i don't understand the question", "i dont understand the question", "explain":
                return new Command(Kind.HELP, null);
            case "skip", "skip this", "skip this one", "skip it", "pass", "i'd rather not say", "rather not say",
                 "i'd rather not", "prefer not to say", "i would rather not say":
                return new Command(Kind.SKIP, null);
            case "stop", "quit", "exit", "end", "goodbye", "bye", "stop please", "i want to stop", "stop now",
                 "stop for now", "that's enough", "no more":
                return new Command(Kind.STOP, null);
            case "continue", "carry on", "go on", "keep going", "let's carry on", "lets carry on", "ready", "i'm ready",
                 "im ready":
                return new Command(Kind.CONTINUE, null);
            default:
                break;
        }
        if (PLACE.matcher(t).matches()) {
            return new Command(Kind.PLACE, null);
        }
        Command placeSaid = placeInSentence(t, text.strip());
        if (placeSaid != null) {
            return placeSaid;
        }
        Matcher change = CHANGE.matcher(t);
        if (change.matches()) {
            return new Command(Kind.CHANGE, bestMatch(change.group(1), questions));
        }
        return null;
    }

    /** The question whose wording or id shares most words with what the person said, or null. */
    private static String bestMatch(String words, List<Question> questions) {
        Set<String> wanted = contentWords(words);
        if (wanted.isEmpty()) {
            return null;
        }
        String best = null;
        int bestScore = 0;
        for (Question q : questions) {
            Set<String> theirs = contentWords(q.text() + " " + q.id().replace('_', ' '));
            int score = 0;
            for (String w : wanted) {
                if (theirs.contains(w) || theirs.stream().anyMatch(x -> x.length() > 3 && w.length() > 3
                        && (x.startsWith(w) || w.startsWith(x)))) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = q.id();
            }
        }
        return best;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.UK).split("[^a-z0-9]+")));
        words.removeIf(w -> w.isEmpty() || SMALL_WORDS.contains(w));
        return words;
    }
}
