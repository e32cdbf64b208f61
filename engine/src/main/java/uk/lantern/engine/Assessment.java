package uk.lantern.engine;

import java.util.List;
import uk.lantern.engine.catalogue.WeightSource;

/**
 * The result of one screening, explained: every point is a factor with its reason and evidence,
 * and the rules that fired are listed so a trainer can trace them.
 *
 * @param band            low, moderate or high: the score's band, raised to any minimum set by
 *                        measured isolation or loneliness (see {@code bandDetail})
 * @param score           the sum of the factors' points
 * @param urgent          true when an answer revealed immediate danger
 * @param urgentConcerns  what raised the urgent flag and what to do now
 * @param factors         the risk factors found, in the order the rules found them
 * @param measures        validated measures and model estimates
 * @param needs           the kinds of help that fit the causes found
 * @param firedRules      names of the rules that fired, in firing order
 * @param ruleBaseVersion the version of the rule base that produced this result
 * @param bandDetail      the band's name, its expert-set threshold, what set a minimum and the words
 *                        for the person, so no client need show a bare band; null in results stored
 *                        before it existed
 * @param notComputed     measures not computed for this screening, each with the reason; empty when
 *                        every measure that applies was computed
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
        String ruleBaseVersion,
        BandDetail bandDetail,
        List<NotComputed> notComputed) {

    public Assessment {
        notComputed = notComputed == null ? List.of() : List.copyOf(notComputed);
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

    /**
     * The band explained, as every client must show it: never a bare band.
     *
     * @param label           worker-facing name ("Some risk")
     * @param threshold       the score range of the band in words ("5 to 9 points")
     * @param thresholdSource where the thresholds come from: expert-set
     * @param scoreBand       the band the score alone gives
     * @param minimumSetBy    what was measured that set a minimum band above or equal to the score's, in
     *                        catalogue order; empty when the score alone decided
     * @param publicWords     the words for the person, chosen from what was found
     */
    public record BandDetail(
            String label,
            String threshold,
            WeightSource thresholdSource,
            Band scoreBand,
            List<BandFloor> minimumSetBy,
            String publicWords) {

        public BandDetail {
            minimumSetBy = minimumSetBy == null ? List.of() : List.copyOf(minimumSetBy);
        }
    }

    /**
     * A minimum band set by a measured finding.
     *
     * @param id         its catalogue id
     * @param label      what was found
     * @param band       the lowest band it allows
     * @param source     the measure's publications
     * @param weightNote why the minimum is set there (expert-set)
     */
    public record BandFloor(String id, String label, Band band, String source, String weightNote) {
    }

    /**
     * A measure that was not computed for this screening.
     *
     * @param id     the measure's id
     * @param label  its name
     * @param reason why not, in words ("Not computed: ...")
     */
    public record NotComputed(String id, String label, String reason) {
    }
}
