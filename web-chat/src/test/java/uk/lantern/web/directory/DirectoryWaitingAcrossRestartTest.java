package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.web.process.LanternProcess;

/**
 * Round 15 (issue 12): an import held by the removal guard whose instance is killed and started
 * again is never confirmed (the held upload lived in memory); its history entry "waiting to confirm"
 * is closed as expired, at the end of its wait, by the restarted application. Two real processes on
 * one H2 file; the wait is set short ({@code lantern.directory.confirm-wait}) so the test need not
 * last 30 minutes.
 */
class DirectoryWaitingAcrossRestartTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> ARGS = List.of("--lantern.admin.token=" + DirectoryAdminApiTest.TOKEN,
            "--lantern.directory.confirm-wait=" + WAIT);
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> importJson(LanternProcess lantern, String query, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(lantern.uri("/admin/directory/import" + query))
                .header("Authorization", DirectoryAdminApiTest.BEARER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode entry(LanternProcess lantern, long id) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(lantern.uri("/admin/directory/history"))
                .header("Authorization", DirectoryAdminApiTest.BEARER).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        for (JsonNode e : JSON.readTree(answer.body()).get("entries")) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no history entry " + id + " in " + answer.body());
    }

    @Test
    void aWaitingImportForgottenByARestartIsClosedAsExpired() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "waiting-restart-");
        long entry;
        Instant waitingSince;
        try (LanternProcess first = LanternProcess.start(workDir, Map.of(), List.of("-Xmx384m"), ARGS)) {
            assertThat(importJson(first, "?confirm=true", DirectoryWaitingEntriesTest.services(30)).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> held = importJson(first, "", DirectoryWaitingEntriesTest.services(3));
            assertThat(held.statusCode()).isEqualTo(409);
            entry = JSON.readTree(held.body()).get("entry").asLong();
            JsonNode waiting = entry(first, entry);
            assertThat(waiting.get("outcome").asString()).isEqualTo(ImportRecord.WAITING);
            waitingSince = Instant.parse(waiting.get("happened_at").asString());
            first.kill();
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), waitingSince.plus(WAIT)).toMillis() + 500));
        try (LanternProcess second = LanternProcess.start(workDir, Map.of(), List.of("-Xmx384m"), ARGS)) {
            JsonNode closed = entry(second, entry);
            assertThat(closed.get("outcome").asString()).isEqualTo(ImportRecord.EXPIRED);
            assertThat(Instant.parse(closed.get("closed_at").asString())).isEqualTo(waitingSince.plus(WAIT));
        }
    }
}
