package uk.lantern.web.training;

import java.util.List;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.catalogue.WeightSource;

/**
 * An assessment as trainer pages and the sandbox show it: each factor, need and fired rule with
 * the address of its catalogue entry or rule page, so every point can be followed to its reason.
 * A rule that fired more than once (for several facts) is listed once.
 */
record ExplainedResult(String band, String bandLabel, int score, boolean urgent, List<Factor> factors,
        List<Need> needs, List<Rule> rules) {

    record Factor(String id, String label, int points, String reason, String weightSource, String href) {
    }

    record Need(String id, String label, List<String> because, String href) {
    }

    record Rule(String name, String href) {
    }

    static ExplainedResult of(Assessment a, Catalogue catalogue, TrainingRules rules) {
        String band = TrainingRules.bandId(a.band());
        return new ExplainedResult(band, catalogue.bands().get(a.band()).label(), a.score(), a.urgent(),
                a.factors().stream().map(f -> new Factor(f.id(), f.label(), f.points(), f.reason(),
                        f.weightSource() == WeightSource.PUBLISHED ? "published" : "expert-set",
                        TrainingRules.anchor("factor", f.id()))).toList(),
                a.needs().stream().map(n -> new Need(n.id(), n.label(), n.because(),
                        TrainingRules.anchor("need", n.id()))).toList(),
                a.firedRules().stream().distinct().map(name -> new Rule(name,
                        rules.byName(name).map(RulePage::href).orElse("/training/rules"))).toList());
    }
}
