/**
 * The web chat: a screening held as a conversation. {@link uk.lantern.web.chat.Dialogue} turns one
 * message from a person into the bot's replies and can be tested without a server;
 * {@link uk.lantern.web.chat.ChatSocketHandler} carries it over a WebSocket at {@code /ws/chat}
 * (see {@code docs/chat-protocol.md}). Conversations live only in memory, behind an unguessable
 * token, and are forgotten when idle. Message text is never logged.
 */
package uk.lantern.web.chat;
