package uk.lantern.engine.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;
import uk.lantern.engine.catalogue.BandEntry;
import uk.lantern.engine.catalogue.BandFloorEntry;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.catalogue.MeasureEntry;
import uk.lantern.engine.catalogue.NeedEntry;
import uk.lantern.engine.catalogue.SafeguardingEntry;
import uk.lantern.engine.catalogue.WeightSource;

/**
 * What the rules conclude for one assessment. Rule consequences call it (it is the DRL global
 * {@code findings}); it looks wording and points up in the catalogue so the DRL says only
 * <em>when</em> something applies. It also listens to the agenda so every factor is tied to the
 * rule that raised it. One instance per assessment: not shared between threads.
 */
public final class Findings extends DefaultAgendaEventListener {

    private final Catalogue catalogue;
    private final Map<String, FactorHit> factors = new LinkedHashMap<>();
    private final Map<String, String> factorRules = new LinkedHashMap<>();
    private final Map<String, List<MeasureTerm>> terms = new LinkedHashMap<>();
    private final Map<String, MeasureValue> measures = new LinkedHashMap<>();
    private final Map<String, String> interpretations = new LinkedHashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private final Map<String, SafeguardingEntry> urgent = new LinkedHashMap<>();
    private final List<String> firedRules = new ArrayList<>();
    private final Map<String, String> withheld = new LinkedHashMap<>();
    private final java.util.Set<String> floors = new java.util.HashSet<>();
    private Band band;
    private int score;

    public Findings(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firedRules.add(event.getMatch().getRule().getName());
    }

    /** Records a risk factor and returns the fact to insert; the same factor twice is one hit. */
    public FactorHit factor(String id) {
        FactorEntry entry = catalogue.factor(id)
                .orElseThrow(() -> new IllegalStateException("A rule raised factor " + id + ", which is not in the catalogue"));
        return factors.computeIfAbsent(id, key -> {
            factorRules.put(key, currentRule());
            return new FactorHit(key, entry.points());
        });
    }

    /** Records one part of a measure and returns the fact to insert. */
    public MeasureTerm term(String measure, String term, double value) {
        requireMeasure(measure);
        MeasureTerm t = new MeasureTerm(measure, term, value);
        terms.computeIfAbsent(measure, key -> new ArrayList<>()).add(t);
        return t;
    }

    /** Records a measure's value (a count or a log-odds sum to turn into a probability). */
    public MeasureValue measure(String measure, Number value) {
        MeasureEntry entry = requireMeasure(measure);
        double v = value.doubleValue();
        if ("probability".equals(entry.scale())) {
            v = 1.0 / (1.0 + Math.exp(-v));
        }
        MeasureValue m = new MeasureValue(measure, v);
        measures.put(measure, m);
        return m;
    }

    /**
     * Records that a measure is not computed for this screening, and returns the fact to insert
     * so the measure's own rules stand down.
     *
     * @param reason a key of the measure's {@code notComputed} wording in the catalogue
     */
    public MeasureWithheld withhold(String measure, String reason) {
        MeasureEntry entry = requireMeasure(measure);
        if (!entry.notComputed().containsKey(reason)) {
            throw new IllegalStateException("Measure " + measure + " has no notComputed reason " + reason + " in the catalogue");
        }
        withheld.putIfAbsent(measure, reason);
        return new MeasureWithheld(measure, reason);
    }

    /** Records a minimum band set by something measured (a catalogue band floor). */
    public void floor(String id) {
        if (!catalogue.bandFloors().containsKey(id)) {
            throw new IllegalStateException("A rule set band floor " + id + ", which is not in the catalogue");
        }
        floors.add(id);
    }

    /** Gives a measure's value its meaning (for example "lonely" at 6 or more). */
    public void interpret(MeasureValue value, String code) {
        MeasureEntry entry = requireMeasure(value.getMeasure());
        if (!entry.interpretations().containsKey(code)) {
            throw new IllegalStateException("Measure " + entry.id() + " has no interpretation " + code + " in the catalogue");
        }
        interpretations.put(value.getMeasure(), code);
    }

    /** Suggests a kind of help because of a factor. */
    public void need(String need, FactorHit because) {
        addNeed(need, catalogue.factors().get(because.getFactor()).label());
    }

    /** Suggests a kind of help because of a measure's value. */
    public void need(String need, MeasureValue because) {
        addNeed(need, catalogue.measures().get(because.getMeasure()).label());
    }

    private void addNeed(String need, String because) {
        if (!catalogue.needs().containsKey(need)) {
            throw new IllegalStateException("A rule raised need " + need + ", which is not in the catalogue");
        }
        List<String> reasons = needs.computeIfAbsent(need, key -> new ArrayList<>());
        if (!reasons.contains(because)) {
            reasons.add(because);
        }
    }

    /** Sets the band from the total of the factors' points. */
    public void band(Band band, Number total) {
        this.band = band;
        this.score = total.intValue();
    }

