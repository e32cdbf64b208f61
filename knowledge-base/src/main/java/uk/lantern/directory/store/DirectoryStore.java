package uk.lantern.directory.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.signpost.Eligibility;

/**
 * The directory in the database: one row per service holding its whole HSDS 3.0 record, a
 * revision raised by every change, and the history of replacements. Plain JDBC over any
 * {@link DataSource} (H2 and PostgreSQL are tested); the tables come from the application's
 * migrations {@code V30__directory.sql}, {@code V31__directory_feed.sql} and
 * {@code V48__directory_import_warnings.sql}
 * and {@code V54__directory_import_closed.sql}.
 *
 * <p>Every change is one transaction, so the database holds either the old directory or the new
 * one. A replacement writes only what differs: rows whose record is unchanged (same SHA-256
 * fingerprint) are left alone, which keeps a daily re-harvest of a council's feed cheap. New rows go
 * in as JDBC batches, or on PostgreSQL in one {@code COPY} ({@link PostgresCopy}).
 *
 * <p>Thread-safe: each call takes its own connection from the pool.
 */
public final class DirectoryStore {
    private static final int BATCH = 500;
    /** Problems kept per history entry; the entry's count says how many there were in all. */
    public static final int MAX_STORED_PROBLEMS = 200;
    /** The longest summary kept with a history entry (characters); longer ones are cut (V54). */
    public static final int MAX_SUMMARY = 4000;
    /** How a warning's message starts in the history's problem table, which has no column for it. */
    private static final String WARNING = "warning: ";
    private static final FieldProblems ALREADY_REPORTED = (record, field, message) -> { };

    private final DataSource dataSource;

    public DirectoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A service as stored: its HSDS JSON text and that text's fingerprint. */
    public record Row(Service service, String json, String fingerprint) {
        /**
         * The row for a service on its way into the database. Its {@link #json()} is the record as
         * sent, with nothing Lantern read from its words; {@link #service()} carries that reading
         * beside it (groups read from its {@code eligibility_description}, {@link Eligibility#recorded}),
         * the form the index must be given, which keeps the reading in a field of its own (round 13).
         */
        public static Row of(Service service) {
            String json = HsdsServiceWriter.json(service);
            return new Row(Eligibility.recorded(service), json, DirectoryStore.fingerprint(json));
        }
    }

    /** What a replacement did. */
    public record Replacement(long revision, ImportRecord record) {
    }

    /**
     * One entry of the history with its row id, by which its stored problems are read.
     *
     * @param closedAt when an entry that waited for confirmation stopped waiting (its outcome then
     *                 {@link ImportRecord#CONFIRMED}, {@link ImportRecord#CANCELLED} or
     *                 {@link ImportRecord#EXPIRED}); null for every other entry and one still waiting
     */
    public record HistoryEntry(long id, ImportRecord record, Instant closedAt) {
    }

    /**
     * What the harvester knows of one feed address.
     *
     * @param fullStartedAt      when the last applied full harvest started; null before the first
     * @param lastStartedAt      when the last applied harvest of any kind started: the next {@code modified_after}
     * @param modifiedAfterWorks false once the feed has refused {@code modified_after}
     */
    public record FeedState(String feedUrl, Instant fullStartedAt, Instant lastStartedAt, boolean modifiedAfterWorks) {
    }

    /** The taxonomy mapping an admin saved, with who saved it and when. */
    public record SavedMapping(String csv, Instant updatedAt, String updatedBy) {
    }

