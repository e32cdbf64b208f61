package uk.lantern.web.records;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;

/**
 * The doorstep's place answer ({@code postcode} question), read on the server with the place reader the chat uses
 * ({@link Gazetteer#lookup}): the worker types what the person says, a full postcode, sector, district or town
 * ("ME7 1AB", "ME7 1", "ME7", "Chatham", "Strood, Kent"). The engine takes only a postcode or outward code, so a
 * place read right is given to it as the area it resolved to (a full postcode as itself; a sector, district or town
 * as its district), and the words typed are kept beside it ({@link Resolved#placeGiven()}). A well-formed code
 * outside the tables ("ME14 5") is taken as read, as the chat takes it (the result then says Lantern does not
 * cover it yet). Anything else Lantern cannot place is refused ({@link NotKnown}), never taken silently or dropped:
 * the worker is shown it to correct (round 15, issue 13).
 */
@Component
public class PlaceAnswers {

    /** The question whose answer is the place. */
    public static final String QUESTION = "postcode";

    private final LocalServicesDirectory directory;

    public PlaceAnswers(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    /**
     * The answers to score and the place given.
     *
     * @param answers    the answers with the place answer as the engine takes it (or without it, for a town that
     *                   has no postcode district in the tables)
     * @param placeGiven the place as typed, trimmed; null when none was given
     * @param understood the place as Lantern understood it ("Chatham" for "chatam"), to say back; null when none
     */
    public record Resolved(Map<String, Object> answers, String placeGiven, String understood) {
    }

    /** A place answer Lantern cannot place: the worker corrects it or leaves it out. */
    public static final class NotKnown extends RuntimeException {
        NotKnown(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads the place answer of a screening's answers.
     *
     * @param answers the answers as posted; null or without a text {@code postcode} answer is returned as it is
     * @throws NotKnown when a place is given that Lantern cannot read as a postcode, sector, district or town it
     *                  knows, or it is longer than {@value ScreeningRecords#MAX_PLACE} characters; the message says
     *                  so in words for the worker (it holds what was typed, and is never logged)
     */
    public Resolved resolve(Map<String, Object> answers) {
        if (answers == null || !(answers.get(QUESTION) instanceof String typed) || typed.isBlank()) {
            return new Resolved(answers, null, null);
        }
        String given = typed.strip();
        if (given.length() > ScreeningRecords.MAX_PLACE) {
            throw new NotKnown("Enter a postcode or a town of " + ScreeningRecords.MAX_PLACE + " characters or fewer");
        }
        Gazetteer gazetteer = directory.gazetteer();
        PlaceLookup read = gazetteer.lookup(given);
        Optional<String> understood = gazetteer.understood(read);
        Map<String, Object> scored = new LinkedHashMap<>(answers);
        if (read instanceof PlaceLookup.Found found) {
            if (found.postcode() == null) {
                scored.remove(QUESTION);
            } else {
                scored.put(QUESTION, found.postcode().isFull() ? found.postcode().text() : found.postcode().outward());
            }
            return new Resolved(scored, given, understood.orElse(given));
        }
        if (read instanceof PlaceLookup.NotFound notFound && notFound.postcode() != null) {
            // a well-formed code the tables do not hold ("ME14 5"): taken as read, as the chat does; the result
            // then says the area is not covered yet and offers the correction
            String code = notFound.postcode().isFull() ? notFound.postcode().text() : notFound.postcode().outward();
            scored.put(QUESTION, code);
            return new Resolved(scored, given, code);
        }
        throw new NotKnown("Lantern does not know \"" + given + "\" as a postcode or a town. Check it with the "
                + "person and correct it (a postcode like ME7 1AB, its first part like ME7, or a town like Chatham), "
                + "or leave it out");
    }
}
