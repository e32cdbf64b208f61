package uk.lantern.web.chat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat over a WebSocket at {@code /ws/chat}, in raw JSON frames. Each connection first says
 * {@code hello}; the conversation lives in the {@link ConversationStore}, so a person who loses
 * the connection can come back with the token. Frames over the size limit close the connection;
 * frames sent too fast get a polite error. Message text is never logged.
 */
final class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_BYTES = 256 * 1024;
    private static final String TALK_NOW =
            "If you would like someone to talk to now, call Samaritans free on 116 123, day or night.";

    private final Dialogue dialogue;
    private final ConversationStore store;
    private final int maxFrameBytes;
    private final int burst;
    private final double perSecond;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Timer turns;

    /** @param turns records each frame handled, from reading it to the replies sent (the turn latency) */
    ChatSocketHandler(Dialogue dialogue, ConversationStore store, int maxFrameBytes, int burst, double perSecond,
            Timer turns) {
        this.turns = turns;
        this.dialogue = dialogue;
        this.store = store;
        this.maxFrameBytes = maxFrameBytes;
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** One open connection: where to send, its rate limit, and its conversation once it has said hello. */
    private static final class Connection {
        final WebSocketSession session;
        final RateLimit rate;
        volatile Conversation conversation;
        /** The conversation's resume token, so each turn is saved under it. */
        volatile String token;

        Connection(WebSocketSession session, RateLimit rate) {
            this.session = session;
            this.rate = rate;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_BYTES);
        connections.put(session.getId(), new Connection(safe, new RateLimit(burst, perSecond, System.nanoTime())));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection gone = connections.remove(session.getId());
        if (gone != null && gone.token != null) {
            store.release(gone.token);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        long start = System.nanoTime();
        try {
            handle(session, message);
        } finally {
            turns.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private void handle(WebSocketSession session, TextMessage message) throws IOException {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        if (message.getPayloadLength() > maxFrameBytes) {
            send(connection, new ChatFrames.Error("too_long",
                    "I'm sorry, that message was too long for me. Please send something shorter."));
            connection.session.close(CloseStatus.TOO_BIG_TO_PROCESS);
            return;
        }
        if (!connection.rate.tryTake(System.nanoTime())) {
            send(connection, new ChatFrames.Error("too_fast",
                    "That was a lot of messages at once. Please wait a moment, then carry on."));
            return;
        }
        ChatFrames.Incoming frame;
        try {
            frame = json.readValue(message.getPayload(), ChatFrames.Incoming.class);
        } catch (JacksonException e) {
            send(connection, new ChatFrames.Error("bad_frame", "I couldn't read that message."));
            return;
        }
        String type = frame.type() == null ? "" : frame.type();
        switch (type) {
            case "hello" -> hello(connection, frame.token());
            case "say" -> talk(connection, frame.text(), false);
            case "choose" -> talk(connection, frame.value(), true);
            default -> send(connection, new ChatFrames.Error("bad_frame",
                    "I couldn't read that message. Its type must be hello, say or choose."));
        }
    }

    private void hello(Connection connection, String token) throws IOException {
        var resumed = store.resume(token);
        if (resumed.isPresent()) {
            Conversation c = resumed.get();
            connection.conversation = c;
            connection.token = token;
            send(connection, new ChatFrames.Welcome(token, true));
            List<ChatMessage> transcript;
            List<ChatMessage> replies;
            synchronized (c) {
                c.takeCleared();
                transcript = c.transcript();
                replies = dialogue.resume(c);
                store.save(token, c);
            }
            send(connection, new ChatFrames.History(transcript));
            sendAll(connection, replies);
            return;
        }
        ConversationStore.Started started = store.start(client(connection.session));
        if (started.refused()) {
            // Never the address itself: it is personal data.
            log.warn("Chat refused a new conversation: {}", started.refusal() == ConversationStore.Refusal.FULL
                    ? "every place is taken by an active conversation" : "one client's share is used up");
            send(connection, new ChatFrames.Error("busy", started.refusal() == ConversationStore.Refusal.FULL
                    ? "I'm sorry, I'm very busy just now. Please try again in a few minutes. " + TALK_NOW
                    : "Too many chats are open from your connection just now, or too many were started in the "
                    + "last minute. Please close a chat you have finished with, or wait a minute, then try again. "
                    + TALK_NOW));
            connection.session.close(CloseStatus.SERVICE_OVERLOAD);
            return;
        }
        Conversation c = started.conversation();
        connection.conversation = c;
        connection.token = started.token();
        send(connection, new ChatFrames.Welcome(started.token(), false));
        List<ChatMessage> replies;
        synchronized (c) {
            replies = dialogue.open(c);
            store.save(started.token(), c);
        }
        sendAll(connection, replies);
    }

    private void talk(Connection connection, String text, boolean chosen) throws IOException {
        Conversation c = connection.conversation;
        if (c == null) {
            send(connection, new ChatFrames.Error("hello_first", "Please start the chat with a hello frame."));
            return;
        }
        List<ChatMessage> replies;
        List<ChatMessage> redrawn = null;
        synchronized (c) {
            c.touch(java.time.Instant.now());
            replies = chosen ? dialogue.choose(c, text) : dialogue.hear(c, text);
            if (c.takeCleared()) {
                redrawn = c.transcript();
            }
            store.save(connection.token, c);
        }
        if (redrawn != null) {
            send(connection, new ChatFrames.History(redrawn));
        } else {
            sendAll(connection, replies);
        }
    }

    private void sendAll(Connection connection, List<ChatMessage> messages) throws IOException {
        for (ChatMessage m : messages) {
            send(connection, ChatFrames.Bot.of(m));
        }
    }

    private void send(Connection connection, Object frame) throws IOException {
        if (connection.session.isOpen()) {
            connection.session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Chat connection error: {}", exception.getClass().getSimpleName());
    }

    /** The client's address (behind a trusted proxy, the address the proxy reports; see docs/security.md). */
    private static String client(WebSocketSession session) {
        var address = session.getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
