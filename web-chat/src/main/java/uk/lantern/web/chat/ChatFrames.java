package uk.lantern.web.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.lantern.web.signpost.ServiceSuggestion;

/** The JSON frames of the chat protocol ({@code docs/chat-protocol.md}). */
final class ChatFrames {

    private ChatFrames() {
    }

    /** What the client sends: {@code hello} (with an optional token), {@code say} (text) or {@code choose} (value). */
    record Incoming(String type, String token, String text, String value) {
    }

    /** Sent once per connection after {@code hello}. */
    record Welcome(String type, String token, boolean resumed) {
        Welcome(String token, boolean resumed) {
            this("welcome", token, resumed);
        }
    }

    /** One message from Lantern. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Bot(String type, int id, String kind, String text, String questionId, String help, List<QuickReply> options,
               List<ServiceSuggestion> services, Summary summary) {

        static Bot of(ChatMessage m) {
            return new Bot("bot", m.id(), m.kind().wire(), m.text(), m.questionId(), m.help(), m.options(),
                    m.services().isEmpty() ? null : m.services(), m.summary());
        }
    }

    /**
     * The conversation so far, oldest first, replacing whatever the page shows: sent after a
     * resumed {@code welcome}, and after "start again" wiped it. Person messages have kind
     * {@code person}.
     */
    record History(String type, List<Bot> messages) {
        History(List<ChatMessage> transcript) {
            this("history", transcript.stream().map(Bot::of).toList());
        }
    }

    /** Something went wrong with a frame; {@code text} is fit to show the person. */
    record Error(String type, String code, String text) {
        Error(String code, String text) {
            this("error", code, text);
        }
    }
}
