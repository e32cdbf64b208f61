package uk.lantern.web.chat;

import java.util.List;

import uk.lantern.engine.interpret.ServiceQuestion;
import uk.lantern.web.signpost.ServiceFinder;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * Answers a question about local services from the directory, near the place the question names
 * or else the place the person gave at the start.
 */
final class ServiceReply {

    private static final int MOST_SHOWN = 3;

    private final ServiceFinder finder;
    /** The national ways to reach help without a voice call (the {@code deaf} lines of the safeguarding help), one line each. */
    private final List<String> deafRoutes;

    /**
     * @param deafRoutes the national ways to reach help without a voice call, one line each (Relay UK,
     *                   999 BSL, emergencySMS, as {@code CrisisResponse.deafLines()} gives them); may be empty
     */
    ServiceReply(ServiceFinder finder, List<String> deafRoutes) {
        this.finder = finder;
        this.deafRoutes = List.copyOf(deafRoutes);
    }

    /** Said when a Deaf or BSL request finds nothing near a known place, before the national routes. */
    static final String NO_DEAF_SERVICE = "I couldn't find a service for Deaf people or people with hearing loss in my "
            + "list for where you are. These national services work without a voice call:";

    /**
     * Round 17 (c17): said instead of {@link #NO_DEAF_SERVICE} when there is no place, or one Lantern does not know:
     * nothing is said of "where you are", which it does not know.
     */
    static final String NO_DEAF_SERVICE_ANYWHERE = "I couldn't find a service for Deaf people or people with hearing "
            + "loss in my list that works anywhere in the country. These national services work without a voice call:";

    /**
     * Round 17 (c17): said before a services answer when the person gave no place (they would rather not say, or
     * did not know what to give): what is shown, plainly, and how to give a town or postcode. Never "near you" or
     * "where you are"; before, this began "I don't know where you live".
     */
    static final String NO_PLACE = "You haven't given me a town or postcode, so I can only show services that work "
            + "anywhere in the country, by phone or online. " + PlaceAnswer.OFFER;

    /**
     * A follow-up after the summary that asks for something free or for help that comes to the person
     * ({@link FollowUpWords}), answered with the person's own suggestions (their answers, place and the needs
     * of the services the summary showed) kept only when free and only when they come to them; added to the
     * conversation. Empty before the summary, when the words ask for neither, or when they name a kind of help
     * ("a free lunch club"): that is searched for as asked.
     */
    java.util.Optional<ChatMessage> followUp(Conversation c, String text) {
        FollowUpWords asked = FollowUpWords.read(text);
        if (c.summary() == null || !asked.any() || c.summary().services().isEmpty()
                || !finder.namesNoKindOfHelp(text, FollowUpWords.FILTER_WORDS)) {
            return java.util.Optional.empty();
        }
        ServiceFinder.Offer offer = finder.followUp(c.answers(), c.summary().services().stream()
                .map(ServiceSuggestion::id).toList(), c.place(), asked.free(), asked.staysIn(), MOST_SHOWN);
        String what = asked.free() && asked.staysIn() ? "free and come to you"
                : asked.free() ? "free" : "come to you, so you need not travel";
        String near = offer.placeName() == null ? "" : " near " + offer.placeName();
        String reply = offer.services().isEmpty()
                ? "I'm sorry, I couldn't find anything" + near + " that is " + what.replace("are ", "")
                        + " among the help for what you told me. You can ask me in other words, or if you would like "
                        + "someone to talk to: " + Closing.talkLine(c.answers().get("age"))
                : (offer.sampleNote() == null ? "" : offer.sampleNote() + "\n\n") + "From the help for what you told me,"
                        + " these" + near + " are " + what + ":\n"
                        + String.join("\n", offer.services().stream().map(ServiceSuggestion::asLine).toList());
        return java.util.Optional.of(c.say(ChatMessage.Kind.SERVICES, reply, null, null, List.of(), offer.services(),
                null));
    }

    /**
     * Adds the answer to the conversation and returns it. The place is the one the question names
     * ("anything in Maidstone?", "a lunch club near ME7?") when it names one, else the person's. A
     * place not given or not known brings only services that work by phone or online anywhere in
     * the country, and the answer says so. Asked for something free when nothing free matches, it
     * offers the paid matches, each marked as paid, and says first that none is free.
     */
    ChatMessage answer(Conversation c, ServiceQuestion asked) {
        boolean namedPlace = asked.postcode() == null && asked.place() != null && finder.namesAPlace(asked.place());
        String place = asked.postcode() != null ? asked.postcode() : namedPlace ? asked.place() : c.place();
        ServiceFinder.WordsAnswer answer = finder.search(namedPlace ? asked.wordsBesidesPlace() : asked.words(), place,
                MOST_SHOWN);
        List<ServiceSuggestion> found = answer.services();
        String where = switch (answer.place()) {
            case KNOWN -> "";
            case UNKNOWN -> finder.codeOutsideTheArea(answer.placeInput()).map(code -> code + " is outside the area I "
                    + "cover so far").orElse("I don't know \"" + answer.placeInput() + "\" as a postcode or town")
                    + ", so I can only look for "
                    + "services that work by phone or online anywhere in the country." + (namedPlace ? ""
                    : " To correct your place, say \"change my postcode\".") + "\n\n";
            case NONE -> NO_PLACE + "\n\n";
        };
        boolean deaf = finder.asksForHearingHelp(asked.words());
        if (answer.notHeld() != null) {
            // round 21 (g28): a kind Lantern knows none of here is said plainly; only what relates is offered
            String none = "I'm sorry, I don't know of " + answer.notHeld()
                    + (answer.place() == uk.lantern.directory.signpost.Signposts.PlaceStatus.KNOWN ? " near you."
                    : " that works by phone or online across the country.");
            String reply = found.isEmpty()
                    ? where + none + " You can ask me in other words, or if you would like someone to talk to: "
                            + Closing.talkLine(c.answers().get("age"))
                    : (finder.showsSample() ? ServiceFinder.SAMPLE_NOTE + "\n\n" : "") + where + none + " "
                            + (answer.noneFree() ? ServiceFinder.NONE_FREE + " " : "") + answer.insteadLead() + "\n"
                            + String.join("\n", found.stream().map(ServiceSuggestion::asLine).toList());
            return c.say(ChatMessage.Kind.SERVICES, reply, null, null, List.of(), found, null);
        }
        String reply = found.isEmpty() && deaf && !deafRoutes.isEmpty()
                ? where + (answer.place() == uk.lantern.directory.signpost.Signposts.PlaceStatus.KNOWN ? NO_DEAF_SERVICE
                        : NO_DEAF_SERVICE_ANYWHERE) + "\n- " + String.join("\n- ", deafRoutes)
                : found.isEmpty()
                ? where + "I'm sorry, I couldn't find anything like that in my list. You can ask me in other words, or if you "
                        + "would like someone to talk to: " + Closing.talkLine(c.answers().get("age"))
                : (finder.showsSample() ? ServiceFinder.SAMPLE_NOTE + "\n\n" : "") + where
                        + (answer.noneFree() ? ServiceFinder.NONE_FREE + " " : "")
                        + "Here is what I found:\n" + String.join("\n", found.stream().map(ServiceSuggestion::asLine).toList());
        return c.say(ChatMessage.Kind.SERVICES, reply, null, null, List.of(), found, null);
    }
}
