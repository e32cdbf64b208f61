package uk.lantern.engine;

import java.util.List;
import uk.lantern.engine.catalogue.WeightSource;

/**
 * The result of one screening, explained: every point is a factor with its reason and evidence,
 * and the rules that fired are listed so a trainer can trace them.
 *
 * @param band            low, moderate or high
 * @param score           the sum of the factors' points
 * @param urgent          true when an answer revealed immediate danger
 * @param urgentConcerns  what raised the urgent flag and what to do now
 * @param factors         the risk factors found, in the order the rules found them
 * @param measures        validated measures and model estimates
 * @param needs           the kinds of help that fit the causes found
 * @param firedRules      names of the rules that fired, in firing order
 * @param ruleBaseVersion the version of the rule base that produced this result
 */
public record Assessment(
        Band band,
        int score,
        boolean urgent,
        List<UrgentConcern> urgentConcerns,
        List<Factor> factors,
        List<Measure> measures,
        List<Need> needs,
        List<String> firedRules,
        String ruleBaseVersion) {

    public Assessment {
        urgentConcerns = List.copyOf(urgentConcerns);
        factors = List.copyOf(factors);
        measures = List.copyOf(measures);
        needs = List.copyOf(needs);
        firedRules = List.copyOf(firedRules);
    }

    /** A risk factor that contributed points. */
    public record Factor(
            String id,
            String label,
            int points,
            String reason,
            String evidence,
            String source,
            WeightSource weightSource,
            String rule) {
    }

    /**
     * A measure's value.
     *
     * @param value          the raw value (a score, or a probability from 0 to 1)
     * @param display        the value as a person reads it ("7 out of 9", "31%")
     * @param interpretation what the value means against its cut-off, or null when it has none
     * @param estimate       true for a model's estimate rather than a measured score
     * @param terms          the parts it was added up from
     */
    public record Measure(
            String id,
            String label,
            double value,
            String display,
            String interpretation,
            String source,
            boolean estimate,
            List<Term> terms) {

        public Measure {
            terms = List.copyOf(terms);
        }
    }

    /** One part of a measure: an item score, an index point or a log-odds term. */
    public record Term(String name, double value) {
    }

    /**
     * A kind of help suggested, with the factors or measures that call for it.
     *
     * @param because labels of what raised it
     */
    public record Need(String id, String label, List<String> because) {

        public Need {
            because = List.copyOf(because);
        }
    }

    /**
     * A safeguarding concern: what was disclosed, the label of the kind of help it needs
     * ({@code abuse}, {@code suicide_self_harm}...) and what to do now, written to the person.
     */
    public record UrgentConcern(String id, String label, String help, String whatToDoNow) {
    }
}
