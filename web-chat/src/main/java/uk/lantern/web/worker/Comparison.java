package uk.lantern.web.worker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.engine.Assessment;

/**
 * One person's screening beside the one before it, to see what changed after help was offered:
 * band, score, each measure, and the factors gained, lost and kept.
 *
 * @param earlierId the earlier record's id, to link to it
 */
public record Comparison(java.util.UUID earlierId, Instant beforeAt, Instant afterAt, String bandBefore,
        String bandAfter, int scoreBefore, int scoreAfter, List<MeasureChange> measures, List<String> factorsGained,
        List<String> factorsLost, List<String> factorsKept) {

    /** A measure's value before and after; either may be "not measured" when its questions were skipped. */
    public record MeasureChange(String label, String before, String after) {
    }

    static Comparison between(java.util.UUID earlierId, Instant beforeAt, String bandBefore, Assessment before,
            Instant afterAt, String bandAfter, Assessment after) {
        Map<String, String[]> measures = new LinkedHashMap<>();
        for (Assessment.Measure m : before.measures()) {
            measures.computeIfAbsent(m.id(), id -> new String[] {m.label(), null, null})[1] = m.display();
        }
        for (Assessment.Measure m : after.measures()) {
            measures.computeIfAbsent(m.id(), id -> new String[] {m.label(), null, null})[2] = m.display();
        }
        List<MeasureChange> changes = new ArrayList<>();
        measures.values().forEach(v -> changes.add(new MeasureChange(v[0], orNotMeasured(v[1]), orNotMeasured(v[2]))));
        Map<String, String> was = labels(before);
        Map<String, String> now = labels(after);
        List<String> gained = now.entrySet().stream().filter(e -> !was.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        List<String> lost = was.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        List<String> kept = now.entrySet().stream().filter(e -> was.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return new Comparison(earlierId, beforeAt, afterAt, bandBefore, bandAfter, before.score(), after.score(),
                changes, gained, lost, kept);
    }

    /** Positive when the score went down, which is the good direction. */
    public int improvement() {
        return scoreBefore - scoreAfter;
    }

    private static Map<String, String> labels(Assessment a) {
        Map<String, String> labels = new LinkedHashMap<>();
        a.factors().forEach(f -> labels.putIfAbsent(f.id(), f.label()));
        return labels;
    }

    private static String orNotMeasured(String display) {
        return display == null ? "Not measured" : display;
    }
}
