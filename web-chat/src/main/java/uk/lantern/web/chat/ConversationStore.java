package uk.lantern.web.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations in memory, each behind an unguessable token (128 random bits, base64url). A
 * conversation idle for longer than the idle limit is forgotten; {@link #sweep()} runs on a
 * schedule. The number held at once is bounded. Thread-safe.
 */
public final class ConversationStore {

    private static final int TOKEN_BYTES = 16;

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idleLimit;
    private final int maxConversations;
    private final Clock clock;

    public ConversationStore(Duration idleLimit, int maxConversations, Clock clock) {
        this.idleLimit = idleLimit;
        this.maxConversations = maxConversations;
        this.clock = clock;
    }

    /** A new conversation and its token. */
    public record Started(String token, Conversation conversation) {
    }

    /** Starts a conversation, or returns empty when the store is full even after forgetting idle ones. */
    public Optional<Started> start() {
        if (conversations.size() >= maxConversations) {
            sweep();
            if (conversations.size() >= maxConversations) {
                return Optional.empty();
            }
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Conversation conversation = new Conversation(clock.instant());
        conversations.put(token, conversation);
        return Optional.of(new Started(token, conversation));
    }

    /** The conversation behind a token, when it exists and has not been idle too long. */
    public Optional<Conversation> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        Conversation c = conversations.get(token);
        if (c == null) {
            return Optional.empty();
        }
        if (isIdle(c, clock.instant())) {
            conversations.remove(token, c);
            return Optional.empty();
        }
        c.touch(clock.instant());
        return Optional.of(c);
    }

    /** Forgets every conversation idle for longer than the limit. */
    public void sweep() {
        Instant now = clock.instant();
        conversations.entrySet().removeIf(e -> isIdle(e.getValue(), now));
    }

    public int size() {
        return conversations.size();
    }

    private boolean isIdle(Conversation c, Instant now) {
        return c.lastActive().plus(idleLimit).isBefore(now);
    }
}
