package uk.lantern.web.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a follow-up request after the summary asks to keep (round 15, new-user trial: "What is there near me
 * that's free? I can't get on a bus" found nothing, though free help that came to her had just been shown):
 * only what is free, and only what comes to the person because they cannot get out or travel.
 *
 * @param free    the words ask for something free ("free", "costs nothing", "can't afford")
 * @param staysIn the words say the person cannot get out or travel ("I can't get on a bus", "no bus",
 *                "I don't go out", "comes to me", "at home", "housebound")
 */
record FollowUpWords(boolean free, boolean staysIn) {

    private static final Pattern FREE = Pattern.compile(
            "\\b(?:free|no cost|costs? nothing|without paying|can ?not afford|cant afford|can't afford)\\b");
    private static final Pattern STAYS_IN = Pattern.compile("\\b(?:"
            + "(?:can ?not|cant|can't|don't|dont|do not|never|unable to|not able to) (?:really )?(?:get|go|leave|travel"
            + "|walk|manage)(?: (?:out|on|onto|the|a|any|far|home|house|buses?|bus|anywhere|much|more|about))*"
            + "|no (?:bus|buses|car|transport|lift)(?:es)?|(?:comes?|coming|visits?) (?:to )?(?:me|my home|my house|"
            + "the house|at home)|at home|housebound|stuck (?:in|indoors|at home)|don't go out any ?more)\\b");

    /** The words of the two filters and of not getting out, which name no kind of help. */
    static final java.util.Set<String> FILTER_WORDS = java.util.Set.of("free", "cost", "costs", "nothing", "without",
            "paying", "afford", "cannot", "can't", "cant", "don't", "dont", "never", "unable", "able", "really", "travel",
            "walk", "manage", "leave", "home", "house", "buses", "onto", "much", "more", "comes", "coming", "visit",
            "visits", "housebound", "stuck", "indoors", "lift", "transport", "that's", "thats", "anymore", "there",
            "what", "near", "please", "bus", "car", "any", "that", "this", "have", "know", "just", "here", "with");

    /** Reads the words (null for none); neither filter for none. */
    static FollowUpWords read(String text) {
        if (text == null) {
            return new FollowUpWords(false, false);
        }
        String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'');
        return new FollowUpWords(FREE.matcher(t).find(), STAYS_IN.matcher(t).find());
    }

    /** True when either filter is asked for. */
    boolean any() {
        return free || staysIn;
    }
}
