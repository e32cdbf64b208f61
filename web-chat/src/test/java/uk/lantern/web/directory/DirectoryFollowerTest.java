package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.DirectoryStore;

/**
 * The follower on a real H2 database whose directory tables are taken away under it, as the
 * PostgreSQL test classes do when they drop their schema while Spring keeps their context: it
 * keeps polling quietly (one debug line, no warnings) and follows again once the tables are back.
 */
class DirectoryFollowerTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DirectoryFollower.class);
    private Level before;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
        logger.setLevel(before);
    }

    @Test
    void aMissingRevisionTableIsNoRevisionYetWithOneDebugLineAndTheFollowerGoesOnOnceItIsBack(@TempDir Path dir)
            throws Exception {
        DataSource db = TestDirectoryDatabase.create(dir.resolve("db"));
        DirectoryStore store = new DirectoryStore(db);
        LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), store);
        DirectoryFollower follower = new DirectoryFollower(directory);
        sql(db, "drop table directory_revision");

        for (int poll = 0; poll < 30; poll++) {
            follower.follow(); // the follower's scheduler calls this every second
        }
        assertThat(levels()).containsExactly(Level.DEBUG);

        // the tables come back and another instance changes the directory: followed as before
        sql(db, "create table directory_revision (id integer primary key, revision bigint not null)");
        sql(db, "insert into directory_revision (id, revision) values (1, 100)"); // above the sample's
        new DirectoryStore(db).upsert(DirectoryStore.Row.of(Service.builder("late", "Late arrival").build()));
        follower.follow();
        assertThat(directory.service("late")).isPresent();
        assertThat(levels()).containsExactly(Level.DEBUG, Level.INFO);

        // taken away a second time: one debug line again, not a warning each second
        sql(db, "drop table directory_revision");
        follower.follow();
        follower.follow();
        assertThat(levels()).containsExactly(Level.DEBUG, Level.INFO, Level.DEBUG);
    }

    @Test
    void anyOtherFailureIsStillAWarning(@TempDir Path dir) throws Exception {
        DataSource db = TestDirectoryDatabase.create(dir.resolve("db"));
        LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), new DirectoryStore(db));
        DirectoryFollower follower = new DirectoryFollower(directory);
        // a raised revision, and the services' table has lost its record column: not "no revision yet"
        sql(db, "update directory_revision set revision = revision + 1");
        sql(db, "alter table directory_service drop column hsds");
        follower.follow();
        assertThat(levels()).containsExactly(Level.WARN);
    }

    private List<Level> levels() {
        return captured.list.stream().map(ILoggingEvent::getLevel).toList();
    }

    private static void sql(DataSource db, String statement) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
