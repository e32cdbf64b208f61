package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.web.process.LanternProcess;
import uk.lantern.web.process.StaffClient;

/**
 * A 201 from {@code POST /api/worker/screenings} means the record is on disk: the application runs
 * as a child JVM on its shipped database settings, takes several screenings, is killed (kill -9)
 * the moment the last 201 arrives, and is started again on the same data. Every acknowledged
 * record is there, and sending each submission again returns the same record (200, not a new one).
 * On H2 this failed before the URL set {@code WRITE_DELAY=0}: all five records were lost.
 */
class AcknowledgedScreeningsSurviveAKillTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "first.admin";
    private static final String ADMIN_PASSWORD = "a long enough admin password";
    private static final String WORKER = "durable.worker";
    private static final String FIRST_PASSWORD = "a first password the admin gives";
    private static final String WORKER_PASSWORD = "a long enough worker password";
    private static final int SCREENINGS = 5;

    @Test
    void onTheDefaultH2File() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "durable-h2-");
        survivesAKill(workDir, List.of());
    }

    @Test
    @EnabledIf("uk.lantern.web.records.TestPostgres#available")
    void onPostgreSql() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "durable-pg-");
        String schema = TestPostgres.newSchema();
        try {
            survivesAKill(workDir, List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + TestPostgres.URL + (TestPostgres.URL.contains("?") ? "&" : "?")
                            + "currentSchema=" + schema,
                    "--spring.datasource.username=" + TestPostgres.USER,
                    "--spring.datasource.password=" + TestPostgres.PASSWORD,
                    "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
        } finally {
            TestPostgres.drop(schema);
        }
    }

    private void survivesAKill(Path workDir, List<String> databaseArgs) throws Exception {
        Map<String, String> env = Map.of("LANTERN_FIRST_ADMIN_USERNAME", ADMIN,
                "LANTERN_FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD);
        List<UUID> submissions = new ArrayList<>();
        List<String> acknowledged = new ArrayList<>();
        try (LanternProcess first = LanternProcess.start(workDir, env, List.of("-Xmx384m"), databaseArgs)) {
            createWorker(first);
            StaffClient worker = new StaffClient(first).signIn(WORKER, WORKER_PASSWORD);
            String token = worker.token("/worker/screen");
            for (int i = 0; i < SCREENINGS; i++) {
                UUID submission = UUID.randomUUID();
                HttpResponse<String> stored = worker.postJson("/api/worker/screenings", body(submission, i), token);
                assertThat(stored.statusCode()).as("screening %d stored", i).isEqualTo(201);
                submissions.add(submission);
                acknowledged.add(JSON.readTree(stored.body()).get("id").asString());
            }
            first.kill();
        }
        try (LanternProcess second = LanternProcess.start(workDir, env, List.of("-Xmx384m"), databaseArgs)) {
            StaffClient worker = new StaffClient(second).signIn(WORKER, WORKER_PASSWORD);
            int found = 0;
            for (String id : acknowledged) {
                if (worker.get("/worker/screenings/" + id).statusCode() == 200) {
                    found++;
                }
            }
            assertThat(found).as("acknowledged records found after kill -9 and restart").isEqualTo(SCREENINGS);
            String token = worker.token("/worker/screen");
            for (int i = 0; i < SCREENINGS; i++) {
                HttpResponse<String> again = worker.postJson("/api/worker/screenings", body(submissions.get(i), i),
                        token);
                JsonNode answer = JSON.readTree(again.body());
                assertThat(again.statusCode()).as("retry of screening %d", i).isEqualTo(200);
                assertThat(answer.get("id").asString()).isEqualTo(acknowledged.get(i));
                assertThat(answer.get("created").asBoolean()).isFalse();
            }
        }
    }

    /**
     * The first admin (from the environment) adds the team and creates the worker through the admin
     * pages; the worker signs in with the first password and chooses their own, as a person would.
     */
    private static void createWorker(LanternProcess server) throws Exception {
        StaffClient admin = new StaffClient(server).signIn(ADMIN, ADMIN_PASSWORD);
        admin.enrolSecondFactor();
        choosePassword(admin, ADMIN_PASSWORD, "the admin's own chosen password");
        HttpResponse<String> team = admin.postForm("/admin/teams", Map.of("name", "Durability",
                "_csrf", admin.token("/admin/teams")));
        assertThat(team.statusCode()).as("team added").isEqualTo(302);
        HttpResponse<String> created = admin.postForm("/admin/accounts", Map.of("username", WORKER,
                "displayName", "Durable Worker", "role", "WORKER", "team", "Durability", "password", FIRST_PASSWORD,
                "_csrf", admin.token("/admin/accounts")));
        assertThat(created.statusCode()).as("account created").isEqualTo(302);
        choosePassword(new StaffClient(server).signIn(WORKER, FIRST_PASSWORD), FIRST_PASSWORD, WORKER_PASSWORD);
    }

    /** Everyone given a password by someone else chooses their own at first sign-in. */
    private static void choosePassword(StaffClient client, String current, String chosen) throws Exception {
        HttpResponse<String> changed = client.postForm("/account/password", Map.of("current", current,
                "password", chosen, "confirm", chosen, "_csrf", client.token("/account/password")));
        assertThat(changed.statusCode()).as("own password chosen").isEqualTo(302);
    }

    private static String body(UUID submission, int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submission.toString());
        body.put("consent", true);
        body.put("reference", "KILL-" + i);
        body.put("answers", ScreeningRecordsContract.answers());
        return JSON.writeValueAsString(body);
    }
}
