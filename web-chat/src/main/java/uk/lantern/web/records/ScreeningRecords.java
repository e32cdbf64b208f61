package uk.lantern.web.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.AnswerProblem;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Postcodes;
import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.AuditLog;
import uk.lantern.web.audit.AuditLog.Action;
import uk.lantern.web.operations.LanternMeters;

/**
 * Workers' stored screenings. Every method takes the signed-in username and works within that
 * account's team only: another team's record is as good as absent. Every read and change writes
 * an audit entry naming the record by id. Screenings are scored by the same engine as the chat,
 * and the assessment is stored as it was, so a later rule change does not rewrite history.
 */
@Service
public class ScreeningRecords {

    /** Longest notes accepted, in characters. */
    public static final int MAX_NOTES = 2000;
    /** The longest place a worker may correct a record to, in characters. */
    public static final int MAX_PLACE = 100;
    /** Dates the worker types (follow-ups) are UK dates. */
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /_.-]{0,39}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() { };
    private static final TypeReference<List<ServiceChoice>> CHOICES = new TypeReference<>() { };

    /** The record a submission made, and whether this call made it (false for a repeat). */
    public record Saved(StoredScreening record, boolean created) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ScreeningEngine engine;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final DiskSync disk;
    private final LanternMeters meters;

    public ScreeningRecords(JdbcClient jdbc, TransactionTemplate transaction, ScreeningEngine engine,
            AccountStore accounts, AuditLog audit, Clock clock, DiskSync disk, LanternMeters meters) {
        this.disk = disk;
        this.meters = meters;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.engine = engine;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Scores and stores a screening made with consent. A submission id seen before returns the
     * record it made, whoever in the team repeats it, and stores nothing new.
     */
    public Saved save(NewScreening screening, String username) {
        Account worker = account(username);
        List<InvalidScreeningException.Problem> problems = new ArrayList<>();
        if (screening.submissionId() == null) {
            problems.add(problem("submissionId", "A submission id is needed so a retry cannot store the screening twice"));
        }
        if (!screening.consent()) {
            problems.add(problem("consent", "Nothing is stored without the person's consent"));
        }
        String reference = screening.reference() == null ? "" : screening.reference().strip();
        if (reference.isEmpty()) {
            problems.add(problem("reference", "Enter your reference for this person"));
        } else if (!REFERENCE.matcher(reference).matches()) {
            problems.add(problem("reference",
                    "Reference must be up to 40 letters, numbers, spaces, dots, dashes or slashes"));
        }
        Assessment assessment = null;
        if (screening.answers() == null) {
            problems.add(problem("answers", "The answers are missing"));
        } else {
            try {
                assessment = engine.assess(screening.answers());
            } catch (InvalidAnswersException e) {
                for (AnswerProblem p : e.problems()) {
                    problems.add(problem("answers." + p.question(), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScreeningException(problems);
        }
        Optional<StoredScreening> earlier = bySubmission(screening.submissionId(), worker);
        if (earlier.isPresent()) {
            return new Saved(earlier.get(), false);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        Assessment scored = assessment;
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        insert into screening (id, submission_id, team, worker, reference, postcode, age_band, answers,
                            assessment, band, score, urgent, rule_base_version, services_offered, referrals, notes,
                            follow_up_on, consent_at, created_at, updated_at, place_given)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]', null, null, ?, ?, ?, ?)""")
                        .params(id, screening.submissionId(), worker.team(), worker.username(), reference,
                                postcode(screening.answers()), ageBand(screening.answers()),
                                JSON.writeValueAsString(screening.answers()), JSON.writeValueAsString(scored),
                                scored.band().name().toLowerCase(java.util.Locale.ROOT), scored.score(),
                                scored.urgent(), scored.ruleBaseVersion(), now, now, now, placeGiven(screening))
                        .update();
                audit.append(worker.username(), Action.RECORD_CREATED, id, worker.team(), "with consent");
                closeEarlierFollowUps(id, reference, worker, now);
            });
        } catch (DuplicateKeyException raced) {
            // The same submission arrived twice at once: the other one stored it.
            return new Saved(bySubmission(screening.submissionId(), worker).orElseThrow(() -> raced), false);
        }
        disk.afterCommit();
        meters.screeningCompleted(LanternMeters.Channel.DOORSTEP);
        return new Saved(load(id, worker.team()).orElseThrow(), true);
    }

    /** One record, if it belongs to the worker's team. */
    public Optional<StoredScreening> read(UUID id, String username) {
        Account worker = account(username);
        Optional<StoredScreening> record = load(id, worker.team());
        record.ifPresent(r -> audit.append(worker.username(), Action.RECORD_READ, id, worker.team(), null));
        return record;
    }

    /** Every record of the same person (same team and reference), oldest first, for before and after. */
    public List<StoredScreening> history(UUID id, String username) {
        Account worker = account(username);
        Optional<StoredScreening> record = load(id, worker.team());
        if (record.isEmpty()) {
            return List.of();
        }
        List<StoredScreening> all = jdbc.sql("select * from screening where team = ? and reference = ? order by created_at, id")
                .params(worker.team(), record.get().reference())
                .query(ScreeningRecords::stored)
                .list();
        for (StoredScreening r : all) {
            audit.append(worker.username(), Action.RECORD_READ, r.id(), worker.team(), "history");
        }
        return all;
    }

    /**
     * A page of the team's records, newest first, filtered as the query says. The reference search
     * matches anywhere in the reference, ignoring case; {@code %} and {@code _} match themselves.
     */
    public RecordsPage find(String username, RecordsQuery query) {
        Account worker = account(username);
        StringBuilder where = new StringBuilder(" from screening where team = ?");
        List<Object> params = new ArrayList<>(List.of(worker.team()));
        if (query.reference() != null) {
            where.append(" and lower(reference) like ? escape '!'");
            params.add("%" + query.reference().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.onlyMine()) {
            where.append(" and worker = ?");
            params.add(worker.username());
        }
        if (query.dueBy() != null) {
            where.append(" and follow_up_on is not null and follow_up_on <= ? and follow_up_done_at is null");
            params.add(query.dueBy());
        }
        int total = jdbc.sql("select count(*)" + where).params(params).query(Integer.class).single();
        int pages = Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.page(), pages);
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.pageSize());
        paged.add((long) (page - 1) * query.pageSize());
        List<RecordSummary> list = jdbc.sql("select *" + where + " order by created_at desc, id limit ? offset ?")
                .params(paged)
                .query(ScreeningRecords::summary)
                .list();
        audit.append(worker.username(), Action.RECORDS_LISTED, null, worker.team(),
                list.size() + " of " + total + " records" + (query.reference() != null ? ", searched by reference" : "")
                        + (query.onlyMine() ? ", own" : "") + (query.dueBy() != null ? ", follow-ups due" : ""));
        return new RecordsPage(list, total, page, pages);
    }

    /** The team's records with an open follow-up on or before {@code upTo}, soonest first. */
    public List<RecordSummary> followUpsDue(String username, LocalDate upTo) {
        Account worker = account(username);
        List<RecordSummary> due = jdbc.sql("""
                select * from screening where team = ? and follow_up_on is not null and follow_up_on <= ?
                and follow_up_done_at is null
                order by follow_up_on, created_at""")
                .params(worker.team(), upTo)
                .query(ScreeningRecords::summary)
                .list();
        audit.append(worker.username(), Action.RECORDS_LISTED, null, worker.team(), due.size() + " follow-ups due");
        return due;
    }

    /** Records what was offered, referred, noted and planned. Checks everything before changing anything. */
    public StoredScreening recordOutcome(UUID id, Outcome outcome, String username) {
        Account worker = account(username);
        StoredScreening record = load(id, worker.team())
                .orElseThrow(() -> new InvalidScreeningException(List.of(problem("id", "There is no such record"))));
        List<InvalidScreeningException.Problem> problems = new ArrayList<>();
        if (!outcome.referrals().isEmpty() && !outcome.referralsAgreed()) {
            problems.add(problem("referralsAgreed", "Confirm the person agreed to the referrals, or untick them"));
        }
        for (ServiceChoice choice : concat(outcome.servicesOffered(), outcome.referrals())) {
            if (choice == null || choice.serviceId() == null || choice.serviceId().isBlank() || choice.name() == null
                    || choice.name().isBlank() || choice.serviceId().length() > 100 || choice.name().length() > 200) {
                problems.add(problem("services", "Each service needs its id and name"));
                break;
            }
        }
        String notes = outcome.notes() == null ? null : outcome.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(problem("notes", "Notes must be " + MAX_NOTES + " characters or fewer; these are "
                    + notes.length()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        if (outcome.followUpOn() != null && outcome.followUpOn().isBefore(today)) {
            problems.add(problem("followUpOn", "Follow-up date must be today or in the future"));
        } else if (outcome.followUpOn() != null && outcome.followUpOn().isAfter(today.plusYears(2))) {
            problems.add(problem("followUpOn", "Follow-up date must be within two years"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScreeningException(problems);
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    update screening set services_offered = ?, referrals = ?, notes = ?, follow_up_on = ?, updated_at = ?
                    where id = ? and team = ?""")
                    .params(JSON.writeValueAsString(outcome.servicesOffered()),
                            JSON.writeValueAsString(outcome.referrals()), notes == null || notes.isEmpty() ? null : notes,
                            outcome.followUpOn(), now(), id, worker.team())
                    .update();
            if (!java.util.Objects.equals(outcome.followUpOn(), record.followUpOn())) {
                // A new date is a new plan: it is open again, whoever closed the old one.
                jdbc.sql("update screening set follow_up_done_at = null, follow_up_done_by = null where id = ?")
                        .param(id).update();
            }
            audit.append(worker.username(), Action.RECORD_UPDATED, id, worker.team(),
                    outcome.servicesOffered().size() + " offered, " + outcome.referrals().size() + " referred");
        });
        return load(record.id(), worker.team()).orElseThrow();
    }

    /**
     * Corrects the place on a record, so that its suggestions and leaflet are found for the new place.
     * The caller has checked that Lantern knows the place. A postcode also becomes the record's
     * postcode; a town clears it (the old one was wrong). The audit names the record and who
     * corrected it, never the place.
     *
     * @param place a postcode in standard form or a town's name, 1 to {@value #MAX_PLACE} characters
     * @throws InvalidScreeningException when the record is not the worker's team's, or the place is blank or too long
     */
    public StoredScreening correctPlace(UUID id, String place, String username) {
        Account worker = account(username);
        StoredScreening record = load(id, worker.team())
                .orElseThrow(() -> new InvalidScreeningException(List.of(problem("id", "There is no such record"))));
        String given = place == null ? "" : place.strip();
        if (given.isEmpty() || given.length() > MAX_PLACE) {
            throw new InvalidScreeningException(List.of(problem("place",
                    "Enter a postcode or a town of " + MAX_PLACE + " characters or fewer")));
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update screening set corrected_place = ?, postcode = ?, updated_at = ? where id = ? and team = ?")
                    .params(given, Postcodes.normalise(given).orElse(null), now(), id, worker.team()).update();
            audit.append(worker.username(), Action.RECORD_UPDATED, id, worker.team(), "place corrected");
        });
        return load(record.id(), worker.team()).orElseThrow();
    }

    /**
     * Marks a record's follow-up as done by this worker, now. A record with no follow-up planned, or
     * one already done, is left as it is.
     *
     * @return whether this call marked it done
     * @throws InvalidScreeningException when the record is not the worker's team's
     */
    public boolean markFollowUpDone(UUID id, String username) {
        Account worker = account(username);
        load(id, worker.team())
                .orElseThrow(() -> new InvalidScreeningException(List.of(problem("id", "There is no such record"))));
        Boolean done = transaction.execute(status -> {
            int changed = jdbc.sql("""
                    update screening set follow_up_done_at = ?, follow_up_done_by = ?
                    where id = ? and team = ? and follow_up_on is not null and follow_up_done_at is null""")
                    .params(now(), worker.username(), id, worker.team()).update();
            if (changed == 1) {
                audit.append(worker.username(), Action.RECORD_UPDATED, id, worker.team(), "follow-up marked done");
            }
            return changed == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    /** A new screening of a person closes the open follow-ups of their earlier records, in the same transaction. */
    private void closeEarlierFollowUps(UUID newRecord, String reference, Account worker, OffsetDateTime now) {
        List<UUID> open = jdbc.sql("""
                select id from screening where team = ? and reference = ? and id <> ?
                and follow_up_on is not null and follow_up_done_at is null""")
                .params(worker.team(), reference, newRecord).query(UUID.class).list();
        for (UUID earlier : open) {
            jdbc.sql("update screening set follow_up_done_at = ?, follow_up_done_by = ? where id = ?")
                    .params(now, worker.username(), earlier).update();
            audit.append(worker.username(), Action.RECORD_UPDATED, earlier, worker.team(),
                    "follow-up closed by a new screening");
        }
    }

    /**
     * Erases every record the team holds for the person that record belongs to (same reference),
     * on their request. The audit keeps one entry per erased record, naming only its id.
     *
     * @return how many records were erased
     */
    public int erase(UUID anyRecordOfThePerson, String username) {
        Account worker = account(username);
        return load(anyRecordOfThePerson, worker.team())
                .map(r -> eraseReference(worker.team(), r.reference(), worker.username()))
                .orElse(0);
    }

    /** Erases a person's records in any team, for an admin acting on a request. */
    public int eraseReference(String team, String reference, String actor) {
        if (team == null || team.isBlank() || reference == null || reference.isBlank()) {
            return 0;
        }
        return transaction.execute(status -> {
            List<UUID> ids = jdbc.sql("select id from screening where team = ? and reference = ?")
                    .params(team.strip(), reference.strip()).query(UUID.class).list();
            for (UUID id : ids) {
                jdbc.sql("delete from screening where id = ?").param(id).update();
                audit.append(actor, Action.RECORD_ERASED, id, team.strip(), "erased on request");
            }
            return ids.size();
        });
    }

    /**
     * Deletes records created before {@code olderThan}, for the retention job.
     *
     * @return how many were deleted
     */
    public int deleteCreatedBefore(Instant olderThan) {
        return transaction.execute(status -> {
            List<Map<String, Object>> old = jdbc.sql("select id, team from screening where created_at < ?")
                    .param(OffsetDateTime.ofInstant(olderThan, ZoneOffset.UTC)).query().listOfRows();
            for (Map<String, Object> row : old) {
                UUID id = row.get("id") instanceof UUID u ? u : UUID.fromString(String.valueOf(row.get("id")));
                jdbc.sql("delete from screening where id = ?").param(id).update();
                audit.append("retention", Action.RETENTION_DELETED, id, String.valueOf(row.get("team")),
                        "past the retention period");
            }
            return old.size();
        });
    }

    /**
     * The worker's own records, or the whole team's, as CSV for their own systems: see
     * {@link RecordsCsv} for the shape (UTF-8 with a byte-order mark, page labels, UK times).
     */
    public String exportCsv(String username, boolean wholeTeam) {
        Account worker = account(username);
        List<StoredScreening> records = wholeTeam
                ? jdbc.sql("select * from screening where team = ? order by created_at, id").param(worker.team())
                        .query(ScreeningRecords::stored).list()
                : jdbc.sql("select * from screening where team = ? and worker = ? order by created_at, id")
                        .params(worker.team(), worker.username()).query(ScreeningRecords::stored).list();
        audit.append(worker.username(), Action.RECORDS_EXPORTED, null, worker.team(),
                records.size() + " records, " + (wholeTeam ? "team" : "own"));
        return RecordsCsv.write(records, engine.ruleBase().catalogue());
    }

    private Optional<StoredScreening> load(UUID id, String team) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from screening where id = ? and team = ?").params(id, team)
                .query(ScreeningRecords::stored).optional();
    }

    private Optional<StoredScreening> bySubmission(UUID submissionId, Account worker) {
        Optional<StoredScreening> found = jdbc.sql("select * from screening where submission_id = ?")
                .param(submissionId).query(ScreeningRecords::stored).optional();
        if (found.isPresent() && !found.get().team().equals(worker.team())) {
            throw new InvalidScreeningException(List.of(problem("submissionId",
                    "This submission id has been used already; start a new screening")));
        }
        return found;
    }

    private Account account(String username) {
        return accounts.find(username).orElseThrow(() -> new IllegalStateException("The signed-in account has gone"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The place as the worker typed it, at most {@value #MAX_PLACE} characters, or null when none was given. */
    private static String placeGiven(NewScreening screening) {
        String given = screening.placeGiven();
        return given == null || given.isBlank() ? null
                : given.strip().substring(0, Math.min(MAX_PLACE, given.strip().length()));
    }

    /** The postcode as normalised by the questionnaire, or null when none was given. */
    static String postcode(Map<String, Object> answers) {
        Object given = answers.get("postcode");
        return given == null ? null : Postcodes.normalise(String.valueOf(given)).orElse(null);
    }

    /** An age band instead of the age, for lists and exports. */
    static String ageBand(Map<String, Object> answers) {
        if (!(answers.get("age") instanceof Number n)) {
            return null;
        }
        int age = n.intValue();
        if (age < 50) {
            return "18-49";
        } else if (age < 65) {
            return "50-64";
        } else if (age < 75) {
            return "65-74";
        } else if (age < 85) {
            return "75-84";
        }
        return "85+";
    }

    private static StoredScreening stored(ResultSet rs, int row) throws SQLException {
        return new StoredScreening(rs.getObject("id", UUID.class), rs.getString("team"), rs.getString("worker"),
                rs.getString("reference"), rs.getString("postcode"), rs.getString("age_band"),
                JSON.readValue(rs.getString("answers"), ANSWERS),
                JSON.readValue(rs.getString("assessment"), Assessment.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                JSON.readValue(rs.getString("services_offered"), CHOICES),
                JSON.readValue(rs.getString("referrals"), CHOICES), rs.getString("notes"),
                rs.getObject("follow_up_on", LocalDate.class), instant(rs, "follow_up_done_at"),
                rs.getString("follow_up_done_by"), rs.getString("corrected_place"), rs.getString("place_given"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static RecordSummary summary(ResultSet rs, int row) throws SQLException {
        return new RecordSummary(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("worker"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("band"), rs.getInt("score"),
                rs.getBoolean("urgent"), rs.getObject("follow_up_on", LocalDate.class),
                rs.getObject("follow_up_done_at", OffsetDateTime.class) != null);
    }

    private static InvalidScreeningException.Problem problem(String field, String message) {
        return new InvalidScreeningException.Problem(field, message);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
