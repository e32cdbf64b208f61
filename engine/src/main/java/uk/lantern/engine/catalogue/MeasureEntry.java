package uk.lantern.engine.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A validated measure or model the rules compute.
 *
 * @param id              the id rules compute it under
 * @param label           short name
 * @param description     what it measures and how to read it
 * @param source          the instrument's or model's source
 * @param scale           {@code count} (a whole-number score) or {@code probability}
 * @param estimate        true for a model's estimate, which is shown as such and never as a diagnosis
 * @param interpretations wording for each interpretation code the rules may give
 * @param questions       the questions it reads
 * @param notComputed     wording for each reason the rules may give for not computing it; may be empty
 */
public record MeasureEntry(
        String id,
        String label,
        String description,
        String source,
        String scale,
        boolean estimate,
        Map<String, String> interpretations,
        List<String> questions,
        Map<String, String> notComputed) {

    public MeasureEntry {
        interpretations = Map.copyOf(interpretations);
        questions = List.copyOf(questions);
        notComputed = notComputed == null ? Map.of() : Map.copyOf(notComputed);
    }
}
