package uk.lantern.web.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
import uk.lantern.engine.questionnaire.Postcodes;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads the answer to the opening question, where the person lives, used only to find services
 * near them: a postcode (or its first part), a town's name, or a wish not to say.
 *
 * @param place the postcode in standard form or the town in lower case; null when the person would
 *              rather not say or nothing could be read
 * @param declined true when the person would rather not say
 */
record PlaceAnswer(String place, boolean declined) {

    static final String QUESTION = "First, so I can find services near you: what is your postcode, "
            + "or the name of your town? The first part of the postcode, like ME7, is enough. Or say \"skip\".";
    static final String WHY = "I only use this to find clubs, groups and other help near you.";
    static final String AGAIN = "I'm sorry, I didn't catch that. Please type a postcode like ME7, or a town "
            + "like Gillingham, or say \"skip\".";

    private static final Set<String> NOT_A_PLACE = Set.of("yes", "yeah", "ok", "okay", "hello", "hi", "sure", "fine",
            "what", "pardon", "why", "thanks", "thank you");
    private static final Set<String> NO_PLACE = Set.of("no", "no thanks", "no thank you", "not now", "none", "nope",
            "rather not", "i'd rather not", "id rather not", "prefer not to say");

    /** Whether something usable was read: a place, or a clear wish not to say. */
    boolean understood() {
        return place != null || declined;
    }

    /** @param postcodeQuestion the questionnaire's postcode question, when it has one, for reading postcodes in sentences */
    static PlaceAnswer read(String text, Optional<Question> postcodeQuestion, AnswerInterpreter interpreter) {
        String t = text.strip().toLowerCase(Locale.UK).replaceAll("[.!]+$", "");
        if (NO_PLACE.contains(t)) {
            return new PlaceAnswer(null, true);
        }
        Optional<String> postcode = postcodeQuestion
                .map(q -> interpreter.interpret(q, text))
                .filter(i -> i instanceof Interpretation.Understood)
                .map(i -> String.valueOf(((Interpretation.Understood) i).value()))
                .or(() -> Postcodes.normalise(text));
        if (postcode.isPresent()) {
            return new PlaceAnswer(postcode.get(), false);
        }
        String town = t.replaceFirst("^(i live in|i'm in|im in|in|near|it's|its)\\s+", "");
        if (!NOT_A_PLACE.contains(town) && town.matches("[a-z][a-z '\\-]{1,40}") && town.split(" ").length <= 4) {
            return new PlaceAnswer(town, false);
        }
        return new PlaceAnswer(null, false);
    }
}
