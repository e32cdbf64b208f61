package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.lantern.rules.Screenings;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.AuditLog;
import uk.lantern.web.audit.AuditLog.Action;
import uk.lantern.web.security.StaffAccounts;

/**
 * What stored screening records must do, whichever database holds them: run against H2 (the
 * embedded default) and against a real PostgreSQL server.
 */
abstract class ScreeningRecordsContract {

    @Autowired
    ScreeningRecords records;

    @Autowired
    AccountStore accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    String reference;

    @BeforeEach
    void staffAndAFreshPerson() {
        new StaffAccounts(accounts);
        reference = "REF-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>(Screenings.noRiskWith("age", 82, "household_size", 1,
                "marital_status", "widowed", "stopped_driving", "yes"));
        answers.put("postcode", "me7 1ab");
        return answers;
    }

    NewScreening screening(UUID submission) {
        return new NewScreening(submission, true, reference, answers());
    }

    int rows(String reference) {
        return jdbc.sql("select count(*) from screening where reference = ?").param(reference).query(Integer.class)
                .single();
    }

    /** Round 15 (issue 13): the place the worker gave is kept beside the area it resolved to, and finds services. */
    @Test
    void keepsThePlaceGivenBesideTheAreaItResolvedTo() {
        Map<String, Object> answers = new HashMap<>(answers());
        answers.put("postcode", "ME4");
        StoredScreening r = records.save(new NewScreening(UUID.randomUUID(), true, reference, answers, "Chatham"),
                StaffAccounts.WORKER).record();
        assertThat(r.placeGiven()).isEqualTo("Chatham");
        assertThat(r.postcode()).isEqualTo("ME4");
        assertThat(r.place()).isEqualTo("Chatham");
        assertThat(records.read(r.id(), StaffAccounts.WORKER).orElseThrow().placeGiven()).isEqualTo("Chatham");
        assertThat(records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record().placeGiven()).isNull();
    }

    @Test
    void storesAScoredScreeningWithMinimalIdentifiers() {
        ScreeningRecords.Saved saved = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER);
        assertThat(saved.created()).isTrue();
        StoredScreening r = saved.record();
        assertThat(r.team()).isEqualTo(StaffAccounts.TEAM);
        assertThat(r.worker()).isEqualTo(StaffAccounts.WORKER);
        assertThat(r.postcode()).isEqualTo("ME7 1AB");
        assertThat(r.ageBand()).isEqualTo("75-84");
        assertThat(r.assessment().factors()).extracting(f -> f.id()).contains("stopped_driving");
        assertThat(r.assessment().score()).isPositive();
        assertThat(audit.forRecord(r.id())).extracting(AuditLog.Entry::action).containsExactly(Action.RECORD_CREATED);
    }

    @Test
    void theSameSubmissionTwiceMakesOneRecord() {
        UUID submission = UUID.randomUUID();
        ScreeningRecords.Saved first = records.save(screening(submission), StaffAccounts.WORKER);
        ScreeningRecords.Saved again = records.save(screening(submission), StaffAccounts.WORKER);
        assertThat(again.created()).isFalse();
        assertThat(again.record().id()).isEqualTo(first.record().id());
        assertThat(rows(reference)).isEqualTo(1);
    }

    @Test
    void theSameSubmissionFromEightThreadsAtOnceMakesOneRecord() throws Exception {
        UUID submission = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ScreeningRecords.Saved>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> records.save(screening(submission), StaffAccounts.WORKER));
            }
            List<UUID> ids = new ArrayList<>();
            int created = 0;
            for (Future<ScreeningRecords.Saved> f : pool.invokeAll(tries)) {
                ids.add(f.get().record().id());
                created += f.get().created() ? 1 : 0;
            }
            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(rows(reference)).isEqualTo(1);
    }

    @Test
    void withoutConsentNothingIsStored() {
        assertThatThrownBy(() -> records.save(new NewScreening(UUID.randomUUID(), false, reference, answers()),
                StaffAccounts.WORKER))
                .isInstanceOfSatisfying(InvalidScreeningException.class, e -> assertThat(e.problems())
                        .extracting(InvalidScreeningException.Problem::field).containsExactly("consent"));
        assertThat(rows(reference)).isZero();
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsStored() {
        Map<String, Object> answers = answers();
        answers.put("age", 300);
        answers.remove("household_size");
        assertThatThrownBy(() -> records.save(new NewScreening(null, true, "=cmd|x", answers), StaffAccounts.WORKER))
                .isInstanceOfSatisfying(InvalidScreeningException.class, e -> assertThat(e.problems())
                        .extracting(InvalidScreeningException.Problem::field)
                        .contains("submissionId", "reference", "answers.age", "answers.household_size"));
        assertThat(rows("=cmd|x")).isZero();
    }

    @Test
    void anotherTeamCannotReadListOrEraseTheRecord() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        assertThat(records.read(r.id(), StaffAccounts.OTHER_TEAM_WORKER)).isEmpty();
        assertThat(records.history(r.id(), StaffAccounts.OTHER_TEAM_WORKER)).isEmpty();
        assertThat(records.find(StaffAccounts.OTHER_TEAM_WORKER, new RecordsQuery(null, false, null, 1, 100)).records())
                .extracting(RecordSummary::id).doesNotContain(r.id());
        assertThat(records.erase(r.id(), StaffAccounts.OTHER_TEAM_WORKER)).isZero();
        assertThat(records.exportCsv(StaffAccounts.OTHER_TEAM_WORKER, true)).doesNotContain(reference);
        assertThat(records.read(r.id(), StaffAccounts.WORKER)).isPresent();
    }

    @Test
    void everyReadAndChangeIsAudited() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        records.read(r.id(), StaffAccounts.WORKER);
        records.recordOutcome(r.id(), new Outcome(List.of(new ServiceChoice("s1", "Lunch club")), List.of(), false,
                "Likes gardening", LocalDate.now(ZoneOffset.UTC).plusDays(42)), StaffAccounts.WORKER);
        records.history(r.id(), StaffAccounts.WORKER);
        List<AuditLog.Entry> entries = audit.forRecord(r.id());
        assertThat(entries).extracting(AuditLog.Entry::action)
                .containsExactly(Action.RECORD_CREATED, Action.RECORD_READ, Action.RECORD_UPDATED, Action.RECORD_READ);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(StaffAccounts.WORKER);
            assertThat(e.at()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                    Duration.ofMinutes(1).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
        });
        records.find(StaffAccounts.WORKER, new RecordsQuery(null, false, null, 1, 25));
        records.exportCsv(StaffAccounts.WORKER, false);
        assertThat(audit.latest(2)).extracting(AuditLog.Entry::action)
                .containsExactly(Action.RECORDS_EXPORTED, Action.RECORDS_LISTED);
    }

    @Test
    void theAuditLogCannotBeChangedOrEmptied() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where record_id = ?")
                .param(r.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where record_id = ?").param(r.id()).update())
                .hasMessageContaining("append-only");
        assertThat(audit.forRecord(r.id())).hasSize(1);
    }

    @Test
    void outcomesAreCheckedBeforeAnythingChanges() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Outcome bad = new Outcome(List.of(), List.of(new ServiceChoice("s2", "Befriending")), false,
                "x".repeat(ScreeningRecords.MAX_NOTES + 1), today.minusDays(1));
        assertThatThrownBy(() -> records.recordOutcome(r.id(), bad, StaffAccounts.WORKER))
                .isInstanceOfSatisfying(InvalidScreeningException.class, e -> assertThat(e.problems())
                        .extracting(InvalidScreeningException.Problem::field)
                        .containsExactlyInAnyOrder("referralsAgreed", "notes", "followUpOn"));
        StoredScreening unchanged = records.read(r.id(), StaffAccounts.WORKER).orElseThrow();
        assertThat(unchanged.referrals()).isEmpty();
        assertThat(unchanged.notes()).isNull();

        Outcome good = new Outcome(List.of(), List.of(new ServiceChoice("s2", "Befriending")), true,
                "x".repeat(ScreeningRecords.MAX_NOTES), today);
        StoredScreening saved = records.recordOutcome(r.id(), good, StaffAccounts.WORKER);
        assertThat(saved.referrals()).containsExactly(new ServiceChoice("s2", "Befriending"));
        assertThat(saved.followUpOn()).isEqualTo(today);
        assertThat(records.followUpsDue(StaffAccounts.WORKER, today)).extracting(RecordSummary::id).contains(r.id());
        assertThat(records.followUpsDue(StaffAccounts.WORKER, today.minusDays(1))).extracting(RecordSummary::id)
                .doesNotContain(r.id());
    }

    @Test
    void historyGivesEveryScreeningOfThePersonOldestFirst() {
        StoredScreening before = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        Map<String, Object> better = answers();
        better.put("stopped_driving", "no");
        StoredScreening after = records.save(new NewScreening(UUID.randomUUID(), true, reference, better),
                StaffAccounts.WORKER).record();
        assertThat(records.history(after.id(), StaffAccounts.WORKER)).extracting(StoredScreening::id)
                .containsExactly(before.id(), after.id());
        assertThat(after.assessment().score()).isLessThan(before.assessment().score());
    }

    @Test
    void erasureLeavesNothingOfThePersonBehind() {
        StoredScreening one = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        StoredScreening two = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        records.recordOutcome(two.id(), new Outcome(List.of(), List.of(), false, "Daughter visits on Sundays", null),
                StaffAccounts.WORKER);

        assertThat(records.erase(one.id(), StaffAccounts.WORKER)).isEqualTo(2);

        assertThat(rows(reference)).isZero();
        assertThat(records.read(one.id(), StaffAccounts.WORKER)).isEmpty();
        assertThat(records.read(two.id(), StaffAccounts.WORKER)).isEmpty();
        assertThat(records.exportCsv(StaffAccounts.WORKER, true)).doesNotContain(reference).doesNotContain("Sundays");
        String everyAuditCell = String.join("\n", jdbc.sql("select * from audit_entry").query()
                .listOfRows().stream().map(Object::toString).toList());
        assertThat(everyAuditCell).doesNotContain(reference).doesNotContain("Sundays").doesNotContain("ME7 1AB");
        assertThat(audit.forRecord(one.id())).extracting(AuditLog.Entry::action).contains(Action.RECORD_ERASED);
        assertThat(audit.forRecord(two.id())).extracting(AuditLog.Entry::action).contains(Action.RECORD_ERASED);
    }

    @Test
    void retentionDeletesOnlyRecordsOlderThanThePeriod() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        Duration retention = Duration.ofDays(730);
        Instant made = r.createdAt();
        RetentionJob notYet = new RetentionJob(records, retention,
                Clock.fixed(made.plus(retention).minusSeconds(1), ZoneOffset.UTC));
        notYet.deleteExpired();
        assertThat(rows(reference)).isEqualTo(1);
        RetentionJob due = new RetentionJob(records, retention,
                Clock.fixed(made.plus(retention).plusSeconds(1), ZoneOffset.UTC));
        assertThat(due.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(rows(reference)).isZero();
        assertThat(audit.forRecord(r.id())).extracting(AuditLog.Entry::action).contains(Action.RETENTION_DELETED);
    }

    @Test
    void theListIsSearchedByReferenceFilteredAndPagedNewestFirst() {
        String prefix = reference;
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reference = prefix + "-" + i;
            made.add(records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record().id());
        }
        reference = prefix + "-admin";
        UUID byAnother = records.save(screening(UUID.randomUUID()), StaffAccounts.ADMIN).record().id();

        RecordsPage first = records.find(StaffAccounts.WORKER, new RecordsQuery(prefix.toLowerCase(), false, null, 1, 2));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.records()).extracting(RecordSummary::id).containsExactly(byAnother, made.get(4));
        RecordsPage last = records.find(StaffAccounts.WORKER, new RecordsQuery(prefix, false, null, 3, 2));
        assertThat(last.records()).extracting(RecordSummary::id).containsExactly(made.get(1), made.get(0));
        assertThat(records.find(StaffAccounts.WORKER, new RecordsQuery(prefix, false, null, 99, 2)).page())
                .as("past the end reads as the last page").isEqualTo(3);

        assertThat(records.find(StaffAccounts.WORKER, new RecordsQuery(prefix, true, null, 1, 100)).records())
                .extracting(RecordSummary::id).containsExactlyElementsOf(made.reversed());
        assertThat(records.find(StaffAccounts.WORKER, new RecordsQuery(prefix + "-3", false, null, 1, 100)).records())
                .extracting(RecordSummary::id).containsExactly(made.get(3));
        assertThat(records.find(StaffAccounts.WORKER, new RecordsQuery("%", false, null, 1, 100)).total())
                .as("a percent sign matches itself").isZero();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        records.recordOutcome(made.get(2), new Outcome(List.of(), List.of(), false, null, today), StaffAccounts.WORKER);
        assertThat(records.find(StaffAccounts.WORKER, new RecordsQuery(prefix, false, today, 1, 100)).records())
                .extracting(RecordSummary::id).containsExactly(made.get(2));
    }

    private StoredScreening withFollowUpToday() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return records.recordOutcome(r.id(), new Outcome(List.of(), List.of(), false, null, today),
                StaffAccounts.WORKER);
    }

    @Test
    void aFollowUpMarkedDoneLeavesTheDueListWithWhoAndWhen() {
        StoredScreening r = withFollowUpToday();
        LocalDate today = r.followUpOn();
        assertThat(r.followUpOpen()).isTrue();
        assertThat(records.markFollowUpDone(r.id(), StaffAccounts.WORKER)).isTrue();
        assertThat(records.followUpsDue(StaffAccounts.WORKER, today)).extracting(RecordSummary::id)
                .doesNotContain(r.id());
        StoredScreening done = records.read(r.id(), StaffAccounts.WORKER).orElseThrow();
        assertThat(done.followUpOpen()).isFalse();
        assertThat(done.followUpDoneBy()).isEqualTo(StaffAccounts.WORKER);
        assertThat(done.followUpDoneAt()).isNotNull();
        assertThat(done.followUpOn()).as("the plan is kept").isEqualTo(today);
        assertThat(records.markFollowUpDone(r.id(), StaffAccounts.WORKER)).as("already done").isFalse();
        assertThat(audit.forRecord(r.id())).extracting(AuditLog.Entry::detail).contains("follow-up marked done");
        assertThatThrownBy(() -> records.markFollowUpDone(r.id(), StaffAccounts.OTHER_TEAM_WORKER))
                .isInstanceOf(InvalidScreeningException.class);
    }

    @Test
    void screeningThePersonAgainClosesTheirEarlierFollowUp() {
        StoredScreening earlier = withFollowUpToday();
        StoredScreening again = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        StoredScreening closed = records.read(earlier.id(), StaffAccounts.WORKER).orElseThrow();
        assertThat(closed.followUpOpen()).isFalse();
        assertThat(closed.followUpDoneBy()).isEqualTo(StaffAccounts.WORKER);
        assertThat(records.followUpsDue(StaffAccounts.WORKER, earlier.followUpOn())).extracting(RecordSummary::id)
                .doesNotContain(earlier.id(), again.id());
        assertThat(audit.forRecord(earlier.id())).extracting(AuditLog.Entry::detail)
                .contains("follow-up closed by a new screening");
    }

    @Test
    void aNewFollowUpDateOpensTheFollowUpAgain() {
        StoredScreening r = withFollowUpToday();
        records.markFollowUpDone(r.id(), StaffAccounts.WORKER);
        StoredScreening replanned = records.recordOutcome(r.id(), new Outcome(List.of(), List.of(), false, null,
                r.followUpOn().plusDays(7)), StaffAccounts.WORKER);
        assertThat(replanned.followUpOpen()).isTrue();
        assertThat(replanned.followUpDoneBy()).isNull();
    }

    @Test
    void exportGivesOwnOrTeamRecordsAsSafeCsv() {
        StoredScreening r = records.save(screening(UUID.randomUUID()), StaffAccounts.WORKER).record();
        records.recordOutcome(r.id(), new Outcome(List.of(), List.of(), false, "=HYPERLINK(\"x\") said \"hello\"",
                null), StaffAccounts.WORKER);
        String own = records.exportCsv(StaffAccounts.WORKER, false);
        List<String> lines = own.lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFF\"Reference\",\"Screened (UK time)\"");
        String row = lines.stream().filter(l -> l.contains(reference)).findFirst().orElseThrow();
        assertThat(row).contains("\"" + reference + "\"", "\"ME7 1AB\"", "\"75-84\"", "Stopped driving (")
                .contains("\"'=HYPERLINK(\"\"x\"\") said \"\"hello\"\"\"");
        assertThat(own).endsWith("\r\n");
    }
}
