package uk.lantern.engine.interpret;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question asked back about the question: "my dog died in the spring, does that count?",
 * "does the pub quiz count?", "is that a group?". The person is unsure whether what they name
 * is what the question means, so it is no answer either way and is asked again (round 7: the
 * eighth sealed set had two such questions read as a yes).
 */
final class QuestionBack {

    /**
     * Where a question asked back begins: the start of the text or of a clause, so "I do count my
     * blessings" asks nothing.
     */
    private static final String CLAUSE_OPENS = "(^|[.,;:!?-]\\s*|\\b(and|but|so|or|oh|well)\\s+)";
    /**
     * "Does that count", "would the bowls count", "do neighbours count as friends": a verb that
     * asks, then "count" within the same clause. Not "I can count on my daughter" (relying on
     * someone) nor "four if you count the lodger" (no asking verb).
     */
    private static final Pattern DOES_IT_COUNT = Pattern.compile(CLAUSE_OPENS
            + "(does|do|did|would|will|could|should|is|are)\\b[^.,;!?]{0,40}?\\bcounts?\\b(?! on\\b)");
    /** "Is that a group?", "would that be a club?": asking what the thing named is. */
    private static final Pattern IS_THAT_ONE = Pattern.compile(CLAUSE_OPENS
            + "(is|would) (that|this) (be )?(a|an|one|what you mean|the sort|the kind)\\b");

    /** A question mark with words after it. */
    private static final Pattern ANSWER_FOLLOWS = Pattern.compile("\\?.*[a-z0-9]", Pattern.DOTALL);

    private QuestionBack() {
    }

    /** Whether the text asks back whether something counts; false for null. */
    static boolean asks(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'');
        if (ANSWER_FOLLOWS.matcher(t).find()) {
            // "Does the dog count? Ha. Just the two of us": the answer after the question back is read.
            return false;
        }
        return DOES_IT_COUNT.matcher(t).find() || IS_THAT_ONE.matcher(t).find();
    }
}
