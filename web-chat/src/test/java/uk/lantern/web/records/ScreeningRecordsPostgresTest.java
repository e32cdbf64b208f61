package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The records contract on a real PostgreSQL server, with the schema made by the same Flyway
 * migrations as production (including PostgreSQL's own append-only audit trigger).
 */
@SpringBootTest
@EnabledIf("uk.lantern.web.records.TestPostgres#available")
class ScreeningRecordsPostgresTest extends ScreeningRecordsContract {

    private static final String SCHEMA = TestPostgres.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestPostgres.drop(SCHEMA);
    }

    @Test
    void runsOnPostgreSql() {
        String product = jdbc.sql("select version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        Integer migrations = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class)
                .single();
        assertThat(migrations).isGreaterThanOrEqualTo(3);
    }
}
