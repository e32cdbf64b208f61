package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.Question;

/** How a question is put to the person, and how it is put again when an answer was unclear. */
final class QuestionPrompts {

    static final String SKIP = "skip";

    private static final List<String> STILL_UNSURE = List.of(
            "Take your time. Which of these is closest?",
            "No rush at all. Tap the one that fits best, or type it in your own words.",
            "If none fits exactly, the nearest one is fine. You can also say \"help\" to hear why I ask.");

    private QuestionPrompts() {
    }

    /** The quick replies for a question: its options, yes and no, and a skip button when it may be skipped. */
    static List<QuickReply> options(Question q) {
        List<QuickReply> options = new ArrayList<>();
        switch (q.type()) {
            case YES_NO -> {
                options.add(new QuickReply("Yes", "yes"));
                options.add(new QuickReply("No", "no"));
            }
            case SINGLE_CHOICE -> {
                for (AnswerOption o : q.options()) {
                    options.add(new QuickReply(o.label(), o.id()));
                }
            }
            default -> {
            }
        }
        if (!q.required()) {
            options.add(new QuickReply("Skip this one", SKIP));
        }
        return options;
    }

    /** The first time an answer is unclear: say why, and what kind of answer fits. */
    static String rephrase(Question q, String why) {
        String start = "I'm sorry, I didn't quite follow that." + (why == null || why.isBlank() ? "" : " " + why);
        return start + "\n\n" + q.text() + " " + hint(q);
    }

    /**
     * The second time: the question in brief, then the choices only. Round 17 (c17): the question itself is
     * repeated, so the message stands alone for a screen reader and at 200% zoom, where the question asked
     * before has scrolled away; before, it was only "Please choose one of these."
     */
    static String choicesOnly(Question q) {
        return brief(q) + " " + switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> "Please choose one of these.";
            case WHOLE_NUMBER -> "Just the number, please, for example " + example(q) + ".";
            case POSTCODE -> "Just the postcode, please, for example ME7 1AB or ME7.";
            case FREE_TEXT -> "A few words are plenty.";
        };
    }

    /**
     * Third time and after, for a question that must be answered: the question in brief, then a kind word;
     * never the same words as {@code last}.
     */
    static String stillUnsure(Question q, int count, String last) {
        String asked = brief(q) + " ";
        if (q.type() == uk.lantern.engine.questionnaire.AnswerType.WHOLE_NUMBER) {
            String a = asked + "Take your time. A number is all I need, like " + example(q) + ".";
            String b = asked + "No rush. You can type the number in figures or in words.";
            return a.equals(last) ? b : a;
        }
        for (int i = 0; i < STILL_UNSURE.size(); i++) {
            String text = asked + STILL_UNSURE.get((count + i) % STILL_UNSURE.size());
            if (!text.equals(last)) {
                return text;
            }
        }
        return asked + STILL_UNSURE.get(0);
    }

    /** A list of examples set off by commas inside a question (", like washing, dressing or cooking,"). */
    private static final java.util.regex.Pattern EXAMPLES_INSIDE = java.util.regex.Pattern.compile(
            ",\\s+(?:for example|like|such as)\\s[^?]*?\\s(?:or|and)\\s[^,?]*,");
    /** Examples that end a question (", for example because they died or moved into care?"). */
    private static final java.util.regex.Pattern EXAMPLES_AT_END = java.util.regex.Pattern.compile(
            ",\\s+(?:for example|like|such as)\\s[^?]*(?=\\?$)");

    /**
     * The question in brief, to stand alone when it is put again: its first sentence (up to the question mark)
     * without the examples in it ("How many everyday tasks do you have difficulty with?"). The whole text when
     * that leaves too little.
     */
    static String brief(Question q) {
        String text = q.text().strip();
        int mark = text.indexOf('?');
        String first = mark > 0 ? text.substring(0, mark + 1) : text;
        String shorter = EXAMPLES_AT_END.matcher(EXAMPLES_INSIDE.matcher(first).replaceAll("")).replaceAll("");
        return shorter.length() >= 12 ? shorter : first;
    }

    private static String hint(Question q) {
        return switch (q.type()) {
            case YES_NO -> "You could say yes or no.";
            case SINGLE_CHOICE -> "You could say " + labels(q) + ".";
            case WHOLE_NUMBER -> "Please give a number, like " + example(q) + ".";
            case POSTCODE -> "Please type your postcode, like ME7 1AB, just the first part, like ME7, or your town, like Gillingham.";
            case FREE_TEXT -> "Please tell me in a few words.";
        } + (q.required() ? "" : " Or say \"skip\".");
    }

    private static String labels(Question q) {
        List<String> labels = q.options().stream().map(o -> "\"" + o.label() + "\"").toList();
        if (labels.size() < 2) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }

    private static String example(Question q) {
        return "age".equals(q.id()) ? "78" : q.min() != null && q.min() > 0 ? String.valueOf(q.min() + 1) : "2";
    }
}
