package uk.lantern.engine.catalogue;

import java.util.List;

/**
 * A risk factor as trainers and the explanation see it.
 *
 * @param id           the id rules raise it by ({@code @factor} metadata and {@code findings.factor})
 * @param label        short name
 * @param reason       why it matters, in plain English, as shown with a result
 * @param evidence     what the evidence says, in the project's own words
 * @param source       where the evidence comes from: publications, each as publisher or authors (year),
 *                     title and section, separated by "; "
 * @param points       what it adds to the score
 * @param weightSource whether {@code points} rests on a published figure or is expert-set
 * @param weightNote   how the points were arrived at
 * @param questions    the questions whose answers reveal it
 * @param needs        the needs it raises
 * @param model        the measure whose published weights give {@code points} (for example
 *                     {@code ageuk_often_lonely}), or null; outside that model's range the points are
 *                     reported as expert-set
 */
public record FactorEntry(
        String id,
        String label,
        String reason,
        String evidence,
        String source,
        int points,
        WeightSource weightSource,
        String weightNote,
        List<String> questions,
        List<String> needs,
        String model) {

    public FactorEntry {
        questions = List.copyOf(questions);
        needs = List.copyOf(needs);
    }
}
