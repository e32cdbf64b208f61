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
 */
record Command(Kind kind, String questionId) {

    enum Kind { BACK, CHANGE, PLACE, RESTART, HELP, SKIP, STOP, CONTINUE }

    /** Asking to give the place again ("change my postcode", "my postcode is wrong"), at any point. */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:can i |could i |i want to |i'd like to |i would like to |please |let me )?(?:change|correct|fix|update)"
                    + " (?:my |the )?(?:postcode|post code|town|place|address|area)(?: please)?$"
                    + "|^(?:my |that |that's |that is )?(?:the )?(?:postcode|post code|town) (?:is |was )?wrong$"
                    + "|^wrong (?:postcode|post code|town)$");

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
