package uk.lantern.rules.safeguarding.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lantern.engine.safeguarding.Help;

/**
 * One row of a corpus file: {@code family<TAB>expect<TAB>message}. {@code expect} is
 * {@value #NONE} for a look-alike, otherwise the label of the {@link Help} the message needs;
 * this is the one place those labels are read ({@link Help#ofLabel}).
 *
 * @param file     the corpus file's name, for messages about a bad row
 * @param line     the line number in that file, from 1
 * @param family   the family the writer put the message in ("method_seeking", "idiom"...)
 * @param expected the help it needs, empty for a look-alike
 * @param message  the message as a person would type it
 */
record CorpusMessage(String file, int line, String family, Optional<Help> expected, String message) {

    static final String NONE = "none";
    static final String HEADER = "family\texpect\tmessage";

    boolean needsHelp() {
        return expected.isPresent();
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + family + " [" + expected.map(Help::label).orElse(NONE) + "] " + message;
    }

    /**
     * Reads a TSV corpus file; blank lines, lines starting with {@code #} and the header are skipped.
     *
     * @throws IllegalArgumentException naming the file and line for a row without three fields or
     *                                  with an unknown {@code expect}
     */
    static List<CorpusMessage> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<CorpusMessage> rows = new ArrayList<>();
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.strip().equals(HEADER)) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + " is not family<TAB>expect<TAB>message");
            }
            String expect = fields[1].strip();
            Optional<Help> help;
            try {
                help = expect.equals(NONE) ? Optional.empty() : Optional.of(Help.ofLabel(expect));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
            rows.add(new CorpusMessage(name, i + 1, fields[0].strip(), help, fields[2].strip()));
        }
        return List.copyOf(rows);
    }
}
