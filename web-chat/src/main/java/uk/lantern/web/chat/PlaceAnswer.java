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
 * @param place the postcode in standard form or the town as typed (case kept, so it is echoed as
 *              the person wrote it); null when the person would
 *              rather not say or nothing could be read
 * @param declined true when the person would rather not say
 */
record PlaceAnswer(String place, boolean declined) {

    static final String QUESTION = "First, so I can find services near you: what is your postcode, "
            + "or the name of your town? The first part of the postcode, like ME7, is enough. Or say \"skip\".";
    static final String WHY = "I only use this to find clubs, groups and other help near you.";
    static final String AGAIN = "I'm sorry, I didn't catch that. Please type a postcode like ME7, or a town "
            + "like Gillingham, or say \"skip\".";

    /**
     * Round 17 (c17): how to give a town or postcode later, said whenever there is none. The existing command
     * takes the place said with it ("change my postcode to Chatham").
     */
    static final String OFFER = "If you would like local services too, tell me your town or postcode at any time: "
            + "say \"change my postcode to\" and then it, like \"change my postcode to Chatham\".";

    /**
     * Round 17 (c17): said when the person would rather not give a place, or does not know what to give: what
     * will be shown instead, plainly, never "near you".
     */
    static final String NONE_GIVEN = "That's fine. Without a town or postcode, I'll suggest services that work "
            + "anywhere in the country, by phone or online. " + OFFER;

    /**
     * Said when the place given is not one Lantern knows: never accepted silently. The screening
     * goes on; the closing suggests only national services by phone or online until it is corrected.
     */
    static String unknown(String place) {
        // round 20 (g27, the lead's decision on issue 13): said plainly, with how to give a place Lantern can read
        return "Thank you. I couldn't find that place: I don't know \"" + place + "\" as a postcode or town in my "
                + "list, so at the end I can only suggest services that work by phone or online anywhere in the "
                + "country. I can look up a postcode like ME7, or a town like Gillingham. You can give it at any "
                + "time: say \"change my postcode\".";
    }

    /**
     * Said when the place given is a well-formed postcode, sector or district outside the area Lantern
     * covers ("ME14", "DA12 2", "SW1A 1AA"): read as itself, and said to be not covered yet, so only
     * services by phone or online anywhere in the country follow until it is corrected.
     */
    static String outside(String code) {
        return "Thank you. " + code + " is outside the area I cover so far, so at the end I can only suggest "
                + "services that work by phone or online anywhere in the country. If it isn't right, you can "
                + "correct it at any time: say \"change my postcode\".";
    }

    private static final Set<String> NOT_A_PLACE = Set.of("yes", "yeah", "ok", "okay", "hello", "hi", "sure", "fine",
            "what", "pardon", "why", "thanks", "thank you");
    private static final Set<String> NO_PLACE = Set.of("no", "no thanks", "no thank you", "not now", "none", "nope",
            "rather not", "i'd rather not", "id rather not", "prefer not to say");

    /**
     * Round 17 (c17): a place not known or not given, in a sentence ("I don't know", "rather not say", "I'd prefer not
     * to give it", "not telling you", "none of your business", "no idea"). Read only when no place is found in the
     * words (so "I don't know the postcode but I'm in Chatham" is Chatham).
     */
    private static final java.util.regex.Pattern NOT_GIVEN = java.util.regex.Pattern.compile(
            "(?:(?:no|sorry|um|oh|well),? )?(?:"
                    + "(?:i )?(?:do not|don't|dont) (?:really )?(?:know|remember)"
                    + "(?: (?:it|that|the postcode|my postcode|where (?:i|you) (?:live|are|am)))?"
                    + "|(?:i )?(?:do not|don't|dont) (?:really )?(?:want|wish|like) to (?:say|tell|give|share)"
                    + "(?: (?:it|that|you|where i live|my (?:postcode|post code|town|address)))?"
                    + "|(?:i'd |id |i would )?(?:much )?(?:rather|prefer) (?:not|to not)(?: to)?"
                    + "(?: (?:say|tell|give|share)(?: (?:it|that|you|where i live|my (?:postcode|post code|town|address)))?)?"
                    + "|(?:i'm |im |i am )?not (?:sure|telling|saying|giving it|going to say|going to tell)(?: you)?"
                    + "|(?:i've |i have )?no idea|dunno|(?:i )?(?:can't|cannot|won't|will not) (?:say|remember)"
                    + "|none of your business|mind your own business|(?:that's |it's |that is |it is )?private"
                    + ")(?:,? (?:sorry|thanks|thank you))?");

    /** Round 17 (c17): whether the words say the place is not known or not to be given, in a sentence. */
    static boolean notGiven(String text) {
        String t = text.strip().toLowerCase(Locale.UK).replace('\u2019', '\'').replaceAll("[.!?]+$", "").strip();
        return NOT_GIVEN.matcher(t).matches();
    }

