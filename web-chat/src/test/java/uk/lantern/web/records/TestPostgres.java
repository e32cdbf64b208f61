package uk.lantern.web.records;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server the integration tests use: {@code .ci/run} installs and starts it,
 * with a {@code lantern_test} role and database (override with LANTERN_TEST_DB_URL, _USER and
 * _PASSWORD). Each test class gets a fresh schema, dropped when it ends. With
 * LANTERN_TEST_POSTGRES=required (as in CI) a missing server fails the tests; otherwise they are
 * skipped, so the suite still runs on a machine without PostgreSQL.
 */
public final class TestPostgres {

    static final String URL = env("LANTERN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/lantern_test");
    static final String USER = env("LANTERN_TEST_DB_USER", "lantern_test");
    static final String PASSWORD = env("LANTERN_TEST_DB_PASSWORD", "lantern_test");

    /** The deployment-like pair of roles {@code .ci/run} creates: one owns the schema, the other is the application. */
    static final String OWNER = env("LANTERN_TEST_DB_OWNER", "lantern_test_owner");
    static final String OWNER_PASSWORD = env("LANTERN_TEST_DB_OWNER_PASSWORD", "lantern_test_owner");
    static final String APP = env("LANTERN_TEST_DB_APP", "lantern_test_app");
    static final String APP_PASSWORD = env("LANTERN_TEST_DB_APP_PASSWORD", "lantern_test_app");

    private TestPostgres() {
    }

    /**
     * For {@code @EnabledIf}: true when the owner and application roles can both sign in; fails
     * instead of skipping when LANTERN_TEST_POSTGRES=required.
     */
    public static boolean ownerAndAppRolesAvailable() {
        try (Connection owner = DriverManager.getConnection(URL, OWNER, OWNER_PASSWORD);
                Connection app = DriverManager.getConnection(URL, APP, APP_PASSWORD)) {
            return owner.isValid(5) && app.isValid(5);
        } catch (SQLException e) {
            if ("required".equals(System.getenv("LANTERN_TEST_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (LANTERN_TEST_POSTGRES=required) but the roles "
                        + OWNER + " and " + APP + " cannot sign in to " + URL + " (.ci/run creates them): "
                        + e.getMessage(), e);
            }
            return false;
        }
    }

    /** As {@link #use}, but migrations run as the owner role and the application connects as its own role. */
    public static void useOwnerAndApp(DynamicPropertyRegistry registry, String schema) {
        use(registry, schema);
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.flyway.user", () -> OWNER);
        registry.add("spring.flyway.password", () -> OWNER_PASSWORD);
    }

    /** Drops a schema the owner role made. */
    public static void dropAsOwner(String schema) throws SQLException {
        drop(schema, OWNER, OWNER_PASSWORD);
    }

    /** For {@code @EnabledIf}: true when the server answers; fails instead of skipping when required. */
    public static boolean available() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return c.isValid(5);
        } catch (SQLException e) {
            if ("required".equals(System.getenv("LANTERN_TEST_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (LANTERN_TEST_POSTGRES=required) but "
                        + URL + " does not answer: " + e.getMessage(), e);
            }
            return false;
        }
    }

    /** A schema name no other run uses. */
    public static String newSchema() {
        return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Points the Spring context at the server, in its own schema, with Flyway creating it. */
    public static void use(DynamicPropertyRegistry registry, String schema) {
        settings(schema).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The settings of {@link #use}, for an application started some other way. */
    public static java.util.Map<String, String> settings(String schema) {
        return java.util.Map.of(
                "spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema);
    }

    /** A connection as the test role, in the given schema (made if missing), for tests that use the server directly. */
    public static Connection connect(String schema) throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
            s.execute("set search_path to " + schema);
        }
        return c;
    }

    public static void drop(String schema) throws SQLException {
        drop(schema, USER, PASSWORD);
    }

    private static void drop(String schema, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
