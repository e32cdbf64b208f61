package uk.lantern.web.chat;

import java.util.List;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * One message in the conversation: from Lantern, or (kind {@code person}, kept for the
 * transcript only) what the person said.
 *
 * @param id         increasing number within the conversation
 * @param kind       what sort of message it is, so a page can show it suitably
 * @param text       the words, plain text; lines starting "- " are list items
 * @param questionId the question being asked (kind {@code question}), otherwise null
 * @param help       why the question is asked (kind {@code question}), otherwise null
 * @param options    quick replies; empty when the person should type
 * @param services   local services offered (kinds {@code services} and {@code summary})
 * @param summary    the end of screening, for a printable page (kind {@code summary}), otherwise null
 */
public record ChatMessage(int id, Kind kind, String text, String questionId, String help, List<QuickReply> options,
                          List<ServiceSuggestion> services, Summary summary) {

    public ChatMessage {
        options = options == null ? List.of() : List.copyOf(options);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** The same message with other quick replies. */
    ChatMessage withOptions(List<QuickReply> newOptions) {
        return new ChatMessage(id, kind, text, questionId, help, newOptions, services, summary);
    }

    /** What sort of message it is. */
    public enum Kind {
        QUESTION, INFO, CRISIS, SERVICES, SUMMARY,
        /** What the person said, as the transcript shows it again after a reload. */
        PERSON;

        /** The lower-case name used on the wire. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
