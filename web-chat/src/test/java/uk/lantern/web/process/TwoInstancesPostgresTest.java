package uk.lantern.web.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import uk.lantern.web.LanternApplication;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.chat.ChatSocketTest;
import uk.lantern.web.records.RetentionSchedule;
import uk.lantern.web.records.TestPostgres;
import uk.lantern.web.security.StaffAccounts;

/**
 * Two instances of the application, as behind a load balancer: two Spring contexts on random
 * ports, each with its own directory index folder, sharing one PostgreSQL database (a fresh
 * schema) under the postgres profile. What one instance does, the other sees: a worker's sign-in
 * and sign-out, a directory import (within 5 seconds), and the retention job runs on one only.
 */
@EnabledIf("uk.lantern.web.records.TestPostgres#available")
class TwoInstancesPostgresTest {

    private static final String SCHEMA = TestPostgres.newSchema();
    private static final String ADMIN_TOKEN = "two-instances-admin-token-0123";

    @TempDir
    static Path folder;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() {
        first = start("first");
        second = start("second");
        new StaffAccounts(first.getBean(AccountStore.class));
    }

    @AfterAll
    static void stopBoth() throws SQLException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        TestPostgres.drop(SCHEMA);
    }

    private static ConfigurableApplicationContext start(String name) {
        Map<String, Object> settings = new java.util.HashMap<>(TestPostgres.settings(SCHEMA));
        settings.putAll(Map.of(
                "server.port", "0",
                "lantern.directory.index-path", folder.resolve(name + "/directory-index").toString(),
                "lantern.second-factor.key", "two-instances-second-factor-key-0123456789",
                "lantern.admin.token", ADMIN_TOKEN,
                "lantern.records.retention-cron", "-",
                "lantern.directory.feed.url", ""));
        // As command-line arguments, so they win over the postgres profile's own settings.
        return new SpringApplicationBuilder(LanternApplication.class).profiles("postgres")
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aWorkerSignedInOnOneIsSignedInOnTheOtherAndSignedOutOfBoth() throws Exception {
        StaffClient onFirst = new StaffClient(base(first)).signIn(StaffAccounts.WORKER, StaffAccounts.PASSWORD);
        StaffClient onSecond = onFirst.on(base(second));
        assertThat(onSecond.get("/worker").statusCode()).isEqualTo(200);
        assertThat(onFirst.get("/worker").statusCode()).isEqualTo(200);

        String token = onSecond.token("/worker");
        HttpResponse<String> signedOut = onSecond.postForm("/sign-out", Map.of("_csrf", token));
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/sign-in?signed-out");

        for (StaffClient either : new StaffClient[] {onFirst, onSecond}) {
            HttpResponse<String> after = either.get("/worker");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElse("")).contains("/sign-in");
        }
    }

    @Test
    void aDirectoryImportOnOneIsSearchableOnTheOtherWithinFiveSeconds() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String service = "{\"id\":\"two-instances-zebrafinch\",\"name\":\"Zebrafinch knitting circle\","
                + "\"status\":\"active\"}";
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base(first)
                + "/admin/directory/import")).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(service))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        URI search = URI.create(base(second) + "/api/services?q=zebrafinch");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                        .body()).contains("Zebrafinch knitting circle"));
    }

    @Test
    void aChatBegunOnOneResumesOnTheOtherAtTheSameQuestionAndComesBack() throws Exception {
        ChatSocketTest.Client onFirst = ChatSocketTest.Client.connect(port(first), "http://localhost:8080");
        onFirst.send("{\"type\":\"hello\"}");
        String token = onFirst.next().path("token").asString();
        onFirst.nextQuestion();
        onFirst.send("{\"type\":\"choose\",\"value\":\"skip\"}");
        onFirst.nextQuestion();
        onFirst.send("{\"type\":\"say\",\"text\":\"eighty\"}");
        assertThat(onFirst.nextQuestion().path("questionId").asString()).isEqualTo("sex");
        onFirst.close();

        ChatSocketTest.Client onSecond = ChatSocketTest.Client.connect(port(second), "http://localhost:8080");
        onSecond.send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
        assertThat(onSecond.next().path("resumed").asBoolean()).as("resumed on the second").isTrue();
        JsonNode history = onSecond.next();
        assertThat(history.path("type").asString()).isEqualTo("history");
        assertThat(history.toString()).as("reload shows the conversation so far").contains("eighty");
        JsonNode messages = history.path("messages");
        assertThat(messages.get(messages.size() - 1).path("questionId").asString()).isEqualTo("sex");
        String sexValue = messages.get(messages.size() - 1).path("options").get(0).path("value").asString();
        onSecond.send("{\"type\":\"choose\",\"value\":\"" + sexValue + "\"}");
        String after = onSecond.nextQuestion().path("questionId").asString();
        assertThat(after).isNotEqualTo("sex");
        onSecond.close();

        ChatSocketTest.Client backOnFirst = ChatSocketTest.Client.connect(port(first), "http://localhost:8080");
        backOnFirst.send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
        assertThat(backOnFirst.next().path("resumed").asBoolean()).isTrue();
        JsonNode again = backOnFirst.next().path("messages");
        assertThat(again.get(again.size() - 1).path("questionId").asString())
                .as("the first takes the second's newer state over what it held").isEqualTo(after);
        backOnFirst.close();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theRetentionJobRunsOnOneInstanceOnly() {
        assertThat(first.getBean(RetentionSchedule.class).runOnce()).isPresent();
        assertThat(second.getBean(RetentionSchedule.class).runOnce()).as("the other instance skips the pass").isEmpty();
        assertThat(first.getBean(RetentionSchedule.class).runOnce()).as("and so does the first, until the lock ends")
                .isEmpty();
        assertThat(JdbcClient.create(first.getBean(javax.sql.DataSource.class))
                .sql("select count(*) from shedlock where name = 'records-retention'").query(Integer.class).single())
                .isEqualTo(1);
    }
}
