package uk.lantern.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who read or changed which screening record, and when. Entries name
 * records by their random id and never carry personal data: no reference, postcode or answers.
 * There is deliberately no way to change or delete an entry, and the database refuses it too.
 */
@Component
public class AuditLog {

    /** What was done. */
    public enum Action {
        RECORD_CREATED, RECORD_READ, RECORD_UPDATED, RECORD_ERASED, RECORDS_LISTED, RECORDS_EXPORTED, RETENTION_DELETED,
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_UPDATED, PASSWORD_RESET, PASSWORD_CHANGED,
        TEAM_CREATED, TEAM_RENAMED, TEAM_CONTACT_CHANGED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_RESET,
        DIRECTORY_IMPORTED, DIRECTORY_IMPORT_REFUSED, DIRECTORY_HARVEST_ASKED, DIRECTORY_MAPPING_SAVED
    }

    /** One entry, as read back. */
    public record Entry(long id, Instant at, String actor, Action action, UUID recordId, String team, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityEvents events;

    public AuditLog(JdbcClient jdbc, Clock clock, SecurityEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Appends an entry, and logs it as a security event with the client's address. {@code detail}
     * must never hold personal data: counts, usernames and field names only.
     */
    public void append(String actor, Action action, UUID recordId, String team, String detail) {
        jdbc.sql("insert into audit_entry (at, actor, action, record_id, team, detail) values (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor, action.name(), recordId,
                        team, detail)
                .update();
        events.record("audit." + action.name().toLowerCase(java.util.Locale.ROOT), actor, "record", recordId,
                "team", team, "detail", detail);
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("select id, at, actor, action, record_id, team, detail from audit_entry order by id desc limit ?")
                .param(limit)
                .query(AuditLog::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), Action.valueOf(rs.getString("action")),
                rs.getObject("record_id", UUID.class), rs.getString("team"), rs.getString("detail"));
    }

    /** Every entry about one record, oldest first. */
    public List<Entry> forRecord(UUID recordId) {
        return jdbc.sql("select id, at, actor, action, record_id, team, detail from audit_entry where record_id = ? order by id")
                .param(recordId)
                .query(AuditLog::entry)
                .list();
    }
}
