package uk.lantern.web.signpost;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.lantern.directory.model.Service;

/**
 * A request in the person's own words for help with being Deaf or hard of hearing ("deaf club near
 * me? BSL interpreter?", "any sign language group"), round 15 (new-user trial: such a request brought
 * older people's lunch clubs, which matched only "club"). Such a request is answered only with
 * services for sight and hearing loss: those tagged with the {@code sensory_support} need.
 */
public final class DeafRequest {

    /** The need a service for sight or hearing loss is tagged with. */
    static final String SENSORY_NEED = "sensory_support";

    /**
     * Words that ask for deaf or hearing help, whole words, any case. A bare "interpreter" or "signing" is
     * not one: it may be a spoken language's interpreter or signing up.
     */
    private static final Pattern DEAF_WORDS = Pattern.compile("\\b(?:deaf\\w*|bsl|sign\\s+language|"
            + "hard\\s+of\\s+hearing|hearing(?:\\s+(?:aids?|loss|impair\\w*))?|lip\\s*-?\\s*read\\w*)\\b");

    private DeafRequest() {
    }

    /** True when the words (null for none) ask for deaf, BSL or hearing help. */
    public static boolean asks(String words) {
        return words != null && DEAF_WORDS.matcher(words.toLowerCase(Locale.UK)).find();
    }

    /** True for a service for sight or hearing loss ({@value #SENSORY_NEED}). */
    static boolean fits(Service s) {
        return s.needs().contains(SENSORY_NEED);
    }
}