    /** Raises the urgent flag for a safeguarding concern. */
    public void urgent(String concern) {
        SafeguardingEntry entry = catalogue.safeguarding().get(concern);
        if (entry == null) {
            throw new IllegalStateException("A rule raised safeguarding concern " + concern + ", which is not in the catalogue");
        }
        urgent.put(concern, entry);
    }

    private MeasureEntry requireMeasure(String id) {
        MeasureEntry entry = catalogue.measures().get(id);
        if (entry == null) {
            throw new IllegalStateException("A rule computed measure " + id + ", which is not in the catalogue");
        }
        return entry;
    }

    private String currentRule() {
        return firedRules.isEmpty() ? null : firedRules.get(firedRules.size() - 1);
    }

    /** The explained result; call once the session has fired. */
    public Assessment toAssessment() {
        if (band == null) {
            throw new IllegalStateException("No band rule fired: the rule base is incomplete");
        }
        List<Assessment.Factor> factorList = new ArrayList<>();
        for (FactorHit hit : factors.values()) {
            FactorEntry e = catalogue.factors().get(hit.getFactor());
            factorList.add(new Assessment.Factor(e.id(), e.label(), e.points(), e.reason(), e.evidence(), e.source(),
                    weightSource(e), factorRules.get(e.id())));
        }
        List<Assessment.Measure> measureList = new ArrayList<>();
        for (MeasureValue m : measures.values()) {
            MeasureEntry e = catalogue.measures().get(m.getMeasure());
            String code = interpretations.get(e.id());
            List<Assessment.Term> termList = terms.getOrDefault(e.id(), List.of()).stream()
                    .map(t -> new Assessment.Term(t.getTerm(), t.getValue()))
                    .toList();
            String meaning = code == null ? null : e.interpretations().get(code);
            measureList.add(new Assessment.Measure(e.id(), e.label(), m.getValue(), display(e, m.getValue(), meaning),
                    meaning, e.source(), e.estimate(), termList));
        }
        List<Assessment.Need> needList = new ArrayList<>();
        for (Map.Entry<String, List<String>> n : needs.entrySet()) {
            NeedEntry e = catalogue.needs().get(n.getKey());
            needList.add(new Assessment.Need(e.id(), e.label(), n.getValue()));
        }
        List<Assessment.UrgentConcern> concerns = urgent.values().stream()
                .map(s -> new Assessment.UrgentConcern(s.id(), s.label(), s.help(), s.whatToDoNow()))
                .toList();
        List<Assessment.NotComputed> notComputed = withheld.entrySet().stream()
                .map(w -> {
                    MeasureEntry e = catalogue.measures().get(w.getKey());
                    return new Assessment.NotComputed(e.id(), e.label(), e.notComputed().get(w.getValue()));
                })
                .toList();
        List<Assessment.BandFloor> floorList = new ArrayList<>();
        Band given = band;
        for (BandFloorEntry floor : catalogue.bandFloors().values()) {
            if (floors.contains(floor.id())) {
                floorList.add(new Assessment.BandFloor(floor.id(), floor.label(), floor.band(), floor.source(),
                        floor.weightNote()));
                if (floor.band().compareTo(given) > 0) {
                    given = floor.band();
                }
            }
        }
        return new Assessment(given, score, !concerns.isEmpty(), concerns, factorList, measureList, needList,
                firedRules, catalogue.version(), bandDetail(given, floorList), notComputed);
    }

    /**
     * The band in words. The person hears first about what was measured (the first floor found, in
     * catalogue order, which puts the strongest first), then the band's own words.
     */
    private Assessment.BandDetail bandDetail(Band given, List<Assessment.BandFloor> floorList) {
        BandEntry entry = catalogue.bands().get(given);
        if (entry == null) {
            throw new IllegalStateException("The catalogue has no band " + given);
        }
        String words = entry.publicWords();
        if (!floorList.isEmpty()) {
            words = catalogue.bandFloors().get(floorList.get(0).id()).publicWords() + " " + words;
        }
        return new Assessment.BandDetail(entry.label(), entry.threshold(), entry.thresholdSource(), band, floorList,
                words);
    }

    /**
     * A factor's weight source for this screening: points taken from a model's published weights are
     * expert-set when the model does not apply (the person is outside the ages it was fitted on).
     */
    private WeightSource weightSource(FactorEntry e) {
        if (e.weightSource() == WeightSource.PUBLISHED && e.model() != null
                && "under_65".equals(withheld.get(e.model()))) {
            return WeightSource.EXPERT_SET;
        }
        return e.weightSource();
    }

    private static String display(MeasureEntry entry, double value, String meaning) {
        if ("probability".equals(entry.scale())) {
            return Math.round(value * 100) + "%";
        }
        if ("category".equals(entry.scale()) && meaning != null) {
            return meaning;
        }
        return String.format(Locale.UK, "%d", Math.round(value));
    }
}
