package uk.lantern.rules.safeguarding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.lantern.engine.safeguarding.Concern;

/**
 * One of the first hundred labelled messages, read from the corpus file {@value #FILE} (the same
 * file the wording model trains on, so there is one copy): a message, whether it is a crisis, and
 * for a crisis the concern it must raise at least, which is the row's family column
 * ({@code explicit}, {@code passive}...; {@code look_alike} for a look-alike).
 */
record LabelledMessage(String message, boolean crisis, Optional<Concern> kind) {

    static final String FILE = "/lantern/safeguarding/corpus/tuning-0.tsv";
    static final String LOOK_ALIKE = "look_alike";

    @Override
    public String toString() {
        return (crisis ? "crisis " + kind.map(Enum::name).orElse("") : "look-alike") + ": " + message;
    }

    static List<LabelledMessage> all() {
        try (InputStream in = LabelledMessage.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<LabelledMessage> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(parse(line));
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

    /** family TAB expect TAB message, where a crisis's family is its concern in lower case. */
    private static LabelledMessage parse(String line) {
        String[] fields = line.split("\t", 3);
        if (fields.length != 3) {
            throw new IllegalArgumentException("Not family<TAB>expect<TAB>message: " + line);
        }
        boolean crisis = !fields[1].equals("none");
        Optional<Concern> kind = fields[0].equals(LOOK_ALIKE) ? Optional.empty()
                : Optional.of(Concern.valueOf(fields[0].toUpperCase(Locale.ROOT)));
        if (crisis != kind.isPresent()) {
            throw new IllegalArgumentException("A crisis names its concern and a look-alike says " + LOOK_ALIKE + ": " + line);
        }
        return new LabelledMessage(fields[2], crisis, kind);
    }
}
