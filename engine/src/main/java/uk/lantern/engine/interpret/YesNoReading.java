package uk.lantern.engine.interpret;

import java.util.EnumSet;
import java.util.Set;
import uk.lantern.engine.interpret.YesNoPhrases.Leaning;

/** Reads a yes or a no; mixed or doubtful wording is unclear. */
final class YesNoReading {

    private YesNoReading() {
    }

    static Interpretation read(Words words) {
        Set<Leaning> leanings = EnumSet.noneOf(Leaning.class);
        YesNoPhrases.TABLE.findIn(words).forEach(found -> leanings.add(found.meaning()));
        if (leanings.contains(Leaning.UNSURE) || leanings.size() > 1) {
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        if (leanings.contains(Leaning.YES)) {
            return Interpretation.understood(Boolean.TRUE);
        }
        if (leanings.contains(Leaning.NO)) {
            return Interpretation.understood(Boolean.FALSE);
        }
        return Interpretation.unclear("I could not tell whether that was a yes or a no.");
    }
}
