package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lantern.engine.questionnaire.Postcodes;

/**
 * Reads a postcode written any way, alone ("me71ab") or inside a sentence ("it's me7 1ab
 * thanks"). A full postcode is preferred; an outward code alone ("ME7") is taken only when it is
 * the one candidate in the sentence.
 */
final class PostcodeReading {

    private static final Pattern FULL = Pattern.compile(
            "(?i)(?<![a-z0-9])([a-z]{1,2}[0-9][a-z0-9]?)(?:\\s*([0-9][a-z]{2})|\\s+([0-9] [a-z]{2}))(?![a-z0-9])");
    /**
     * Round 11: letter O for zero or I/l for one where the inward code's digit belongs ("me8 ohh", "ME7 IAB"), mended
     * as the places reader mends it (docs/places.md): only after an outward code with a real digit, with two letters
     * that may end a postcode (all but C, I, K, M, O, V; Royal Mail), and with nothing after but a sign or a
     * "please"/"thanks", so "ME7 one of the new builds" keeps its district.
     */
    private static final Pattern MENDED = Pattern.compile("(?i)(?<![a-z0-9])([a-z]{1,2}[0-9][a-z0-9]?)\\s?([oil])"
            + "([abd-hjlnp-uw-z]{2})(?=\\s*(?:[.,!;:]|please|thanks|thank you|ta|cheers|\\z))");
    private static final Pattern OUTWARD = Pattern.compile("(?i)(?<![a-z0-9])([a-z]{1,2}[0-9][a-z0-9]?)(?![a-z0-9])");

    /**
     * Round 12: a district's number said in words after its letters, and nothing else ("CT twenty", "me
     * seven please"): the letters and the number as the outward code.
     */
    private static final Pattern SPELT_DISTRICT = Pattern.compile(
            "(?i)^([a-z]{1,2})\\s+([a-z]+(?:[ -][a-z]+)?)[\\s.,!]*(?:please|thanks|thank you|ta|cheers)?[\\s.,!]*$");


    /**
     * Round 13: a postcode taken back ("sw1a 1aa ha, no, its E17", "L1 8JQ, no wait, M14 5RT"): what follows the
     * last "no", "sorry", "I mean" or "actually" is what was meant, when it reads as a postcode itself.
     */
    private static final Pattern TAKEN_BACK = Pattern.compile(
            "(?i)(?<![a-z0-9])(?:no|nope|sorry|i mean|actually|only joking|just joking|only kidding)(?![a-z0-9])"
            + "[\\s.,!;:]*(?:wait[\\s.,!;:]*)?(?:(?:its|it's|it is|it’s)\\s+)?");
    /** Round 13: a district's letters and number apart after a lead-in ("Post code is ME 5", "it's CT 5"). */
    private static final Pattern SPACED_DISTRICT = Pattern.compile("(?i)^(?:(?:my )?post ?code is|its|it's|it is)?\\s*"
            + "([a-z]{1,2})\\s+([0-9]{1,2})[\\s.,!]*(?:please|thanks|thank you|ta|cheers)?[\\s.,!]*$");

    private PostcodeReading() {
    }

    /** The outward code of "CT twenty", or empty when the words after the letters are not one number from 1 to 99. */
    private static Optional<String> speltDistrict(String text) {
        Matcher m = SPELT_DISTRICT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Words number = Words.of(m.group(2));
        List<NumberWords.Mention> found = NumberWords.findIn(number);
        if (found.size() != 1 || found.getFirst().start() != 0 || found.getFirst().end() != number.size()
                || found.getFirst().doubtful() || found.getFirst().value() < 1 || found.getFirst().value() > 99) {
            return Optional.empty();
        }
        return Postcodes.normalise(m.group(1) + found.getFirst().value());
    }

    static Interpretation read(String text) {
        if (text == null || text.isBlank()) {
            return Interpretation.unclear("There was no postcode to read.");
        }
        Optional<String> whole = Postcodes.normalise(text.strip());
        if (whole.isPresent()) {
            return Interpretation.understood(whole.get());
        }
        Matcher back = TAKEN_BACK.matcher(text);
        int after = -1;
        while (back.find()) {
            if (back.start() > 0 && !candidates(OUTWARD, text.substring(0, back.start())).isEmpty()) {
                after = back.end();
            }
        }
        if (after > 0 && after < text.length()
                && read(text.substring(after)) instanceof Interpretation.Understood meant) {
            return meant;
        }
        Matcher spaced = SPACED_DISTRICT.matcher(text.strip());
        if (spaced.matches()) {
            Optional<String> district = Postcodes.normalise(spaced.group(1) + spaced.group(2));
            if (district.isPresent()) {
                return Interpretation.understood(district.get());
            }
        }
        List<String> full = candidates(FULL, text);
        if (full.size() == 1) {
            return Interpretation.understood(full.get(0));
        }
        if (full.isEmpty()) {
            Matcher mended = MENDED.matcher(text.strip());
            if (mended.find()) {
                String digit = mended.group(2).equalsIgnoreCase("o") ? "0" : "1";
                Optional<String> mend = Postcodes.normalise(mended.group(1) + digit + mended.group(3));
                if (mend.isPresent()) {
                    return Interpretation.understood(mend.get());
                }
            }
            List<String> outward = candidates(OUTWARD, text);
            if (outward.size() == 1) {
                return Interpretation.understood(outward.get(0));
            }
            Optional<String> spelt = speltDistrict(text);
            if (outward.isEmpty() && spelt.isPresent()) {
                return Interpretation.understood(spelt.get());
            }
        }
        return Interpretation.unclear("I could not find one postcode in that. It looks like ME7 1AB, and the first part, like ME7, is enough.");
    }

    /** The outward and inward codes found, "ls6 3 bd" as "ls6 3bd". */
    private static String joined(Matcher matcher) {
        if (matcher.groupCount() < 2) {
            return matcher.group();
        }
        String inward = matcher.group(2) != null ? matcher.group(2) : matcher.group(3).replace(" ", "");
        return matcher.group(1) + " " + inward;
    }

    private static List<String> candidates(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Postcodes.normalise(joined(matcher)).filter(p -> !found.contains(p)).ifPresent(found::add);
        }
        return found;
    }
}
