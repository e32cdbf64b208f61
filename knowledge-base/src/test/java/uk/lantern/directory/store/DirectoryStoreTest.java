package uk.lantern.directory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.model.Service;

/** The directory's tables on a real H2 database made by the application's migration. */
class DirectoryStoreTest {
    @TempDir
    Path dir;

    private static DirectoryStore.Row row(String id, String name) {
        return DirectoryStore.Row.of(Service.builder(id, name).minimumAge(60).build());
    }

    private static ImportRecord record() {
        return new ImportRecord(Instant.parse("2026-11-30T10:00:00Z"), ImportRecord.IMPORT, "feed.json", 0, 0, 0, 0,
                1, 0, ImportRecord.APPLIED, "test import");
    }

    @Test
    void aReplacementCountsWhatItAddedChangedAndRemovedAndRaisesTheRevision() {
        DirectoryStore store = TestDatabase.store(dir);
        assertThat(store.isUnused()).isTrue();
        assertThat(store.revision()).isZero();

        DirectoryStore.Replacement first = store.replaceAll(List.of(row("a", "A"), row("b", "B"), row("c", "C")), record());
        assertThat(first.record()).extracting(ImportRecord::added, ImportRecord::changed, ImportRecord::removed)
                .containsExactly(3, 0, 0);
        assertThat(first.revision()).isEqualTo(1);

        DirectoryStore.Replacement second = store.replaceAll(
                List.of(row("a", "A"), row("b", "B renamed"), row("d", "D")), record());
        assertThat(second.record()).extracting(ImportRecord::services, ImportRecord::added, ImportRecord::changed,
                ImportRecord::removed).containsExactly(3, 1, 1, 1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.services()).extracting(Service::id).containsExactly("a", "b", "d");
        assertThat(store.services()).extracting(Service::name).containsExactly("A", "B renamed", "D");
        assertThat(store.history(10)).hasSize(2).first().extracting(ImportRecord::changed).isEqualTo(1);
        assertThat(store.isUnused()).isFalse();
        // round 16b (a data officer's trial): the entry says which services went, not only how many
        assertThat(second.record().summary()).isEqualTo("test import Removed: C (c).");
        assertThat(second.record().removedNamed()).isEqualTo("Removed: C (c).");
        assertThat(first.record().removedNamed()).isEmpty();
        assertThat(store.history(1).getFirst().summary()).isEqualTo("test import Removed: C (c).");
    }

