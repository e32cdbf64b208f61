package uk.lantern.engine.safeguarding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lantern.engine.RuleBaseException;

/**
 * What the chat says at once when a message raises a concern. The wording lives in
 * {@value #FILE} beside the safeguarding rules, in sections headed {@code == name ==}:
 * an opening line for each situation ({@code opening.self}, {@code opening.danger},
 * {@code opening.abuse}, {@code opening.someone_else}), the {@code helplines} everyone is given,
 * {@code abuse} (who else can help with abuse) and {@code continue} (the offer to carry on).
 * Immutable and thread-safe.
 */
public final class CrisisResponse {

    public static final String FILE = "crisis-response.txt";

    static final List<String> SECTIONS = List.of(
            "opening.self", "opening.danger", "opening.abuse", "opening.someone_else", "helplines", "abuse", "continue");

    private final Map<String, String> sections;

    private CrisisResponse(Map<String, String> sections) {
        for (String name : SECTIONS) {
            if (sections.getOrDefault(name, "").isBlank()) {
                throw new RuleBaseException(FILE + " has no section == " + name + " ==");
            }
        }
        this.sections = Map.copyOf(sections);
    }

    /** Loads the wording the {@code rules} module ships. */
    public static CrisisResponse load() {
        return load(SafeguardingCheck.DEFAULT_LOCATION, CrisisResponse.class.getClassLoader());
    }

    public static CrisisResponse load(String location, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(location + FILE)) {
            if (in == null) {
                throw new RuleBaseException(location + FILE + " is not on the classpath");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuleBaseException("Cannot read " + location + FILE + ": " + e.getMessage(), e);
        }
    }

    /** Reads the sectioned text; lines starting with {@code #} are notes for editors. */
    public static CrisisResponse read(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ") && line.endsWith(" ==")) {
                if (current != null) {
                    sections.put(current, String.join("\n", lines).strip());
                }
                current = line.substring(3, line.length() - 3).strip();
                lines.clear();
            } else if (current != null) {
                lines.add(line);
            }
        }
        if (current != null) {
            sections.put(current, String.join("\n", lines).strip());
        }
        return new CrisisResponse(sections);
    }

    /** The reply to a message that raised these concerns, or an empty string when there are none. */
    public String textFor(Set<Concern> kinds) {
        if (kinds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(sections.get(openingFor(kinds)));
        parts.add(sections.get("helplines"));
        if (kinds.contains(Concern.ABUSE)) {
            parts.add(sections.get("abuse"));
        }
        parts.add(sections.get("continue"));
        return String.join("\n\n", parts);
    }

    public String textFor(SafeguardingResult result) {
        return textFor(result.kinds());
    }

    private static String openingFor(Set<Concern> kinds) {
        if (kinds.contains(Concern.DANGER)) {
            return "opening.danger";
        }
        if (kinds.contains(Concern.ABUSE)) {
            return "opening.abuse";
        }
        if (kinds.equals(Set.of(Concern.THIRD_PERSON))) {
            return "opening.someone_else";
        }
        return "opening.self";
    }
}
