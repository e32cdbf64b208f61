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
            "i have", "i am", "im not", "i am not", "i havent", "i have not", "it isnt", "its not", "it is", "i did",
            "it doesnt");
    /** Asking to hear the question again, then answering it: "Pardon? Ha, yes". */
    private static final Set<String> SAY_AGAIN = Set.of("what", "pardon", "sorry", "eh");

    /**
     * A plain yes or no that opens the answer ("course not, I have the heating on when I need
     * it"): it says what is meant, and words later in the sentence that lean the other way
     * ("always", "i have") only explain it.
     */
    private static final Set<String> PLAIN = Set.of("yes", "yeah", "yea", "yep", "yup", "aye", "no", "nope", "nah",
            "of course not", "course not", "certainly not", "definitely not", "absolutely not", "definitely",
            "absolutely", "certainly", "most definitely", "of course", "not at all", "no i dont", "yes i do",
            // Round 9: "bit down in winter but not really": a plain no after the "but".
            "not really");

    /** Doubt that a statement of fact settles: "sometimes I skip meals to make the money last" is a yes. */
    private static final Set<String> HOW_OFTEN = Set.of("sometimes", "now and then", "on and off");

    /** A no said of now, after a "but": "I thought about it years ago but no, not lately". */
    private static final List<String> NOT_LATELY = List.of("lately", "recently", "now", "these days", "any more",
            "anymore", "since");
        /** A plain no opening the answer ... */
    private static final List<String> OPENING_NO = List.of("no", "nope", "nah", "not really", "no not really");
    /** ... taken back by a "but" that affirms: "no, but I do worry about the bills". */
    private static final List<String> BUT_YES = List.of("but i do", "but i did", "but it does", "but i have been",
            "but i have had", "but ive been", "but ive had", "but i am", "but yes");

        private YesNoReading() {
    }

    /**
     * "I have my ups and downs like anyone but no, not often": after the last "but", a plain yes
     * or no that opens what follows says what was meant.
     */
    private static Optional<Words> plainAfterBut(Words words) {
        int but = words.tokens().lastIndexOf("but");
        if (but < 0 || but + 1 >= words.size()) {
            return Optional.empty();
        }
        Words tail = new Words(words.tokens().subList(but + 1, words.size()));
        List<PhraseTable.Found<Leaning>> found = YesNoPhrases.TABLE.findIn(tail);
        if (found.isEmpty() || found.get(0).start() != 0 || !PLAIN.contains(found.get(0).phrase())) {
            return Optional.empty();
        }
        // Round 7: a plain yes or no before the "but" that the tail contradicts ("yes I'm often low
        // but no, I don't want help") is not settled by the tail; it is asked again.
        Leaning after = found.get(0).meaning();
        Words head = new Words(words.tokens().subList(0, but));
        boolean headDisagrees = YesNoPhrases.TABLE.findIn(head).stream()
                .anyMatch(f -> PLAIN.contains(f.phrase()) && f.meaning() != after && f.meaning() != Leaning.NEUTRAL);
        return headDisagrees ? Optional.empty() : Optional.of(tail);
    }

    /** Whether the answer opens with a plain yes or no: "no, ...", "yes, ...", "of course not, ...". */
    private static boolean opensPlainly(Words words) {
        List<PhraseTable.Found<Leaning>> found = YesNoPhrases.TABLE.findIn(words);
        return !found.isEmpty() && found.get(0).start() == 0 && PLAIN.contains(found.get(0).phrase());
    }

        static Interpretation read(Question question, Words words, LocalDate today) {
        Optional<Words> settled = plainAfterBut(words);
        boolean settledByWhen = settled.isPresent() && settled.get().hasAny(NOT_LATELY);
        if ("thoughts_of_harm".equals(question.id()) && !settledByWhen
                && YesNoStatements.read(question.id(), words, today).orElse(false)) {
            // Safety first: a thought of harm said plainly is a yes whatever else is said beside it
            // ("I'd never do anything but I do think about it", "I have thought about it but no, I
            // wouldn't"); a negated one is not ("never thought about it").
            return Interpretation.understood(Boolean.TRUE);
        }
        if (settled.isPresent()) {
            return read(question, settled.get(), today);
        }
        if (YesNoStatements.saysBoth(question.id(), words, today) && !YesNoStatements.firmlyNo(question.id(), words)
                && !opensPlainly(words)) {
            // Round 7: the sentence says both ("I've got my son but he's always too busy") and no plain
            // opening yes or no settles it ("no, heating's included in my rent" is a no); a later word does not pick a side.
            return Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?");
        }
        if (OPENING_NO.stream().anyMatch(o -> words.joined().startsWith(o + " ")) && words.hasAny(BUT_YES)) {
            // "No, but I do worry about the bills": the no is taken back at once.
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        List<PhraseTable.Found<Leaning>> all = YesNoPhrases.TABLE.findIn(words);
        List<PhraseTable.Found<Leaning>> found = all.stream().filter(f -> f.meaning() != Leaning.NEUTRAL).toList();
        if (!found.isEmpty() && found.get(0).start() == 0 && SAY_AGAIN.contains(found.get(0).phrase())
                && found.stream().skip(1).anyMatch(f -> PLAIN.contains(f.phrase()))) {
            found = found.subList(1, found.size());
        }
        Optional<Boolean> carried = YesNoStatements.read(question.id(), words, today);
        boolean onlyHowOftenDoubt = found.stream()
                .filter(f -> f.meaning() == Leaning.UNSURE)
                .allMatch(f -> HOW_OFTEN.contains(f.phrase()));
        boolean plainYesSaid = found.stream().anyMatch(f -> f.meaning() == Leaning.YES && PLAIN.contains(f.phrase()))
                && found.stream().noneMatch(f -> f.meaning() == Leaning.NO);
        if ((carried.isPresent() || plainYesSaid) && onlyHowOftenDoubt) {
            // "Sometimes, yes": how often it happens, and that it does.
            found = found.stream().filter(f -> f.meaning() != Leaning.UNSURE).toList();
        }
        if (YesNoStatements.firmlyNo(question.id(), words)) {
            // "A bit of blood pressure but it doesn't stop me": only a plain yes can stand against it.
            boolean plainYes = found.stream().anyMatch(f -> f.meaning() == Leaning.YES && PLAIN.contains(f.phrase()));
            return plainYes
                    ? Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?")
                    : Interpretation.understood(Boolean.FALSE);
        }
        boolean echoesOnly = found.stream().allMatch(f -> ECHOES.contains(f.phrase()));
        if (!echoesOnly || words.size() > 3) {
            // An echo gives way to any other phrase, and to what the rest of a sentence says.
            List<PhraseTable.Found<Leaning>> notEchoes = found.stream().filter(f -> !ECHOES.contains(f.phrase())).toList();
            found = notEchoes;
        }
        if (!found.isEmpty() && found.get(0).start() == 0 && PLAIN.contains(found.get(0).phrase())) {
            Leaning opening = found.get(0).meaning();
            boolean laterPlainDisagrees = found.stream()
                    .anyMatch(f -> f.meaning() != opening && (PLAIN.contains(f.phrase())
                            || (f.meaning() == Leaning.UNSURE && !HOW_OFTEN.contains(f.phrase()))));
            if (!laterPlainDisagrees) {
                found = List.of(found.get(0));
            }
        }
        Set<Leaning> leanings = EnumSet.noneOf(Leaning.class);
        found.forEach(f -> leanings.add(f.meaning()));
        if (leanings.contains(Leaning.UNSURE) || leanings.size() > 1) {
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        Optional<Boolean> said = leanings.isEmpty() ? Optional.empty() : Optional.of(leanings.contains(Leaning.YES));
        if (carried.isPresent() && said.isPresent() && !carried.equals(said)) {
            return Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?");
        }
        return said.or(() -> carried)
                .map(Interpretation::understood)
                .orElseGet(() -> Interpretation.unclear("I could not tell whether that was a yes or a no."));
    }
}