    /** What the chat makes of an answer to the place question ({@link #hear}). */
    enum Heard {
        /** The person would rather not say, or does not know: no place, said without asking again. */
        DECLINED,
        /** A place the gazetteer finds, or reads as a code outside the area: kept as understood. */
        READ,
        /**
         * A place given that cannot be read (a landmark, "round the back of the co-op"; a five-digit number; a
         * malformed code, "MEZ 1AB"; a town not in the lists): kept as typed, so the closing suggests only national
         * services by phone or online, said so at once ({@link #unknown}), never asked again.
         */
        NOT_KNOWN,
        /** Words that give no place at all ("I'm in pain", "asdfgh"): asked again, at most twice. */
        UNCLEAR
    }

    /**
     * What the chat hears at the place question, and the place it keeps: the one reading the chat's dialogue and the
     * persona tests share (round 20, g27: the tests read the place with {@link #read} alone, so a place the chat keeps
     * as not known, "12345", failed them as unread).
     *
     * @param text      what the person typed
     * @param gazetteer the place reader the signposting uses
     * @return the kind of answer and the place kept (null for {@link Heard#DECLINED} and {@link Heard#UNCLEAR})
     */
    static Hearing hear(String text, Optional<Question> postcodeQuestion, AnswerInterpreter interpreter,
                        uk.lantern.directory.geo.Gazetteer gazetteer) {
        PlaceAnswer answer = read(text, postcodeQuestion, interpreter);
        uk.lantern.directory.geo.PlaceLookup read = gazetteer.lookup(text);
        // words that give no place at all ("I'm in pain", "asdfgh") are not taken for a place we don't know
        boolean noPlace = answer.place() != null
                && !(gazetteer.lookup(answer.place()) instanceof uk.lantern.directory.geo.PlaceLookup.Found)
                && "none".equals(read.reading());
        // the place as the gazetteer reads the whole message (the person's own of two places, a slip mended, a
        // code outside the area read as itself), so the chat, the closing and the records agree with the reader
        String understood = gazetteer.understood(read).orElse(null);
        if (answer.declined() && (understood == null || !notGiven(text))) {
            return new Hearing(Heard.DECLINED, null);
        } else if (understood != null) {
            return new Hearing(Heard.READ, understood);
        } else if (read instanceof uk.lantern.directory.geo.PlaceLookup.NotFound notFound && notFound.placeGiven()) {
            // a place given but not known ("123456", "I'm in Sittingbourne but my GP is in Rainham"): said so,
            // never asked again as if nothing was said, and never read as the other place named
            return new Hearing(Heard.NOT_KNOWN, text.strip());
        } else if (answer.understood() && !noPlace) {
            return new Hearing(Heard.READ, answer.place());
        }
        return new Hearing(Heard.UNCLEAR, null);
    }

    /**
     * @param heard what kind of answer it was
     * @param place the place the chat keeps: as understood, or as typed when not known; null when none
     */
    record Hearing(Heard heard, String place) {
    }

    /** Whether something usable was read: a place, or a clear wish not to say. */
    boolean understood() {
        return place != null || declined;
    }

    /** @param postcodeQuestion the questionnaire's postcode question, when it has one, for reading postcodes in sentences */
    static PlaceAnswer read(String text, Optional<Question> postcodeQuestion, AnswerInterpreter interpreter) {
        // non-breaking and other odd spaces, as phones and copied addresses send them, count as spaces
        String spaced = text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        String t = spaced.toLowerCase(Locale.UK).replaceAll("[.!]+$", "");
        if (NO_PLACE.contains(t)) {
            return new PlaceAnswer(null, true);
        }
        if (notGiven(t)) {
            return new PlaceAnswer(null, true);
        }
        if (t.matches("[a-z]{1,2}[0-9][a-z0-9]? [0-9]")) {
            return new PlaceAnswer(t.toUpperCase(Locale.UK), false); // a sector ("ME7 1"), not the district ME71
        }
        Optional<String> postcode = postcodeQuestion
                .map(q -> interpreter.interpret(q, spaced))
                .filter(i -> i instanceof Interpretation.Understood)
                .map(i -> String.valueOf(((Interpretation.Understood) i).value()))
                .or(() -> Postcodes.normalise(t));
        if (postcode.isPresent()) {
            return new PlaceAnswer(postcode.get(), false);
        }
        String town = t.replaceFirst("^(i live in|i'm in|im in|in|near|it's|its)\\s+", "");
        // a county may follow the town ("Chatham, Kent")
        if (!NOT_A_PLACE.contains(town) && town.matches("[a-z][a-z ,'\\-]{1,40}") && town.split(" ").length <= 5) {
            // the words as typed: an unknown place is echoed back in the person's own case
            String typed = spaced.replaceAll("[.!]+$", "");
            return new PlaceAnswer(typed.substring(typed.length() - town.length()), false);
        }
        return new PlaceAnswer(null, false);
    }
}
