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

    ServiceReply(ServiceFinder finder) {
        this.finder = finder;
    }

    /** Adds the answer to the conversation and returns it. */
    ChatMessage answer(Conversation c, ServiceQuestion asked) {
        String place = asked.postcode() != null ? asked.postcode() : c.place();
        List<ServiceSuggestion> found = finder.byWords(asked.words(), place, MOST_SHOWN);
        String reply = found.isEmpty()
                ? "I'm sorry, I couldn't find anything like that in my list. " + Closing.SILVER_LINE
                : (finder.showsSample() ? ServiceFinder.SAMPLE_NOTE + "\n\n" : "")
                        + "Here is what I found:\n" + String.join("\n", found.stream().map(ServiceSuggestion::asLine).toList());
        return c.say(ChatMessage.Kind.SERVICES, reply, null, null, List.of(), found, null);
    }
}
