package uk.lantern.directory.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is eligible by place (coverage), kept apart from where the service sits (proximity).
 * HSDS 3.0 {@code service_area}: {@code name} is the area as the publisher wrote it ("Medway",
 * "England", "UK").
 */
public record ServiceArea(String id, String name, String description) {
    /**
     * The nation value that only an area covering all four UK nations covers: a place whose
     * postcode area crosses a border is offered UK-wide services only.
     */
    public static final String WHOLE_UK = "uk only";

    /** Area names that mean a whole nation or the whole UK, each with the nations it covers. */
    private static final Map<String, Set<String>> NATIONAL = Map.of(
            "england", Set.of("england"),
            "scotland", Set.of("scotland"),
            "wales", Set.of("wales"),
            "northern ireland", Set.of("northern ireland"),
            "great britain", Set.of("england", "scotland", "wales"),
            "united kingdom", Set.of("england", "scotland", "wales", "northern ireland"),
            "uk", Set.of("england", "scotland", "wales", "northern ireland"),
            "united kingdom and ireland", Set.of("england", "scotland", "wales", "northern ireland"),
            "national", Set.of("england", "scotland", "wales", "northern ireland"));

    /**
     * An area name as compared: lower case, "&amp;" as "and", punctuation as spaces, single
     * spaces ("Brighton &amp; Hove" and "brighton and hove" are the same key); "" for null.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String words = NOT_WORD.matcher(name.toLowerCase(Locale.UK).replace("&", " and ")).replaceAll(" ");
        return SPACES.matcher(words).replaceAll(" ").strip();
    }

    // compiled once: keys are worked out for every candidate's areas on every signposting call
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The normalised nations ({@code england}, {@code scotland}, {@code wales},
     * {@code northern ireland}) this area covers when its name means a nation or the whole UK;
     * empty for a local area.
     */
    public Set<String> nations() {
        return name == null ? Set.of() : NATIONAL.getOrDefault(key(name), Set.of());
    }

    /** True when the name means a nation or the whole UK. */
    public boolean national() {
        return !nations().isEmpty();
    }

    /**
     * True when this national area includes {@code nation} (a normalised name such as
     * {@code england}); for {@link #WHOLE_UK}, only an area covering all four nations does.
     */
    public boolean covers(String nation) {
        Set<String> nations = nations();
        return WHOLE_UK.equals(nation) ? nations.size() == 4 : nations.contains(nation);
    }
}
