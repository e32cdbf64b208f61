package uk.lantern.web.worker;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.Band;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.catalogue.BandEntry;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.web.records.StoredScreening;
import uk.lantern.web.signpost.ServiceFinder;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Turns an assessment and its answers into what the worker's pages show, with the same local
 * services the chat would offer for those needs and that place.
 */
@Component
class ScreeningResults {

    private static final int MOST_SERVICES = 6;

    private final ScreeningEngine engine;
    private final Catalogue catalogue;
    private final ServiceFinder finder;
    private final CrisisResponse crisis;
    private final LocalServicesDirectory directory;

    ScreeningResults(ScreeningEngine engine, LocalServicesDirectory directory, CrisisResponse crisis) {
        this.engine = engine;
        this.catalogue = engine.ruleBase().catalogue();
        this.finder = new ServiceFinder(directory);
        this.crisis = crisis;
        this.directory = directory;
    }

    /**
     * Assesses answers that are not stored.
     *
     * @throws uk.lantern.engine.questionnaire.InvalidAnswersException listing every problem
     */
    Assessment assess(Map<String, ?> answers) {
        return engine.assess(answers);
    }

    ResultView view(Assessment assessment, Map<String, ?> answers) {
        return viewFor(assessment, answers, null);
    }

    /** A stored record's result, with services for its place as corrected by a worker, if it was. */
    ResultView view(StoredScreening record) {
        return view(record.assessment(), record.answers(), record.correctedPlace() != null ? record.correctedPlace()
                : record.placeGiven());
    }

    /** A result not stored, with services for the place the worker gave ("Chatham"), or the postcode answer. */
    ResultView view(Assessment assessment, Map<String, ?> answers, String placeGiven) {
        return viewFor(assessment, answers, placeGiven);
    }

    /**
     * @param place the place to find services for; null to read the {@code postcode} answer
     */
    private ResultView viewFor(Assessment assessment, Map<String, ?> answers, String place) {
        BandEntry band = catalogue.bands().get(assessment.band());
        Set<String> needs = new LinkedHashSet<>();
        assessment.needs().forEach(n -> needs.add(n.id()));
        ServiceFinder.Offer offer = finder.offer(answers, needs, place, MOST_SERVICES);
        String words = assessment.bandDetail() != null ? assessment.bandDetail().publicWords()
                : band == null ? "" : band.publicWords();
        return new ResultView(band == null ? assessment.band().name() : band.label(), words,
                band == null ? "" : band.threshold() + ", an expert-set threshold", assessment, lead(offer),
                offer.services(), offer.sampleNote(), urgentHelp(assessment, answers),
                uk.lantern.web.signpost.VoicePhone.cannotUse(answers));
    }

    /**
     * The rule base's help for each kind the urgent concerns name, most urgent first, each kind
     * once with every concern that needs it. When the person answered yes to the hearing question,
     * each kind also lists the ways to reach help without a voice call (999 BSL, emergencySMS, Relay
     * UK: {@link CrisisResponse#deafLines()}; round 13, new-user trial).
     */
    private List<ResultView.UrgentHelp> urgentHelp(Assessment assessment, Map<String, ?> answers) {
        Object hearing = answers == null ? null : answers.get("hearing_loss");
        boolean noVoiceCalls = Boolean.TRUE.equals(hearing) || "yes".equalsIgnoreCase(String.valueOf(hearing))
                || "true".equalsIgnoreCase(String.valueOf(hearing));
        Map<Help, List<String>> concernsByHelp = new EnumMap<>(Help.class);
        for (Assessment.UrgentConcern concern : assessment.urgentConcerns()) {
            concernsByHelp.computeIfAbsent(Help.ofLabel(concern.help()), h -> new ArrayList<>()).add(concern.label());
        }
        List<ResultView.UrgentHelp> out = new ArrayList<>();
        for (Help help : crisis.urgency()) {
            List<String> concerns = concernsByHelp.get(help);
            if (concerns != null) {
                CrisisResponse.HelpGiven given = crisis.help(help);
                List<String> lines = new ArrayList<>(given.lines().stream().map(Helpline::line).toList());
                if (noVoiceCalls) {
                    crisis.deafLines().forEach(l -> lines.add(l.line()));
                }
                out.add(new ResultView.UrgentHelp(help, concerns, given.workerGuidance(), List.copyOf(lines)));
            }
        }
        return out;
    }

    /**
     * The services the worker offered, for the leaflet, each as its card: from this result's
     * suggestions when it is among them, else from the directory, else by the name kept on the record
     * (a service since removed). In the order the worker recorded them.
     */
    List<ServiceSuggestion> offered(StoredScreening record, ResultView view) {
        return record.servicesOffered().stream().map(choice -> view.services().stream()
                .filter(s -> s.id().equals(choice.serviceId())).findFirst()
                .or(() -> directory.service(choice.serviceId()).map(ServiceSuggestion::of))
                .orElseGet(() -> ServiceSuggestion.named(choice.serviceId(), choice.name()))).toList();
    }

    /** The worker-facing label of a band given by name ({@code "moderate"} or {@code "MODERATE"}). */
    String bandLabel(String band) {
        return parseBand(band).map(catalogue.bands()::get).map(BandEntry::label).orElse(band);
    }

    /** The band's kind words, for the list of records. */
    String bandLabel(Band band) {
        BandEntry entry = catalogue.bands().get(band);
        return entry == null ? band.name() : entry.label();
    }

    static Optional<Band> parseBand(String band) {
        if (band == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Band.valueOf(band.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether Lantern knows a place a worker gives to correct a record, and the place as understood, to
     * store: a postcode written any way becomes "ME7 1AB", a town its name as Lantern knows it ("Rochster"
     * and "Rochester, Kent" are "Rochester"; the county is kept only when the name alone would read as
     * another place), and the person's own place of two ("my daughter lives ME2 but I'm in Rainham" is
     * "Rainham"). A place Lantern does not know, or no place clearly the person's, is never guessed.
     *
     * @return the place to store, or empty when Lantern does not know it
     */
    Optional<String> knownPlace(String given) {
        Gazetteer gazetteer = directory.gazetteer();
        PlaceLookup read = gazetteer.lookup(given);
        return read instanceof PlaceLookup.Found ? gazetteer.understood(read) : Optional.empty();
    }

    /** The sentence before the services on the worker's pages: "near" only a known place. */
    static String lead(ServiceFinder.Offer offer) {
        return switch (offer.place()) {
            case KNOWN -> "Services near " + offer.placeName() + " that fit them:";
            case UNKNOWN -> (offer.placeName() != null ? "Lantern does not cover " + offer.placeName() + " yet"
                    : "Lantern does not know the place \"" + offer.placeInput() + "\"") + ", so only services that "
                    + "work by phone or online across the country are shown. Correct the postcode to see local services.";
            case NONE -> "No postcode was given, so only services that work by phone or online across the country "
                    + "are shown.";
        };
    }
}
