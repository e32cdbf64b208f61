package uk.lantern.web.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.lantern.engine.questionnaire.Postcodes;

/**
 * A question about local services asked in the middle of the chat ("is there a lunch club near
 * ME7?"): what to search for and, when one was named, where.
 *
 * @param words    the words to search the directory with, with the question words taken out
 * @param postcode a postcode or outward code named in the question, or null
 */
record ServiceQuestion(String words, String postcode) {

    private static final Pattern ASKING = Pattern.compile(
            "\\b(is there|are there|where can i|where could i|where do i|where is|can you find|could you find"
                    + "|do you know (of )?any|how do i find|how can i find|looking for|find me|i need (a|an|some)"
                    + "|i want (a|an|some)|i'd like (a|an|some)|any\\b.*\\bnear|near me|nearby|round here|around here)\\b");
    private static final Pattern SERVICE_WORDS = Pattern.compile(
            "\\b(lunch club|luncheon club|club|clubs|group|groups|befriend\\w*|transport|lift|lifts|day cent(re|er)"
                    + "|coffee morning|cafe|choir|service|services|support group|someone to (talk|visit|chat)"
                    + "|visitor|visiting|meals on wheels|bus|community|activities|exercise|walking group|carers?"
                    + "|bereavement|advice|volunteer\\w*|computer class\\w*|men'?s shed)\\b");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([a-z]{1,2}[0-9][a-z0-9]?(?:\\s*[0-9][a-z]{2})?)\\b");
    private static final Set<String> QUESTION_WORDS = Set.of("is", "are", "there", "a", "an", "any", "some", "near",
            "me", "where", "can", "could", "i", "find", "get", "the", "to", "for", "in", "around", "round", "here",
            "my", "do", "you", "know", "of", "please", "thanks", "thank", "looking", "need", "want", "how", "what",
            "nearby", "local", "area", "id", "like", "would", "anything", "something", "place", "places", "go", "it");

    /**
     * Reads a service question. Text that asks ("is there", "where can I") about something a
     * service offers is one; so is the bare name of a service ("lunch club") when the text could
     * not be read as an answer.
     */
    static Optional<ServiceQuestion> read(String text, boolean notAnAnswer) {
        String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'');
        boolean asks = ASKING.matcher(t).find();
        boolean aboutServices = SERVICE_WORDS.matcher(t).find();
        if (!aboutServices || !(asks || notAnAnswer)) {
            return Optional.empty();
        }
        String postcode = null;
        String rest = t;
        Matcher m = POSTCODE.matcher(t);
        while (m.find()) {
            Optional<String> found = Postcodes.normalise(m.group(1));
            if (found.isPresent()) {
                postcode = found.get();
                rest = rest.replace(m.group(1), " ");
                break;
            }
        }
        String words = Arrays.stream(rest.split("[^a-z0-9']+"))
                .map(w -> w.replace("'", ""))
                .filter(w -> !w.isEmpty() && !QUESTION_WORDS.contains(w))
                .collect(Collectors.joining(" "));
        return Optional.of(new ServiceQuestion(words, postcode));
    }

    static List<String> examples() {
        return List.of("is there a lunch club near ME7?", "where can I find a befriending service?");
    }
}
