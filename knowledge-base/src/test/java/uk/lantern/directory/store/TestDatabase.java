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
            "V31__directory_feed.sql", "V48__directory_import_warnings.sql",
            "V54__directory_import_closed.sql");

    private TestDatabase() {
    }

    /** A new database in {@code folder} with the directory tables. */
    public static DataSource create(Path folder) {
        return create(folder, DIRECTORY_MIGRATIONS);
    }

    /** A new database in {@code folder} with only the given directory migrations run, in order. */
    public static DataSource create(Path folder, java.util.List<String> migrations) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("directory").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        ds.setUser("lantern");
        migrate(ds, migrations);
        return ds;
    }

    /** Runs the named migrations (files of {@link #MIGRATIONS}) over {@code c}, statement by statement. */
    static void run(Connection c, java.util.List<String> migrations) throws IOException, SQLException {
        try (Statement s = c.createStatement()) {
            for (String name : migrations) {
                String sql = Files.readString(MIGRATIONS.resolve(name)).replaceAll("(?m)--.*$", "");
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
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

    private static void migrate(DataSource ds, java.util.List<String> migrations) {
        try (Connection c = ds.getConnection()) {
            run(c, migrations);
        } catch (IOException e) {
            throw new UncheckedIOException("A directory migration under " + MIGRATIONS.toAbsolutePath() + " is missing", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The directory migration did not run on H2", e);
        }
    }
}
