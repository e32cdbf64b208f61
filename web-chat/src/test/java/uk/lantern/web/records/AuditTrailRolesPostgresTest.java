package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.StaffAccounts;

/**
 * On PostgreSQL as deployed (docs/security.md): migrations run as the schema's owner role, the
 * application connects as its own role. The application works (stores a screening, which writes
 * the audit log), and its role cannot change, empty, drop or switch off the audit log's
 * append-only rule. With one role for both, as before, {@code alter table ... disable trigger}
 * succeeded as the application.
 */
@SpringBootTest
@EnabledIf("uk.lantern.web.records.TestPostgres#ownerAndAppRolesAvailable")
class AuditTrailRolesPostgresTest {

    private static final String SCHEMA = TestPostgres.newSchema();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScreeningRecords records;

    @Autowired
    AccountStore accounts;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useOwnerAndApp(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.dropAsOwner(SCHEMA);
    }

    @Test
    void theApplicationWorksAsItsOwnRoleAndWritesTheAudit() {
        new StaffAccounts(accounts);
        ScreeningRecords.Saved saved = records.save(new NewScreening(UUID.randomUUID(), true, "ROLES-1",
                ScreeningRecordsContract.answers()), StaffAccounts.WORKER);
        assertThat(saved.created()).isTrue();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(TestPostgres.APP);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ?").param(saved.record().id())
                .query(Integer.class).single()).isEqualTo(1);
        String owner = jdbc.sql("select tableowner from pg_tables where schemaname = ? and tablename = 'audit_entry'")
                .param(SCHEMA).query(String.class).single();
        assertThat(owner).isEqualTo(TestPostgres.OWNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alter table audit_entry disable trigger audit_entry_no_update",
        "alter table audit_entry disable trigger all",
        "drop trigger audit_entry_no_update on audit_entry",
        "create or replace function audit_entry_refuse_change() returns trigger language plpgsql as "
            + "'begin return old; end'",
        "update audit_entry set detail = null",
        "delete from audit_entry",
        "truncate audit_entry",
        "drop table audit_entry",
        "alter table audit_entry owner to current_user",
        "delete from flyway_schema_history",
    })
    void theApplicationsRoleCannotTouchTheAppendOnlyRule(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage())
                        .containsAnyOf("permission denied", "must be owner"));
    }
}
