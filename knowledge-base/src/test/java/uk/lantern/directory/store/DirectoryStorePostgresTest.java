package uk.lantern.directory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import uk.lantern.directory.model.Organization;
import uk.lantern.directory.model.Service;

/**
 * A whole replacement on a real PostgreSQL server, where new services go in by COPY: every
 * value comes back exactly as an insert would have kept it (text with quotes, commas, line
 * breaks, backslashes and non-ASCII; missing values as null, not as empty text), and a second
 * replacement still counts what it added, changed and removed.
 */
@EnabledIf("uk.lantern.directory.store.TestPostgresDatabase#available")
class DirectoryStorePostgresTest {
    private static String schema;

    @BeforeAll
    static void createSchema() {
        schema = TestPostgresDatabase.newSchema();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgresDatabase.drop(schema);
    }

    private static ImportRecord record() {
        return new ImportRecord(Instant.parse("2026-12-01T04:00:00Z"), ImportRecord.IMPORT, "feed.json", 0, 0, 0, 0, 0,
                0, ImportRecord.APPLIED, "test import");
    }

    @Test
    void copiedRowsKeepEveryValueAndNullsStayNull() throws SQLException {
        DataSource ds = TestPostgresDatabase.dataSource(schema);
        DirectoryStore store = new DirectoryStore(ds);
        String awkward = "Tea, \"chat\" and\nbiscuits \\ café — ½ price; ''quoted''";
        Service bare = Service.builder("bare", "Bare").build();
        Service full = Service.builder("full", awkward).description(awkward).minimumAge(0).maximumAge(120)
                .organization(new Organization("org-1", "", null, null, null))
                .lastModified(LocalDate.parse("2026-11-01")).build();
        List<DirectoryStore.Row> rows = List.of(DirectoryStore.Row.of(bare), DirectoryStore.Row.of(full));

        DirectoryStore.Replacement first = store.replaceAll(rows, record());

        assertThat(first.record()).extracting(ImportRecord::added, ImportRecord::changed, ImportRecord::removed)
                .containsExactly(2, 0, 0);
        for (DirectoryStore.Row row : rows) {
            assertThat(store.json(row.service().id())).hasValue(row.json());
        }
        assertThat(store.services()).extracting(Service::name).containsExactly("Bare", awkward);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, organization_id, organization_name, minimum_age, maximum_age,"
                     + " last_modified, fingerprint from directory_service order by id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("bare");
            for (int i = 2; i <= 6; i++) {
                assertThat(rs.getObject(i)).as("column %d of a service without it", i).isNull();
            }
            assertThat(rs.getString(7)).isEqualTo(rows.get(0).fingerprint());
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("org-1");
            assertThat(rs.getString(3)).as("an empty name stays empty, not null").isEmpty();
            assertThat(rs.getInt(4)).isZero();
            assertThat(rs.getInt(5)).isEqualTo(120);
            assertThat(rs.getObject(6, java.time.OffsetDateTime.class).toInstant())
                    .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        }

        DirectoryStore.Replacement second = store.replaceAll(List.of(DirectoryStore.Row.of(
                Service.builder("full", "Renamed").build()), DirectoryStore.Row.of(Service.builder("new", "New").build())),
                record());
        assertThat(second.record()).extracting(ImportRecord::added, ImportRecord::changed, ImportRecord::removed)
                .containsExactly(1, 1, 1);
        assertThat(store.services()).extracting(Service::id, Service::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("full", "Renamed"),
                        org.assertj.core.groups.Tuple.tuple("new", "New"));
        assertThat(second.revision()).isEqualTo(first.revision() + 1);
    }

    @Test
    void anEntryStoredBeforeWarningsWereCountedApartReadsWithThemApart() throws Exception {
        String before = TestPostgresDatabase.newSchema(List.of("V30__directory.sql", "V31__directory_feed.sql"));
        try {
            DataSource ds = TestPostgresDatabase.dataSource(before);
            try (Connection c = ds.getConnection()) {
                DirectoryStoreTest.storeEntriesFromBefore(c);
                TestDatabase.run(c, List.of("V48__directory_import_warnings.sql", "V54__directory_import_closed.sql"));
            }
            DirectoryStoreTest.assertEntriesFromBeforeRead(new DirectoryStore(ds));
        } finally {
            TestPostgresDatabase.drop(before);
        }
    }
}
