package uk.lantern.rules.safeguarding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lantern.engine.safeguarding.Concern;

/**
 * One row of {@code safeguarding/labelled-messages.csv}: a message, whether it is a crisis, and
 * for a crisis the concern it must raise at least.
 */
record LabelledMessage(String message, boolean crisis, Optional<Concern> kind) {

    static final String FILE = "/safeguarding/labelled-messages.csv";

    @Override
    public String toString() {
        return (crisis ? "crisis " + kind.map(Enum::name).orElse("") : "look-alike") + ": " + message;
    }

    static List<LabelledMessage> all() {
        try (InputStream in = LabelledMessage.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<LabelledMessage> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(parse(line));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
    }

    static List<LabelledMessage> crises() {
        return all().stream().filter(LabelledMessage::crisis).toList();
    }

    static List<LabelledMessage> lookAlikes() {
        return all().stream().filter(m -> !m.crisis()).toList();
    }

    /** message,label,kind where the message may be in double quotes (to hold commas). */
    private static LabelledMessage parse(String line) {
        String message;
        String rest;
        if (line.startsWith("\"")) {
            int close = line.indexOf('"', 1);
            message = line.substring(1, close);
            rest = line.substring(close + 2);
        } else {
            int comma = line.indexOf(',');
            message = line.substring(0, comma);
            rest = line.substring(comma + 1);
        }
        String[] labelAndKind = rest.split(",");
        boolean crisis = switch (labelAndKind[0]) {
            case "crisis" -> true;
            case "benign" -> false;
            default -> throw new IllegalArgumentException("Label must be crisis or benign: " + line);
        };
        Optional<Concern> kind = labelAndKind[1].equals("none") ? Optional.empty() : Optional.of(Concern.valueOf(labelAndKind[1]));
        if (crisis != kind.isPresent()) {
            throw new IllegalArgumentException("A crisis names its kind and a look-alike says none: " + line);
        }
        return new LabelledMessage(message, crisis, kind);
    }
}