    /** The current revision; raised by every change. */
    public long revision() {
        return query("select revision from directory_revision where id = 1", rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public int count() {
        return query("select count(*) from directory_service", rs -> rs.next() ? rs.getInt(1) : 0);
    }

    /**
     * True when the directory has never held anything: no services and no replacement recorded.
     * Only then may the shipped sample be put in, so sample data never returns over real data.
     */
    public boolean isUnused() {
        return count() == 0 && query("select count(*) from directory_import", rs -> rs.next() && rs.getInt(1) == 0);
    }

    /** Every service, in id order, read back from its stored HSDS record. */
    public List<Service> services() {
        List<Service> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** Streams every service in id order without holding them all as JSON text at once. */
    public void forEach(Consumer<Service> action) {
        HsdsServiceReader reader = new HsdsServiceReader(ALREADY_REPORTED);
        withConnection(false, c -> {
            try (PreparedStatement ps = c.prepareStatement("select hsds from directory_service order by id")) {
                ps.setFetchSize(BATCH); // PostgreSQL streams with a cursor only outside autocommit
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JsonNode node = HsdsServiceWriter.JSON.readTree(rs.getString(1));
                        reader.read(node, "stored", null).ifPresent(action);
                    }
                }
            }
            return null;
        });
    }

    /** The ids of every stored service. */
    public Set<String> ids() {
        return query("select id from directory_service", rs -> {
            Set<String> ids = new java.util.HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        });
    }

    /** The stored HSDS record of one service, as JSON text. */
    public Optional<String> json(String id) {
        return query("select hsds from directory_service where id = ?", ps -> ps.setString(1, id),
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }

    /**
     * Makes {@code rows} the whole directory in one transaction and records it in the history.
     * Ids must be unique (importers deduplicate).
     */
    public Replacement replaceAll(List<Row> rows, ImportRecord record) {
        return replaceAll(rows, record, List.of());
    }

    /** As {@link #replaceAll(List, ImportRecord)}, keeping the first problems found with the history entry. */
    public Replacement replaceAll(List<Row> rows, ImportRecord record, List<ImportProblem> problems) {
        return withConnection(true, c -> {
            Diff diff = diff(c, rows);
            List<Row> added = diff.added();
            List<Row> changed = diff.changed();
            List<String> removed = diff.removed();
            try (PreparedStatement ps = c.prepareStatement("delete from directory_service where id = ?")) {
                batch(ps, removed, (p, id) -> p.setString(1, id));
            }
            try (PreparedStatement ps = c.prepareStatement("update directory_service set organization_id = ?,"
                    + " organization_name = ?, name = ?, status = ?, minimum_age = ?, maximum_age = ?,"
                    + " last_modified = ?, fingerprint = ?, hsds = ? where id = ?")) {
                batch(ps, changed, (p, row) -> bindColumns(p, row, 1).setString(10, row.service().id()));
            }
            if (!added.isEmpty() && PostgresCopy.applies(c)) {
                PostgresCopy.insert(c, COLUMNS, added);
            } else {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    batch(ps, added, DirectoryStore::bindInsert);
                }
            }
            long revision = raiseRevision(c);
            ImportRecord done = record.withCounts(rows.size(), added.size(), changed.size(), removed.size())
                    .withRemovedNamed(diff.removedNamed());
            insertProblems(c, insertRecord(c, done), problems);
            return new Replacement(revision, done);
        });
    }

    /** Adds or replaces one service; returns the new revision. */
    public long upsert(Row row) {
        return withConnection(true, c -> {
            try (PreparedStatement del = c.prepareStatement("delete from directory_service where id = ?")) {
                del.setString(1, row.service().id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(INSERT)) {
                bindInsert(ins, row);
                ins.executeUpdate();
            }
            return raiseRevision(c);
        });
    }

    /** Removes one service; the new revision, or empty when there was no such service. */
    public OptionalLong remove(String id) {
        return withConnection(true, c -> {
            try (PreparedStatement del = c.prepareStatement("delete from directory_service where id = ?")) {
                del.setString(1, id);
                if (del.executeUpdate() == 0) {
                    return OptionalLong.empty();
                }
            }
            return OptionalLong.of(raiseRevision(c));
        });
    }

    /**
     * What replacing the directory with some rows would do: the rows to add and to change, the ids to
     * remove, and the first {@link uk.lantern.directory.ImportOutcome.TooManyRemovals#EXAMPLES} of those as "Name (id)".
     */
    private record Diff(List<Row> added, List<Row> changed, List<String> removed, List<String> removedNamed) {
    }

    private static Diff diff(Connection c, List<Row> rows) throws SQLException {
        Map<String, String> existing = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, fingerprint, name from directory_service");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getString(2));
                names.put(rs.getString(1), rs.getString(3));
            }
        }
        List<Row> added = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (Row row : rows) {
            String old = existing.get(row.service().id());
            kept.add(row.service().id());
            if (old == null) {
                added.add(row);
            } else if (!old.equals(row.fingerprint())) {
                changed.add(row);
            }
        }
        List<String> removed = existing.keySet().stream().filter(id -> !kept.contains(id)).sorted().toList();
        return new Diff(added, changed, removed, removed.stream()
                .limit(uk.lantern.directory.ImportOutcome.TooManyRemovals.EXAMPLES)
                .map(id -> names.get(id) + " (" + id + ")").toList());
    }

