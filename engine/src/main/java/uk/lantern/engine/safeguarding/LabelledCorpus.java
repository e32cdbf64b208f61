package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a labelled corpus file, {@code family<TAB>expect<TAB>message} a line ({@code expect} is a
 * {@link Help#label()} or {@value #NONE}; blank lines, {@code #} comments and the header skipped),
 * into {@link WordingModel.Example}s tidied with the lexicon the check reads messages with.
 */
final class LabelledCorpus {

    static final String NONE = "none";

    private LabelledCorpus() {
    }

    /**
     * @throws IllegalArgumentException naming the file and line of a row without three fields or
     *                                  with an unknown {@code expect}
     */
    static List<WordingModel.Example> read(String file, String text, Lexicon lexicon) {
        List<WordingModel.Example> examples = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("family\t")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + " is not family<TAB>expect<TAB>message");
            }
            String expect = fields[1].strip();
            Optional<Help> help;
            try {
                help = expect.equals(NONE) ? Optional.empty() : Optional.of(Help.ofLabel(expect));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
            examples.add(new WordingModel.Example(ScreenedMessage.of(fields[2], lexicon).getText(), help));
        }
        return examples;
    }
}
