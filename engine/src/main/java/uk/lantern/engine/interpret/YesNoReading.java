package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lantern.engine.interpret.YesNoPhrases.Leaning;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads a yes or a no, said ("afraid so") or carried by a sentence ("my husband died last
 * year", see {@link YesNoStatements}). Mixed or doubtful wording is unclear, and so is a said
 * yes or no that the rest of the sentence contradicts.
 */
final class YesNoReading {

    /**
     * "I can", "I don't": a yes or a no when they stand alone, but only the start of a sentence
     * in "I can't afford the heating", where the rest says what is meant.
     */
    private static final Set<String> ECHOES = Set.of("i cant", "i cannot", "i dont", "i do not", "i can", "i do",
            "i have", "i am", "im not", "i am not", "i havent", "i have not", "it isnt", "its not", "it is");

    private YesNoReading() {
    }

    static Interpretation read(Question question, Words words, LocalDate today) {
        Set<Leaning> leanings = EnumSet.noneOf(Leaning.class);
        List<PhraseTable.Found<Leaning>> found = YesNoPhrases.TABLE.findIn(words);
        found.forEach(f -> leanings.add(f.meaning()));
        if (leanings.contains(Leaning.UNSURE) || leanings.size() > 1) {
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        Optional<Boolean> carried = YesNoStatements.read(question.id(), words, today);
        Optional<Boolean> said = leanings.isEmpty() ? Optional.empty() : Optional.of(leanings.contains(Leaning.YES));
        boolean onlyEchoes = found.stream().allMatch(f -> ECHOES.contains(f.phrase()));
        if (carried.isPresent() && said.isPresent() && !carried.equals(said) && onlyEchoes && words.size() > 3) {
            return Interpretation.understood(carried.get());
        }
        if (carried.isPresent() && said.isPresent() && !carried.equals(said)) {
            return Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?");
        }
        return said.or(() -> carried)
                .map(Interpretation::understood)
                .orElseGet(() -> Interpretation.unclear("I could not tell whether that was a yes or a no."));
    }
}
