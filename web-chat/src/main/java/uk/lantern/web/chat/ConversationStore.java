package uk.lantern.web.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations, each behind an unguessable token (128 random bits, base64url), held in memory by
 * the instance serving them and written through to the database ({@link ConversationRecords}) by
 * {@link #save}, so that any instance can continue one: {@link #resume} loads a conversation this
 * instance does not hold, or holds an older state of than the database. A conversation idle for
 * longer than the idle limit is forgotten; {@link #sweep()} runs on a schedule on every instance,
 * and {@link #deleteIdle()} on one at a time. Capacity counts what this instance holds in memory:
 * a conversation forgotten to make room stays in the database until idle too long, and is loaded
 * again if the person comes back. The number held at once is bounded, and so is each client's share: at most
 * {@link Capacity#perClient()} open conversations per client address and
 * {@link Capacity#newPerMinute()} new ones a minute. When the store is full, the conversation
 * idle longest is forgotten to make room, provided it has been idle at least
 * {@link Capacity#evictableAfter()}; only when every conversation is busier than that is anyone
 * refused. Thread-safe.
 */
public final class ConversationStore {

    private static final int TOKEN_BYTES = 16;
    /** The client of a conversation begun on another instance: its address is not stored. */
    private static final String RESUMED_ELSEWHERE = "elsewhere";
    /** The client of a conversation whose connection has closed: it no longer counts as open. */
    private static final String RELEASED = "closed";

    /**
     * How much the store holds.
     *
     * @param idleLimit      a conversation idle this long is forgotten
     * @param max            conversations held at once, across all clients
     * @param perClient      open conversations (connection still open) one client address may hold
     * @param newPerMinute   new conversations one client address may start a minute (burst and rate)
     * @param evictableAfter a full store forgets the longest-idle conversation if idle at least this long
     */
    public record Capacity(Duration idleLimit, int max, int perClient, int newPerMinute, Duration evictableAfter) {
    }

    /** Why a conversation could not start. */
    public enum Refusal {
        /** Every place is taken by a conversation active within {@link Capacity#evictableAfter()}. */
        FULL,
        /** This client already holds its share, or started too many this minute. */
        CLIENT_LIMIT
    }

    /** A new conversation and its token, or why there is none. */
    public record Started(String token, Conversation conversation, Refusal refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private record Held(Conversation conversation, String client) {
    }

    private final Map<String, Held> conversations = new ConcurrentHashMap<>();
    /** Each client's allowance of new conversations, forgotten once it would be full again anyway. */
    private final Cache<String, RateLimit> newConversations;
    private final SecureRandom random = new SecureRandom();
    private final Capacity capacity;
    private final Clock clock;
    private final ConversationRecords records;

    ConversationStore(Capacity capacity, Clock clock, ConversationRecords records) {
        this.capacity = capacity;
        this.clock = clock;
        this.records = records;
        this.newConversations = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2))
                .maximumSize(Math.max(1000, capacity.max() * 4L)).build();
    }

    /**
     * Starts a conversation for the client at {@code client} (its address), or says why not.
     * The client's allowance is spent only when a conversation starts.
     */
    public synchronized Started start(String client) {
        Instant now = clock.instant();
        long openHere = conversations.values().stream().filter(h -> h.client().equals(client)).count();
        if (openHere >= capacity.perClient()) {
            return refused(Refusal.CLIENT_LIMIT);
        }
        RateLimit allowance = newConversations.get(client,
                c -> new RateLimit(capacity.newPerMinute(), capacity.newPerMinute() / 60d, nanos(now)));
        if (conversations.size() >= capacity.max() && !makeRoom(now)) {
            return refused(Refusal.FULL);
        }
        if (!allowance.tryTake(nanos(now))) {
            return refused(Refusal.CLIENT_LIMIT);
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Conversation conversation = new Conversation(now);
        conversations.put(token, new Held(conversation, client));
        records.save(token, conversation);
        return new Started(token, conversation, null);
    }

    /**
     * The conversation behind a token, when it exists and has not been idle too long: the one held
     * here if the database has nothing newer, otherwise the database's (another instance served it
     * since). The caller saves it after using it.
     */
    public Optional<Conversation> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Held held = conversations.get(token);
        Optional<Instant> stored = records.lastActive(token);
        Conversation c;
        if (stored.isEmpty()) {
            if (held != null) {
                conversations.remove(token, held);
            }
            return Optional.empty();
        } else if (held != null && !stored.get().isAfter(held.conversation().lastActive())) {
            c = held.conversation();
        } else {
            Optional<Conversation> loaded = records.find(token);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            c = loaded.get();
            conversations.put(token, new Held(c, held == null ? RESUMED_ELSEWHERE : held.client()));
        }
        if (idleFor(c, now).compareTo(capacity.idleLimit()) > 0) {
            conversations.remove(token);
            records.delete(token);
            return Optional.empty();
        }
        c.touch(now);
        return Optional.of(c);
    }

    /**
     * The chat behind {@code token} is no longer open (its connection closed): it stops counting
     * against its client's share of open chats, so a library or care home whose people chat one
     * after another from one address is not refused for the idle limit after about
     * {@link Capacity#perClient()} chats. The conversation itself is kept, so the person can still
     * come back with the token until it has been idle too long. Unknown tokens are ignored.
     */
    public void release(String token) {
        if (token != null) {
            conversations.computeIfPresent(token, (t, h) -> new Held(h.conversation(), RELEASED));
        }
    }

    /** Writes the conversation's state through to the database; call after each turn, before answering. */
    public void save(String token, Conversation conversation) {
        records.save(token, conversation);
    }

    /** Deletes from the database every conversation idle for longer than the limit; returns how many. */
    int deleteIdle() {
        return records.deleteIdleSince(clock.instant().minus(capacity.idleLimit()));
    }

    /** Forgets every conversation idle for longer than the limit. */
    public void sweep() {
        Instant now = clock.instant();
        conversations.values().removeIf(h -> idleFor(h.conversation(), now).compareTo(capacity.idleLimit()) > 0);
    }

    public int size() {
        return conversations.size();
    }

    /** Forgets expired conversations, then if still full the longest-idle one if it may be; true when there is room. */
    private boolean makeRoom(Instant now) {
        sweep();
        if (conversations.size() < capacity.max()) {
            return true;
        }
        // a closed chat first, at once: it stays in the database and is loaded again if the person comes back
        Optional<Map.Entry<String, Held>> closed = conversations.entrySet().stream()
                .filter(e -> RELEASED.equals(e.getValue().client()))
                .min(Comparator.comparing(e -> e.getValue().conversation().lastActive()));
        if (closed.isPresent()) {
            conversations.remove(closed.get().getKey(), closed.get().getValue());
            return true;
        }
        Optional<Map.Entry<String, Held>> idlest = conversations.entrySet().stream()
                .min(Comparator.comparing(e -> e.getValue().conversation().lastActive()));
        if (idlest.isPresent()
                && idleFor(idlest.get().getValue().conversation(), now).compareTo(capacity.evictableAfter()) >= 0) {
            conversations.remove(idlest.get().getKey(), idlest.get().getValue());
            return true;
        }
        return false;
    }

    private static Started refused(Refusal why) {
        return new Started(null, null, why);
    }

    private static Duration idleFor(Conversation c, Instant now) {
        return Duration.between(c.lastActive(), now);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