    @Test
    void aRemovalOfManyLongNamesIsNamedWithinTheSummaryColumn() {
        DirectoryStore store = TestDatabase.store(dir);
        List<DirectoryStore.Row> many = java.util.stream.IntStream.range(10, 40)
                .mapToObj(i -> row("s" + i, "Service " + i + " " + "x".repeat(300))).toList();
        store.replaceAll(many, record());
        ImportRecord emptied = store.replaceAll(List.of(row("a", "A")), record()).record();
        assertThat(emptied.removed()).isEqualTo(30);
        assertThat(emptied.summary()).hasSize(ImportRecord.MAX_SUMMARY).startsWith("test import Removed: Service 10 ")
                .endsWith("\u2026");
        assertThat(store.history(1).getFirst().summary()).isEqualTo(emptied.summary());
        ImportRecord named = store.replaceAll(java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> row("n" + i, "N" + i)).toList(), record()).record();
        assertThat(named.summary()).isEqualTo("test import Removed: A (a).");
        ImportRecord more = store.replaceAll(List.of(row("a", "A")), record()).record();
        assertThat(more.summary()).startsWith("test import Removed: N0 (n0), N1 (n1), N10 (n10)")
                .endsWith(" and 5 more.");
    }

    @Test
    void oneServiceIsAddedReplacedAndRemovedEachInItsOwnRevision() {
        DirectoryStore store = TestDatabase.store(dir);
        assertThat(store.upsert(row("a", "A"))).isEqualTo(1);
        assertThat(store.upsert(row("a", "A again"))).isEqualTo(2);
        assertThat(store.services()).singleElement().extracting(Service::name).isEqualTo("A again");
        assertThat(store.remove("missing")).isEmpty();
        assertThat(store.remove("a")).hasValue(3);
        assertThat(store.count()).isZero();
    }

    @Test
    void aRefusedAttemptIsKeptInTheHistoryButIsNotWhatTheDataCameFrom() {
        DirectoryStore store = TestDatabase.store(dir);
        store.replaceAll(List.of(row("a", "A")), record());
        store.recordAttempt(new ImportRecord(Instant.parse("2026-11-30T11:00:00Z"), ImportRecord.HARVEST,
                "https://council.example/oruk", 0, 0, 0, 0, 3, 0, ImportRecord.FAILED, "the feed did not answer"));
        assertThat(store.history(10)).extracting(ImportRecord::outcome)
                .containsExactly(ImportRecord.FAILED, ImportRecord.APPLIED);
        assertThat(store.lastApplied()).get().extracting(ImportRecord::kind).isEqualTo(ImportRecord.IMPORT);
        assertThat(store.revision()).isEqualTo(1);
    }

    @Test
    void aLongRunOfFailedHarvestsDoesNotHideWhereTheDataCameFrom() {
        DirectoryStore store = TestDatabase.store(dir);
        store.replaceAll(List.of(row("a", "A")), new ImportRecord(Instant.parse("2026-11-01T10:00:00Z"),
                ImportRecord.SAMPLE, "sample", 0, 0, 0, 0, 0, 0, ImportRecord.APPLIED, "sample"));
        for (int hour = 0; hour < 60; hour++) {
            store.recordAttempt(new ImportRecord(Instant.parse("2026-11-02T00:00:00Z").plusSeconds(3600L * hour),
                    ImportRecord.HARVEST, "https://council.example/oruk/services", 0, 0, 0, 0, 0, 0, ImportRecord.FAILED,
                    "the feed did not answer"));
        }
        assertThat(store.lastApplied()).get().extracting(ImportRecord::kind).isEqualTo(ImportRecord.SAMPLE);
    }

    @Test
    void warningsAreCountedApartFromProblemsAndKeptMarked() {
        DirectoryStore store = TestDatabase.store(dir);
        store.recordAttempt(new ImportRecord(Instant.parse("2026-12-02T04:00:00Z"), ImportRecord.IMPORT, "council.json",
                2, 0, 0, 0, 1, 1, ImportRecord.REFUSED, "refused"), List.of(
                        new uk.lantern.directory.importer.ImportProblem("council.json", "s-2", "status", "unknown status"),
                        new uk.lantern.directory.importer.ImportProblem("council.json", "", "needs",
                                "1 service had no need", true)));
        DirectoryStore.HistoryEntry entry = store.entries(1).getFirst();
        assertThat(entry.record()).extracting(ImportRecord::problems, ImportRecord::warnings).containsExactly(1, 1);
        assertThat(entry.record().problemsAndWarnings()).isEqualTo("1 problem, 1 warning");
        assertThat(store.problems(entry.id())).extracting(uk.lantern.directory.importer.ImportProblem::warning)
                .containsExactly(false, true);
    }

    /** Before V48, as round 13 stored them: one entry of 3 problems (1 a warning), one of 205 (5 warnings). */
    static void storeEntriesFromBefore(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("insert into directory_import (id, happened_at, kind, source, services, added, changed, removed,"
                    + " problems, outcome, summary) values (1, timestamp '2026-12-01 10:00:00', 'import', 'council.json',"
                    + " 1, 1, 0, 0, 3, 'applied', 'Replaced the directory with 1 service from council.json with 3"
                    + " problems.'), (2, timestamp '2026-12-01 11:00:00', 'harvest', 'feed', 0, 0, 0, 0, 205, 'refused',"
                    + " 'refused')");
            s.execute("insert into directory_import_problem (import_id, position, record, field, message) values"
                    + " (1, 0, 's-2', 'status', 'unknown status'), (1, 1, 's-3', 'status', 'unknown status'),"
                    + " (1, 2, '', 'needs', 'warning: 1 service had no need')");
            for (int i = 0; i < DirectoryStore.MAX_STORED_PROBLEMS; i++) {
                s.execute("insert into directory_import_problem (import_id, position, record, field, message) values"
                        + " (2, " + i + ", 'contents[" + i + "]', 'status', '" + (i < 5 ? "warning: " : "") + "odd')");
            }
        }
    }

    /** The entries of {@link #storeEntriesFromBefore} as they read after V48. */
    static void assertEntriesFromBeforeRead(DirectoryStore store) {
        assertThat(store.history(10)).extracting(ImportRecord::source, ImportRecord::problems, ImportRecord::warnings)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("feed", 205, 0),
                        org.assertj.core.groups.Tuple.tuple("council.json", 2, 1));
        DirectoryStore.HistoryEntry old = store.entries(10).getLast();
        assertThat(store.problems(old.id())).extracting(uk.lantern.directory.importer.ImportProblem::warning)
                .containsExactly(false, false, true);
    }

    @Test
    void anEntryStoredBeforeWarningsWereCountedApartReadsWithThemApart() throws Exception {
        javax.sql.DataSource ds = TestDatabase.create(dir, List.of("V30__directory.sql", "V31__directory_feed.sql"));
        try (java.sql.Connection c = ds.getConnection()) {
            storeEntriesFromBefore(c);
            TestDatabase.run(c, List.of("V48__directory_import_warnings.sql", "V54__directory_import_closed.sql"));
        }
        assertEntriesFromBeforeRead(new DirectoryStore(ds));
    }

    @Test
    void theProblemsOfAnEntryAreKeptUpToTheLimitWithTheFullCountOnTheEntry() {
        DirectoryStore store = TestDatabase.store(dir);
        List<uk.lantern.directory.importer.ImportProblem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < DirectoryStore.MAX_STORED_PROBLEMS + 5; i++) {
            problems.add(new uk.lantern.directory.importer.ImportProblem("page 1", "contents[" + i + "]", "status",
                    "unknown status"));
        }
        store.recordAttempt(new ImportRecord(Instant.parse("2026-11-30T11:00:00Z"), ImportRecord.HARVEST,
                "https://council.example/oruk/services", 0, 0, 0, 0, problems.size(), 0, ImportRecord.REFUSED, "refused"),
                problems);
        DirectoryStore.HistoryEntry entry = store.entries(1).getFirst();
        assertThat(entry.record().problems()).isEqualTo(DirectoryStore.MAX_STORED_PROBLEMS + 5);
        assertThat(store.problems(entry.id())).hasSize(DirectoryStore.MAX_STORED_PROBLEMS)
                .first().extracting(uk.lantern.directory.importer.ImportProblem::record).isEqualTo("contents[0]");
    }

    @Test
    void feedStateAndTheTaxonomyMappingAreKeptAndReplaced() {
        DirectoryStore store = TestDatabase.store(dir);
        String url = "https://council.example/oruk/services";
        assertThat(store.feedState(url)).isEmpty();
        Instant first = Instant.parse("2026-11-30T03:15:00Z");
        store.saveFeedState(new DirectoryStore.FeedState(url, first, first, true));
        store.saveFeedState(new DirectoryStore.FeedState(url, first, first.plusSeconds(3600), false));
        assertThat(store.feedState(url)).contains(new DirectoryStore.FeedState(url, first, first.plusSeconds(3600), false));

        assertThat(store.taxonomyMapping()).isEmpty();
        store.saveTaxonomyMapping("taxonomy,term,need\n", "admin.a", first);
        store.saveTaxonomyMapping("taxonomy,term,need,note\n", "admin.b", first.plusSeconds(60));
        assertThat(store.taxonomyMapping()).contains(new DirectoryStore.SavedMapping("taxonomy,term,need,note\n",
                first.plusSeconds(60), "admin.b"));
    }

    /** Round 15: a waiting entry is closed with its outcome and when; an entry not waiting is never touched. */
    @Test
    void aWaitingEntryIsClosedOnceWithItsOutcomeAndWhen() {
        DirectoryStore store = TestDatabase.store(dir);
        Instant at = Instant.parse("2026-12-02T08:00:00Z");
        long waiting = store.recordAttempt(new ImportRecord(at, ImportRecord.IMPORT, "a.json", 3, 0, 0, 0, 0, 0,
                ImportRecord.WAITING, "Waiting to confirm"));
        long refused = store.recordAttempt(new ImportRecord(at, ImportRecord.IMPORT, "b.json", 3, 0, 0, 0, 1, 0,
                ImportRecord.REFUSED, "refused"));
        assertThat(store.closeWaiting(refused, ImportRecord.CANCELLED, at.plusSeconds(5))).isFalse();
        assertThat(store.closeWaiting(waiting, ImportRecord.CANCELLED, at.plusSeconds(60))).isTrue();
        assertThat(store.closeWaiting(waiting, ImportRecord.EXPIRED, at.plusSeconds(90))).isFalse();
        assertThat(store.entries(5)).extracting(e -> e.record().source(), e -> e.record().outcome(), e -> e.closedAt())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a.json", ImportRecord.CANCELLED,
                                at.plusSeconds(60)),
                        org.assertj.core.groups.Tuple.tuple("b.json", ImportRecord.REFUSED, null));
    }

    /** Round 15: the wait's boundary: an entry expires at its start plus the wait, not a moment before. */
    @Test
    void aWaitingEntryExpiresAtItsStartPlusTheWaitAndNotBefore() {
        java.time.Duration wait = java.time.Duration.ofMinutes(30);
        Instant at = Instant.parse("2026-12-02T08:00:00Z");
        DirectoryStore store = TestDatabase.store(dir);
        store.recordAttempt(new ImportRecord(at, ImportRecord.HARVEST, "feed", 3, 0, 0, 0, 0, 0, ImportRecord.WAITING,
                "Waiting to confirm"));
        assertThat(store.expireWaiting(at.plus(wait).minusMillis(1), wait)).isZero();
        assertThat(store.history(1).getFirst().outcome()).isEqualTo(ImportRecord.WAITING);
        // A store opened afresh on the same file, as after a restart
        DirectoryStore again = new DirectoryStore(TestDatabase.reopen(dir));
        assertThat(again.expireWaiting(at.plus(wait), wait)).isEqualTo(1);
        assertThat(again.entries(1).getFirst()).extracting(e -> e.record().outcome(), e -> e.closedAt())
                .containsExactly(ImportRecord.EXPIRED, at.plus(wait));
        assertThat(again.expireWaiting(at.plus(wait).plusSeconds(60), wait)).isZero();
    }
}
