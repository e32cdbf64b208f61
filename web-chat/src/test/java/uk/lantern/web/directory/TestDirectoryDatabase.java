package uk.lantern.web.directory;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A real H2 database in a test's folder, created by the application's own Flyway migrations. */
public final class TestDirectoryDatabase {
    private TestDirectoryDatabase() {
    }

    public static DataSource create(Path folder) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("lantern").toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        ds.setUser("lantern");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        return ds;
    }
}
