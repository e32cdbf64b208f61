package uk.lantern.web.chat;

/**
 * A button the person can press instead of typing.
 *
 * @param label what the button says
 * @param value what the client sends back in a {@code choose} frame
 */
public record QuickReply(String label, String value) {
}
