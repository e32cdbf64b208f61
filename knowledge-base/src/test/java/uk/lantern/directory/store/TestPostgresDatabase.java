package uk.lantern.directory.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The local PostgreSQL server's {@code lantern_test} database (override with LANTERN_TEST_DB_URL,
 * _USER and _PASSWORD, as web-chat's tests do), a fresh schema per use with the directory tables
 * made by the application's own migrations. With LANTERN_TEST_POSTGRES=required a missing server
 * fails the tests; otherwise they are skipped.
 */
public final class TestPostgresDatabase {
    static final String URL = env("LANTERN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/lantern_test");
    static final String USER = env("LANTERN_TEST_DB_USER", "lantern_test");
    static final String PASSWORD = env("LANTERN_TEST_DB_PASSWORD", "lantern_test");

    private TestPostgresDatabase() {
    }

    /** For {@code @EnabledIf}: true when the server answers; fails instead of skipping when required. */
    public static boolean available() {
        try (Connection c = plain(null).getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            if ("required".equals(System.getenv("LANTERN_TEST_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (LANTERN_TEST_POSTGRES=required) but " + URL
                        + " does not answer: " + e.getMessage(), e);
            }
            return false;
        }
    }

    /** A new schema with the directory tables; drop it with {@link #drop}. */
    public static String newSchema() {
        return newSchema(TestDatabase.DIRECTORY_MIGRATIONS);
    }

    /** A new schema with only the given directory migrations run, in order; drop it with {@link #drop}. */
    public static String newSchema(java.util.List<String> migrations) {
        String schema = "kb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = plain(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test schema " + schema, e);
        }
        try (Connection c = dataSource(schema).getConnection()) {
            TestDatabase.run(c, migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The directory migration did not run on PostgreSQL", e);
        }
        return schema;
    }

    /** Connections that work in {@code schema}. */
    public static DataSource dataSource(String schema) {
        return plain(schema);
    }

    public static void drop(String schema) throws SQLException {
        try (Connection c = plain(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static PGSimpleDataSource plain(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
