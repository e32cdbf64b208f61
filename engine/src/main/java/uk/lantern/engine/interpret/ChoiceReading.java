package uk.lantern.engine.interpret;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads one of a question's options from an option's id, its label, everyday wording for it
 * ({@link OptionPhrases}) or its position in the list ("2", "the second one"). When two of these
 * point to different options, as "2" does for "how many tasks" (the second option is "One"),
 * the answer is unclear.
 */
final class ChoiceReading {

    private static final Set<String> POSITION_FILLERS = Set.of(
            "number", "no", "option", "choice", "the", "its", "it", "is", "please", "one", "i", "choose", "pick",
            "say");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

    /** Doubt that no option's wording may outweigh: "yes and no" is not a "no". */
    private static final List<String> UNSURE = List.of(
            "yes and no", "dont know", "do not know", "not sure", "no idea", "dunno", "cant say", "hard to say");

    /** "Can't say I do": a polite no, not doubt. */
    private static final List<String> CANT_SAY_I = List.of("cant say i", "cannot say i", "cant really say i",
            "cant say that i");

    /** Questions that ask for a rating on one scale, where a hedge can be followed by the rating meant. */
    private static final Set<String> RATINGS = Set.of("self_rated_health");

    private static final Map<Question, PhraseTable<String>> TABLES = new ConcurrentHashMap<>();

    private ChoiceReading() {
    }

    static Interpretation read(Question question, Words words) {
        if (words.isEmpty()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        if (words.hasAny(UNSURE) && !words.hasAny(CANT_SAY_I)) {
            return Interpretation.unclear("That sounded unsure, so I did not want to guess. Please pick one of: "
                    + labels(question) + ".");
        }
        Optional<String> byPosition = byPosition(question, words);
        List<PhraseTable.Found<String>> found = TABLES.computeIfAbsent(question, ChoiceReading::tableFor).findIn(words);
        Set<String> meant = found.stream()
                .filter(f -> !f.negated())
                .map(PhraseTable.Found::meaning)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        byPosition.ifPresent(meant::add);
        if (meant.size() == 1) {
            return Interpretation.understood(meant.iterator().next());
        }
        Optional<String> corrected = RATINGS.contains(question.id()) && byPosition.isEmpty()
                ? settledAfterHedge(found, words) : Optional.empty();
        if (corrected.isPresent()) {
            return Interpretation.understood(corrected.get());
        }
        if (meant.size() > 1) {
            return Interpretation.unclear("That could mean more than one of the answers ("
                    + meant.stream().map(id -> label(question, id)).collect(Collectors.joining(", "))
                    + "), so please pick one.");
        }
        if (!found.isEmpty()) {
            return Interpretation.unclear("I could not tell which answer you meant. Please pick one of: " + labels(question) + ".");
        }
        return Interpretation.unclear("That did not match any of the answers. Please pick one of: " + labels(question) + ".");
    }

    /**
     * "Not great, pretty poor really": a rating hedged with "not" and then said plainly is the
     * plain one. Only when every other phrase is a "not ..." that comes before it.
     */
    private static Optional<String> settledAfterHedge(List<PhraseTable.Found<String>> found, Words words) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "Some days good, some days bad, so fair I suppose": a rating given as the conclusion.
        PhraseTable.Found<String> last = found.getLast();
        int at = last.start();
        boolean concluded = !last.negated() && at > 0 && (words.get(at - 1).equals("so")
                || words.get(at - 1).equals("overall") || (at > 1 && words.get(at - 2).equals("on")
                && words.get(at - 1).equals("balance")) || (at > 1 && words.get(at - 2).equals("all")
                && words.get(at - 1).equals("round")));
        if (concluded) {
            return Optional.of(last.meaning());
        }
        List<PhraseTable.Found<String>> plain = found.stream()
                .filter(f -> !f.negated() && !f.phrase().startsWith("not ")).toList();
        if (plain.size() != 1) {
            return Optional.empty();
        }
        PhraseTable.Found<String> settled = plain.getFirst();
        boolean hedgesBefore = found.stream().filter(f -> f != settled)
                .allMatch(f -> f.phrase().startsWith("not ") && f.start() < settled.start());
        return hedgesBefore ? Optional.of(settled.meaning()) : Optional.empty();
    }

    private static Optional<String> byPosition(Question question, Words words) {
        List<String> left = words.tokens().stream().filter(t -> !POSITION_FILLERS.contains(t)).toList();
        if (left.size() != 1) {
            return Optional.empty();
        }
        String token = left.get(0);
        int position = ORDINALS.indexOf(token) + 1;
        if (position == 0 && token.matches("[0-9]{1,2}")) {
            position = Integer.parseInt(token);
        }
        return position >= 1 && position <= question.options().size()
                ? Optional.of(question.options().get(position - 1).id())
                : Optional.empty();
    }

    /** Labels and ids first, then every everyday phrase that points to an option this question offers. */
    private static PhraseTable<String> tableFor(Question question) {
        PhraseTable<String> table = new PhraseTable<>();
        for (AnswerOption option : question.options()) {
            table.add(option.label(), option.id());
            table.add(option.id().replace('_', ' '), option.id());
        }
        OptionPhrases.MEANINGS.forEach((phrase, candidates) -> candidates.stream()
                .filter(id -> question.option(id).isPresent())
                .findFirst()
                .ifPresent(id -> table.add(phrase, id)));
        return table;
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }

    private static String labels(Question question) {
        return question.options().stream().map(AnswerOption::label).collect(Collectors.joining(", "));
    }
}
