package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the safeguarding check found in one message.
 *
 * @param crisis       whether any concern rule fired: the chat must answer with the crisis
 *                     response and keep the flag for the rest of the conversation
 * @param kinds        the concerns raised, in {@link Concern} order
 * @param matchedRules the names of the concern rules that fired, in firing order, then, when the
 *                     wording model raised the concern, its plain-words explanation
 * @param lookAlikes   the names of the look-alike rules that set an everyday figure of speech
 *                     aside, for explaining why a message raised nothing
 */
public record SafeguardingResult(boolean crisis, Set<Concern> kinds, List<String> matchedRules, List<String> lookAlikes) {

    public SafeguardingResult {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        matchedRules = List.copyOf(matchedRules);
        lookAlikes = List.copyOf(lookAlikes);
    }

    /**
     * This result with the concern a {@link WordingModel} reading found added, and a plain-words
     * explanation of it ({@link WordingModel.Reading#explanation()}) after the rules that fired.
     */
    public SafeguardingResult raisedBy(WordingModel.Reading reading) {
        Set<Concern> raised = EnumSet.of(reading.concern());
        raised.addAll(kinds);
        List<String> explained = new ArrayList<>(matchedRules);
        explained.add(reading.explanation());
        return new SafeguardingResult(true, raised, explained, lookAlikes);
    }

    /** Nothing of concern. */
    public static SafeguardingResult nothingFound() {
        return new SafeguardingResult(false, Set.of(), List.of(), List.of());
    }
}
