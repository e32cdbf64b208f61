package uk.lantern.directory.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real H2 database in a file under a test's folder, with the directory tables created by the
 * application's own migrations (read from web-chat, so the tests and the application share one
 * schema).
 */
public final class TestDatabase {
    static final Path MIGRATIONS = Path.of("..", "web-chat", "src", "main", "resources", "db", "migration", "common");
    /** The directory's own migrations, in order. */
    static final java.util.List<String> DIRECTORY_MIGRATIONS = java.util.List.of("V30__directory.sql",
            "V31__directory_feed.sql");

    private TestDatabase() {
    }

    /** A new database in {@code folder} with the directory tables. */
    public static DataSource create(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("directory").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        ds.setUser("lantern");
        migrate(ds);
        return ds;
    }

    /** The same database again, as after a restart. */
    public static DataSource reopen(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("directory").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        ds.setUser("lantern");
        return ds;
    }

    /** A store over a new database in {@code folder}. */
    public static DirectoryStore store(Path folder) {
        return new DirectoryStore(create(folder));
    }

    private static void migrate(DataSource ds) {
        Path migration = null;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String name : DIRECTORY_MIGRATIONS) {
                migration = MIGRATIONS.resolve(name);
                String sql = Files.readString(migration).replaceAll("(?m)--.*$", "");
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The directory migration " + migration.toAbsolutePath() + " is missing", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The directory migration did not run on H2", e);
        }
    }
}