    /**
     * {@code record} with the counts a replacement with {@code rows} would have: how many services it would
     * add, change and remove, for the history entry of a replacement held for confirmation, so the entry says
     * what confirming it would do (round 16; it said 0, 0 and 0). Changes nothing.
     */
    public ImportRecord wouldBe(List<Row> rows, ImportRecord record) {
        return withConnection(false, c -> {
            Diff diff = diff(c, rows);
            return record.withCounts(rows.size(), diff.added().size(), diff.changed().size(), diff.removed().size());
        });
    }

    /**
     * Records an attempt that changed nothing (refused, failed or waiting), so admins see it in the history.
     *
     * @return the entry's id
     */
    public long recordAttempt(ImportRecord record) {
        return recordAttempt(record, List.of());
    }

    /** As {@link #recordAttempt(ImportRecord)}, keeping the first problems found with the entry. */
    public long recordAttempt(ImportRecord record, List<ImportProblem> problems) {
        return withConnection(true, c -> {
            long id = insertRecord(c, record);
            insertProblems(c, id, problems);
            return id;
        });
    }

    /**
     * Closes one entry that is {@link ImportRecord#WAITING}: its outcome becomes {@code outcome}
     * ({@link ImportRecord#CONFIRMED}, {@link ImportRecord#CANCELLED} or {@link ImportRecord#EXPIRED})
     * and {@code closedAt} is kept with it. An entry no longer waiting is left as it is.
     *
     * @return true when the entry was waiting and is now closed
     */
    public boolean closeWaiting(long id, String outcome, Instant closedAt) {
        return withConnection(true, c -> {
            try (PreparedStatement ps = c.prepareStatement("update directory_import set outcome = ?, closed_at = ?"
                    + " where id = ? and outcome = ?")) {
                ps.setString(1, outcome);
                ps.setTimestamp(2, Timestamp.from(closedAt));
                ps.setLong(3, id);
                ps.setString(4, ImportRecord.WAITING);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Closes every {@link ImportRecord#WAITING} entry of {@code kind} from {@code source} as
     * {@code outcome} at {@code closedAt}: an import or harvest applied with confirmation closes the
     * entries that waited for it.
     *
     * @return how many entries were closed
     */
    public int closeWaiting(String kind, String source, String outcome, Instant closedAt) {
        return withConnection(true, c -> {
            try (PreparedStatement ps = c.prepareStatement("update directory_import set outcome = ?, closed_at = ?"
                    + " where kind = ? and source = ? and outcome = ?")) {
                ps.setString(1, outcome);
                ps.setTimestamp(2, Timestamp.from(closedAt));
                ps.setString(3, kind);
                ps.setString(4, clip(source, 300));
                ps.setString(5, ImportRecord.WAITING);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Closes as {@link ImportRecord#EXPIRED} every entry still {@link ImportRecord#WAITING} that began
     * {@code lifetime} or longer before {@code now}; each is closed at its start plus {@code lifetime},
     * when its wait ran out, whoever notices it and whenever (after a restart too).
     *
     * @return how many entries were closed
     */
    public int expireWaiting(Instant now, java.time.Duration lifetime) {
        Instant cutoff = now.minus(lifetime);
        Map<Long, Instant> stale = query("select id, happened_at from directory_import where outcome = ?"
                + " and happened_at <= ?", ps -> {
                    ps.setString(1, ImportRecord.WAITING);
                    ps.setTimestamp(2, Timestamp.from(cutoff));
                }, rs -> {
                    Map<Long, Instant> found = new java.util.LinkedHashMap<>();
                    while (rs.next()) {
                        found.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                    }
                    return found;
                });
        int closed = 0;
        for (Map.Entry<Long, Instant> e : stale.entrySet()) {
            closed += closeWaiting(e.getKey(), ImportRecord.EXPIRED, e.getValue().plus(lifetime)) ? 1 : 0;
        }
        return closed;
    }

    /** The newest {@code max} entries of the history with their ids, newest first. */
    public List<HistoryEntry> entries(int max) {
        return query("select id, happened_at, kind, source, services, added, changed, removed, problems, warnings,"
                + " outcome, summary, closed_at from directory_import order by happened_at desc, id desc",
                ps -> ps.setMaxRows(max), rs -> {
            List<HistoryEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new HistoryEntry(rs.getLong(1), record(rs, 2), instant(rs.getTimestamp(13))));
            }
            return entries;
        });
    }

    /** The problems kept with one history entry, in the order they were found. */
    public List<ImportProblem> problems(long importId) {
        return query("select record, field, message from directory_import_problem where import_id = ? order by position",
                ps -> ps.setLong(1, importId), rs -> {
                    List<ImportProblem> problems = new ArrayList<>();
                    while (rs.next()) {
                        String message = rs.getString(3);
                        boolean warning = message != null && message.startsWith(WARNING);
                        problems.add(new ImportProblem("", rs.getString(1), rs.getString(2),
                                warning ? message.substring(WARNING.length()) : message, warning));
                    }
                    return problems;
                });
    }

    /** What the harvester knows of a feed address; empty for one never harvested. */
    public Optional<FeedState> feedState(String feedUrl) {
        return query("select full_started_at, last_started_at, modified_after_works from directory_feed_state"
                + " where feed_url = ?", ps -> ps.setString(1, feedUrl), rs -> rs.next()
                ? Optional.of(new FeedState(feedUrl, instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
                        rs.getBoolean(3)))
                : Optional.empty());
    }

    public void saveFeedState(FeedState state) {
        withConnection(true, c -> {
            try (PreparedStatement del = c.prepareStatement("delete from directory_feed_state where feed_url = ?")) {
                del.setString(1, state.feedUrl());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("insert into directory_feed_state (feed_url,"
                    + " full_started_at, last_started_at, modified_after_works) values (?, ?, ?, ?)")) {
                ins.setString(1, state.feedUrl());
                ins.setTimestamp(2, state.fullStartedAt() == null ? null : Timestamp.from(state.fullStartedAt()));
                ins.setTimestamp(3, state.lastStartedAt() == null ? null : Timestamp.from(state.lastStartedAt()));
                ins.setBoolean(4, state.modifiedAfterWorks());
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** The taxonomy mapping an admin saved; empty while the shipped one applies. */
    public Optional<SavedMapping> taxonomyMapping() {
        return query("select mapping, updated_at, updated_by from directory_taxonomy_mapping where id = 1",
                rs -> rs.next() ? Optional.of(new SavedMapping(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3))) : Optional.empty());
    }

    /**
     * Keeps {@code csv} as the taxonomy mapping (already validated by the caller), raising the
     * revision in the same transaction so every instance's index follows.
     *
     * @return the new revision
     */
    public long saveTaxonomyMapping(String csv, String updatedBy, Instant at) {
        return withConnection(true, c -> {
            try (PreparedStatement del = c.prepareStatement("delete from directory_taxonomy_mapping where id = 1")) {
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("insert into directory_taxonomy_mapping (id, mapping,"
                    + " updated_at, updated_by) values (1, ?, ?, ?)")) {
                ins.setString(1, csv);
                ins.setTimestamp(2, Timestamp.from(at));
                ins.setString(3, clip(updatedBy, 200));
                ins.executeUpdate();
            }
            return raiseRevision(c);
        });
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The newest {@code max} entries of the history, newest first. */
    public List<ImportRecord> history(int max) {
        return query("select happened_at, kind, source, services, added, changed, removed, problems, warnings, outcome, summary"
                + " from directory_import order by happened_at desc, id desc", ps -> ps.setMaxRows(max), rs -> {
            List<ImportRecord> records = new ArrayList<>();
            while (rs.next()) {
                records.add(record(rs, 1));
            }
            return records;
        });
    }

    /** The replacement that put the current data in, if any. */
    public Optional<ImportRecord> lastApplied() {
        // Asked of the database, not of the newest entries: a run of failed harvests must not hide it.
        return query("select happened_at, kind, source, services, added, changed, removed, problems, warnings, outcome, summary"
                + " from directory_import where outcome = ? order by happened_at desc, id desc",
                ps -> {
                    ps.setString(1, ImportRecord.APPLIED);
                    ps.setMaxRows(1);
                }, rs -> rs.next() ? Optional.of(record(rs, 1)) : Optional.empty());
    }

    private static ImportRecord record(ResultSet rs, int first) throws SQLException {
        return new ImportRecord(rs.getTimestamp(first).toInstant(), rs.getString(first + 1), rs.getString(first + 2),
                rs.getInt(first + 3), rs.getInt(first + 4), rs.getInt(first + 5), rs.getInt(first + 6),
                rs.getInt(first + 7), rs.getInt(first + 8), rs.getString(first + 9), rs.getString(first + 10));
    }

    // --- SQL ---

    /** The columns of a service's row, in the order {@link #columns(Row)} gives their values. */
    static final String COLUMNS = "organization_id, organization_name, name, status, minimum_age, maximum_age,"
            + " last_modified, fingerprint, hsds, id";
    private static final String INSERT = "insert into directory_service (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] COLUMN_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.INTEGER, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    /** A row's column values in {@link #COLUMNS} order (null for none); the last is the id. */
    static Object[] columns(Row row) {
        Service s = row.service();
        return new Object[] {
            s.organization() == null ? null : clip(s.organization().id(), 200),
            s.organization() == null ? null : clip(s.organization().name(), 1000),
            clip(s.name(), 1000), s.status().code(), s.minimumAge(), s.maximumAge(), lastModified(s),
            row.fingerprint(), row.json(), s.id()};
    }

    private static void bindInsert(PreparedStatement ps, Row row) throws SQLException {
        bindColumns(ps, row, 1).setString(10, row.service().id());
    }

    /** Binds the first nine columns (all but the id) from parameter {@code first} on. */
    private static PreparedStatement bindColumns(PreparedStatement ps, Row row, int first) throws SQLException {
        Object[] values = columns(row);
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] == null) {
                ps.setNull(first + i, COLUMN_TYPES[i]);
            } else {
                ps.setObject(first + i, values[i]);
            }
        }
        return ps;
    }

    /** The record's own {@code last_modified} as a date-time; see {@link HsdsServiceWriter#lastModified}. */
    static OffsetDateTime lastModified(Service s) {
        return HsdsServiceWriter.lastModified(s);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static long raiseRevision(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("update directory_revision set revision = revision + 1 where id = 1")) {
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("select revision from directory_revision where id = 1");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts one history entry; its new id. */
    private static long insertRecord(Connection c, ImportRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into directory_import (happened_at, kind, source,"
                + " services, added, changed, removed, problems, warnings, outcome, summary)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setTimestamp(1, Timestamp.from(r.happenedAt() == null ? Instant.now() : r.happenedAt()));
            ps.setString(2, r.kind());
            ps.setString(3, clip(r.source(), 300));
            ps.setInt(4, r.services());
            ps.setInt(5, r.added());
            ps.setInt(6, r.changed());
            ps.setInt(7, r.removed());
            ps.setInt(8, r.problems());
            ps.setInt(9, r.warnings());
            ps.setString(10, r.outcome());
            ps.setString(11, clip(r.summary(), MAX_SUMMARY));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertProblems(Connection c, long importId, List<ImportProblem> problems) throws SQLException {
        List<ImportProblem> kept = problems.subList(0, Math.min(problems.size(), MAX_STORED_PROBLEMS));
        try (PreparedStatement ps = c.prepareStatement("insert into directory_import_problem (import_id, position,"
                + " record, field, message) values (?, ?, ?, ?, ?)")) {
            int[] position = {0};
            batch(ps, kept, (p, problem) -> {
                p.setLong(1, importId);
                p.setInt(2, position[0]++);
                p.setString(3, clip(String.valueOf(problem.record() == null ? "" : problem.record()), 300));
                p.setString(4, clip(problem.field() == null ? "" : problem.field(), 300));
                p.setString(5, clip((problem.warning() ? WARNING : "") + problem.message(), 1000));
            });
        }
    }

    static String fingerprint(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    // --- plumbing ---

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T value) throws SQLException;
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> void batch(PreparedStatement ps, List<T> values, Binder<T> binder) throws SQLException {
        int pending = 0;
        for (T value : values) {
            binder.bind(ps, value);
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            ps.executeBatch();
        }
    }

    private <T> T query(String sql, Rows<T> rows) {
        return query(sql, ps -> { }, rows);
    }

    @FunctionalInterface
    private interface Setup {
        void apply(PreparedStatement ps) throws SQLException;
    }

    private <T> T query(String sql, Setup setup, Rows<T> rows) {
        return withConnection(false, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                setup.apply(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return rows.read(rs);
                }
            }
        });
    }

    /**
     * Runs {@code work} in one transaction (rolled back on any failure). Reads also run outside
     * autocommit so PostgreSQL can stream large results with a cursor.
     */
    private <T> T withConnection(boolean writes, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DirectoryStoreException((writes ? "Could not save to" : "Could not read")
                    + " the directory's tables; the directory is unchanged. Cause: " + e.getMessage(), e);
        }
    }
}
