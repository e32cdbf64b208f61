package uk.lantern.web.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in the database ({@code chat_conversation}), so any instance can continue one.
 * Rows are keyed by the SHA-256 of the resume token (hex), never the token. Each turn's state is
 * written here before the answer is sent; an instance that does not hold a conversation loads it
 * from here. Thread-safe.
 */
final class ConversationRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ConversationRecords(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Writes the conversation's state under its token, replacing what was there. */
    void save(String token, Conversation conversation) {
        String state = JSON.writeValueAsString(conversation.snapshot());
        Timestamp lastActive = Timestamp.from(conversation.lastActive());
        String key = hash(token);
        int updated = jdbc.sql("update chat_conversation set state = ?, last_active = ? where token_hash = ?")
                .params(state, lastActive, key).update();
        if (updated == 0) {
            jdbc.sql("insert into chat_conversation (token_hash, state, last_active) values (?, ?, ?)")
                    .params(key, state, lastActive).update();
        }
    }

    /** The conversation stored under the token, if any. */
    Optional<Conversation> find(String token) {
        return jdbc.sql("select state from chat_conversation where token_hash = ?").param(hash(token))
                .query(String.class).optional()
                .map(state -> Conversation.restore(JSON.readValue(state, Conversation.Snapshot.class)));
    }

    /** When the stored conversation was last active, if there is one. */
    Optional<Instant> lastActive(String token) {
        return jdbc.sql("select last_active from chat_conversation where token_hash = ?").param(hash(token))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    void delete(String token) {
        jdbc.sql("delete from chat_conversation where token_hash = ?").param(hash(token)).update();
    }

    /** Deletes every conversation last active before {@code cutoff}; returns how many. */
    int deleteIdleSince(Instant cutoff) {
        return jdbc.sql("delete from chat_conversation where last_active < ?").param(Timestamp.from(cutoff)).update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
