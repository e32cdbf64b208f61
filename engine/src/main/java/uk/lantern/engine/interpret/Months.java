package uk.lantern.engine.interpret;

import java.util.List;

/** Month names as people type them: "March", "march", "mar", "feb". */
final class Months {

    private static final List<String> NAMES = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private Months() {
    }

    /** The month a word names, 1 to 12, or 0 when it names none; a three-letter start counts ("feb"). */
    static int of(String word) {
        int at = NAMES.indexOf(word);
        if (at < 0 && word.length() == 3) {
            at = NAMES.stream().filter(m -> m.startsWith(word)).findFirst().map(NAMES::indexOf).orElse(-1);
        }
        return at + 1;
    }
}
