package uk.lantern.web.directory;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.web.records.TestPostgres;

/**
 * The admin directory page again with the directory, its history, problems, feed state and
 * taxonomy mapping (migration V31) kept in a real PostgreSQL server.
 */
@EnabledIf("uk.lantern.web.records.TestPostgres#available")
class DirectoryPagePostgresTest extends DirectoryPageTest {

    private static final String SCHEMA = TestPostgres.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.drop(SCHEMA);
    }
}
