package uk.lantern.engine.interpret;

import java.util.List;

/**
 * Everyday ways of saying yes, no, or "I can't say", for yes/no questions. Longer phrases win
 * over the shorter ones inside them, so "of course not" is a no and "i dont know" is not a no.
 */
final class YesNoPhrases {

    /** NEUTRAL: wording that is neither ("no problem" is a yes to "can you get out", a no to "is it a worry"). */
    enum Leaning { YES, NO, UNSURE, NEUTRAL }

    private static final List<String> YES = List.of(
            "yes", "yeah", "yea", "yep", "yup", "aye", "ya", "y", "ok yes", "correct", "thats right", "true",
            "afraid so", "im afraid so", "i am afraid so", "sadly yes", "sadly so", "unfortunately yes",
            "unfortunately so", "i do", "i am", "i have", "i can", "i did", "it is", "they do",
            "i think so", "i believe so", "of course", "certainly", "definitely", "most definitely",
            "absolutely", "indeed", "too right", "sure", "for sure", "i would say so", "id say so",
            "you bet", "very much so", "that i do", "that i am", "yes i do", "yes please",
            "it does", "a bit", "a little", "somewhat", "i suppose so", "i guess so", "often", "always",
            "all the time", "very much", "most of the time", "unfortunately");

    private static final List<String> NO = List.of(
            "no", "nope", "nah", "n", "na", "not really", "no i dont", "i dont", "i do not", "i dont think so",
            "i do not think so", "dont think so", "not at all", "never", "not any more", "not anymore",
            "no longer", "not now", "i am not", "im not", "i havent", "i have not", "i cant", "i cannot",
            "i didnt", "it isnt", "it is not", "its not", "of course not", "certainly not", "definitely not",
            "absolutely not", "not that i know of", "not as far as i know", "none", "nothing",
            "afraid not", "im afraid not", "i am afraid not", "sadly not", "not particularly", "not much",
            "hardly", "hardly ever", "not a bit", "not in the slightest", "no way", "false", "wrong",
            "thankfully not", "luckily not", "fortunately not", "it doesnt", "they dont", "i wouldnt say so",
            "not so much", "not me", "unfortunately not", "not really no", "no thanks", "no thank you",
            "course not", "of course not no", "not that i can think of", "none that i can think of",
            "not that i know", "not often", "not very often", "rarely", "seldom", "not since", "not these days",
            "not nowadays", "not that im aware of", "not that i am aware of", "not that im aware",
            "not that ive noticed",
            "not that i have noticed", "not that i can tell", "not that i can say", "not one for", "im not one for",
            "not a joiner", "not for me", "not my thing", "no chance", "not likely", "not on your life",
            "nothing like that",
            "nothing of the sort", "not as such", "not as far as im aware", "no not really", "nah not really",
            // Round 15: a denial by memory ("not that I remember!", "not that I recall").
            "not that i remember", "not that i can remember", "not as far as i remember", "not as far as i can remember",
            "not that i recall", "not that i can recall", "none that i remember", "none that i can remember");

    /** Words that carry no yes or no of their own; what they mean depends on the question. */
    static final List<String> NEUTRAL = List.of(
            "no problem", "no problems", "no bother", "no trouble", "not a problem", "not a worry", "not an issue");

    /**
     * A yes or no said to someone else ("I said no to my friend's birthday meal"), or a word that
     * is doubt only on its own ("nobody depends on me"): no leaning of their own.
     */
    private static final List<String> NOT_AN_ANSWER = List.of("said no", "say no", "saying no", "says no",
            "said no to", "say no to", "saying no to", "said yes to", "say yes to", "depends on", "depend on",
            "depending on", "nothing left", "theres nothing left", "what it was", "what it used to be",
            "not what it was", "not what it used to be",
            // Round 12 (a new user's trial): "eyes aren't what they were" is a statement, not a plain no.
            "what they were", "what they used to be", "not what they were", "not what they used to be",
            "arent what they were", "arent what they used to be",
            // "Always" and "a little" inside a statement are not a said yes: "always warm in here",
            // "a little over two years ago"; "never married" says how, not whether, to a partner question.
            "always warm", "always cosy", "always toasty", "always lovely and warm", "always nice and warm",
            "a little over", "a bit over", "a little under", "a bit under", "a little more than", "a bit more than",
            "never married", "not married", "never wed", "not wed", "never got married", "never bothered marrying",
            "never bothered getting married", "arent married", "never bothered",
            // Round 9: "no good" is how something is, not a said no ("one eye is no good since the stroke").
            "no good", "no use", "not much good", "not much use",
            // Round 8: "nothing's ever happened round here" says why one feels safe, not a no.
            "nothing ever happened", "nothing ever happens", "nothing has ever happened");

    private static final List<String> UNSURE = List.of(
            "i dont know", "dont know", "i do not know", "dunno", "not sure", "im not sure", "i am not sure",
            "unsure", "maybe", "perhaps", "possibly", "sometimes", "it depends", "depends", "yes and no",
            "sort of", "kind of", "kinda", "a bit of both", "no idea", "i have no idea", "cant say",
            "hard to say", "who knows", "what", "why", "how", "pardon", "sorry", "what do you mean",
            "i dont understand", "could be", "might be", "on and off", "now and then", "hmm", "um", "er",
            "depends on the", "depends on how", "depends on what", "depends on whether", "depends on who");

    static final PhraseTable<Leaning> TABLE = build();

    private YesNoPhrases() {
    }

    private static PhraseTable<Leaning> build() {
        PhraseTable<Leaning> table = new PhraseTable<>();
        UNSURE.forEach(p -> table.add(p, Leaning.UNSURE));
        NEUTRAL.forEach(p -> table.add(p, Leaning.NEUTRAL));
        NOT_AN_ANSWER.forEach(p -> table.add(p, Leaning.NEUTRAL));
        YES.forEach(p -> table.add(p, Leaning.YES));
        NO.forEach(p -> table.add(p, Leaning.NO));
        return table;
    }
}
