package uk.lantern.web.training;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.records.TestPostgres;

/** The quiz tests again, with attempts kept in a real PostgreSQL server. */
@EnabledIf("uk.lantern.web.records.TestPostgres#available")
class TrainingQuizPostgresTest extends TrainingQuizTest {

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
