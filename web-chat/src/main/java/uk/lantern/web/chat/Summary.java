package uk.lantern.web.chat;

import java.util.List;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * What the screening found, kept as structure so a printable page can be made from it. It holds
 * no answers and no risk label: only what the person was told.
 *
 * @param reflection  what seems to matter, in plain words
 * @param publicWords the kind words for the person's band
 * @param mayHelp     the kinds of help that may fit
 * @param servicesLead the sentence before the services: "near" a place only when the place is known,
 *                    and how to correct a place that was not
 * @param services    services that fit the person, best first, each once
 * @param actNow      what to do now, first, when an answer showed immediate danger; otherwise empty
 * @param moreHelp    helplines to keep
 */
public record Summary(List<String> reflection, String publicWords, List<String> mayHelp, String servicesLead,
                      List<ServiceSuggestion> services, List<String> actNow, List<String> moreHelp) {

    public Summary {
        reflection = List.copyOf(reflection);
        mayHelp = List.copyOf(mayHelp);
        services = List.copyOf(services);
        actNow = List.copyOf(actNow);
        moreHelp = List.copyOf(moreHelp);
    }
}
