package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue 14 migration of stored answers, run by Flyway on a real database of each kind: records
 * stored before "lives with a partner" was asked get the answer the old scoring assumed, people
 * living alone are left alone, and a record that already has the answer keeps it.
 */
class StoredAnswersMigrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEFORE = "2"; // the screening table; later migrations run with V14

    @Test
    void h2() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            migrates(flyway(url, "sa", "", "h2", null), () -> DriverManager.getConnection(url, "sa", ""));
        }
    }

    @Test
    @EnabledIf("uk.lantern.web.records.TestPostgres#available")
    void postgresql() throws SQLException {
        String schema = TestPostgres.newSchema();
        String url = TestPostgres.URL + (TestPostgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            migrates(flyway(url, TestPostgres.USER, TestPostgres.PASSWORD, "postgresql", schema),
                    () -> DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD));
        } finally {
            TestPostgres.drop(schema);
        }
    }

    private interface Connect {
        Connection open() throws SQLException;
    }

    /** Flyway as the application configures it, migrating up to a version ("latest" for all). */
    private static java.util.function.Function<String, Flyway> flyway(String url, String user, String password,
            String vendor, String schema) {
        return target -> {
            var config = Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    // as application.properties does: the role the application runs as is the one migrating
                    .placeholders(java.util.Map.of("app_role", user))
                    .target(target);
            if (schema != null) {
                config = config.schemas(schema).defaultSchema(schema);
            }
            return config.load();
        };
    }

    private static void migrates(java.util.function.Function<String, Flyway> flyway, Connect connect)
            throws SQLException {
        flyway.apply(BEFORE).migrate();
        UUID married = insert(connect, "{\"age\":70,\"household_size\":2,\"marital_status\":\"married_or_partner\"}");
        UUID single = insert(connect, "{\"age\":40,\"household_size\":3,\"marital_status\":\"single\"}");
        UUID alone = insert(connect, "{\"age\":82,\"household_size\":1,\"marital_status\":\"married_or_partner\"}");
        UUID ten = insert(connect, "{\"age\":50,\"household_size\":10,\"marital_status\":\"widowed\"}");
        UUID answered = insert(connect,
                "{\"age\":60,\"household_size\":2,\"marital_status\":\"married_or_partner\",\"lives_with_partner\":\"no\"}");

        flyway.apply("latest").migrate();

        assertThat(answers(connect, married)).containsEntry("lives_with_partner", "yes").containsEntry("age", 70);
        assertThat(answers(connect, single)).containsEntry("lives_with_partner", "no");
        assertThat(answers(connect, alone)).doesNotContainKey("lives_with_partner").hasSize(3);
        assertThat(answers(connect, ten)).containsEntry("lives_with_partner", "no");
        assertThat(answers(connect, answered)).containsEntry("lives_with_partner", "no").hasSize(4);
    }

    private static UUID insert(Connect connect, String answers) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = connect.open(); PreparedStatement s = c.prepareStatement("""
                insert into screening (id, submission_id, team, worker, reference, answers, assessment, band, score,
                    urgent, rule_base_version, services_offered, referrals, consent_at, created_at, updated_at)
                values (?, ?, 'team', 'worker', 'REF', ?, '{}', 'low', 0, false, 'old', '[]', '[]',
                    current_timestamp, current_timestamp, current_timestamp)
                """)) {
            s.setObject(1, id);
            s.setObject(2, UUID.randomUUID());
            s.setString(3, answers);
            s.executeUpdate();
        }
        return id;
    }

    private static Map<String, Object> answers(Connect connect, UUID id) throws SQLException {
        try (Connection c = connect.open(); PreparedStatement s = c.prepareStatement("select answers from screening where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return JSON.readValue(rs.getString(1), new TypeReference<Map<String, Object>>() { });
            }
        }
    }
}
