package uk.lantern.web.worker;

import java.util.List;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * What the result page shows a worker about one screening: the band in kind words, the score, any
 * urgent concern first, every factor with its reason and evidence, the measures, the needs with
 * their causes, and local services that fit.
 *
 * @param bandLabel  the worker-facing name of the band ("Some risk"), always shown with {@code kindWords}
 * @param kindWords  the words for the person, chosen from what was found (the assessment's own, or the
 *                   band's for results stored before the engine chose them)
 * @param threshold  the score range of the band in words, labelled expert-set
 * @param assessment the assessment as the rules made it
 * @param servicesLead the sentence before the services: "near" a place only when it is known
 * @param services   services that fit the person, best first, each once
 * @param sampleNote says the services are examples from the sample directory shipped with Lantern;
 *                   null when the directory is real or nothing was found
 * @param urgentHelp for each kind of help the urgent concerns need, in the rule base's order of
 *                   urgency: what the worker should do and the helplines to give; empty when
 *                   nothing was urgent
 * @param noVoicePhone the person cannot use a voice phone ({@link uk.lantern.web.signpost.VoicePhone#cannotUse}):
 *                   where no service was found, the page and leaflet give a way to find one without a voice call
 *                   (round 16b, new-user trial: a Deaf person's empty leaflet offered only a voice line)
 */
public record ResultView(String bandLabel, String kindWords, String threshold, Assessment assessment,
        String servicesLead, List<ServiceSuggestion> services, String sampleNote, List<UrgentHelp> urgentHelp,
        boolean noVoicePhone) {

    public ResultView {
        services = List.copyOf(services);
        urgentHelp = List.copyOf(urgentHelp);
    }

    /**
     * The help for one kind of urgent concern, from the safeguarding rule base's {@code help.txt}
     * and {@code helplines.tsv}, for the worker at the door.
     *
     * @param help           the kind of help
     * @param concerns       the labels of the urgent concerns that need it ("Does not feel safe at home")
     * @param workerGuidance what the worker should do, from {@code help.txt}'s {@code worker:} line
     * @param lines          the helplines to give the person, one sentence each
     */
    public record UrgentHelp(Help help, List<String> concerns, String workerGuidance, List<String> lines) {

        public UrgentHelp {
            concerns = List.copyOf(concerns);
            lines = List.copyOf(lines);
        }

        /** The help's label ({@code abuse}, {@code suicide_self_harm}...), for the page's ids. */
        public String label() {
            return help.label();
        }
    }

    /** What measured isolation or loneliness set a minimum band, in words; empty when the score alone decided. */
    public List<String> minimumSetBy() {
        return assessment.bandDetail() == null ? List.of()
                : assessment.bandDetail().minimumSetBy().stream().map(Assessment.BandFloor::label).toList();
    }

    /** The band's id ({@code low}, {@code moderate}, {@code high}), for styling its tag. */
    public String bandId() {
        return assessment.band().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The direction of the band's tag colour: kind, never alarming red. */
    public String bandTagClass() {
        return switch (assessment.band()) {
            case LOW -> "govuk-tag--green";
            case MODERATE -> "govuk-tag--yellow";
            case HIGH -> "govuk-tag--orange";
        };
    }
}
