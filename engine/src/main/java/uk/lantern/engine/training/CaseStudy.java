package uk.lantern.engine.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up person drawn from a situation the seeds describe, with the answers they would give
 * and the result the rules are pinned to give them.
 *
 * @param id       stable id used in addresses and quiz records (lower case, dashes)
 * @param title    short name shown in lists
 * @param person   who they are in a few words ("Bill, 86")
 * @param story    their situation in the project's own words
 * @param source   where the situation comes from: publications, each as publisher or authors (year),
 *                 title and section, separated by "; "
 * @param lesson   what a trainee should take from the case
 * @param answers  the full answers, exactly as a client would send them
 * @param expected the result the engine must give
 */
public record CaseStudy(
        String id,
        String title,
        String person,
        String story,
        String source,
        String lesson,
        Map<String, Object> answers,
        Expected expected) {

    public CaseStudy {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /**
     * Whose answers these are, as people write it: "Bill’s answers (86)" for the person "Bill, 86"
     * (the name takes the possessive and what follows the comma goes in brackets), "Bill’s answers"
     * when there is no comma. Round 15: the sandbox read "Bill, 86’s answers".
     *
     * @return the phrase, never empty for a non-blank person
     */
    public String whoseAnswers() {
        int comma = person.indexOf(',');
        String name = (comma < 0 ? person : person.substring(0, comma)).strip();
        String more = comma < 0 ? "" : person.substring(comma + 1).strip();
        return name + "’s answers" + (more.isEmpty() ? "" : " (" + more + ")");
    }

    /**
     * The pinned result.
     *
     * @param band    low, moderate or high
     * @param score   total points
     * @param urgent  whether an answer raises the urgent flag
     * @param factors the factor ids found (a set)
     * @param needs   the need ids raised (a set)
     */
    public record Expected(String band, int score, boolean urgent, List<String> factors, List<String> needs) {

        public Expected {
            factors = List.copyOf(factors);
            needs = List.copyOf(needs);
        }
    }
}
