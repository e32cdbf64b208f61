package uk.lantern.web.worker;

import java.util.List;

import uk.lantern.engine.Assessment;
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
 */
public record ResultView(String bandLabel, String kindWords, String threshold, Assessment assessment,
        String servicesLead, List<ServiceSuggestion> services) {

    public ResultView {
        services = List.copyOf(services);
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
