package uk.lantern.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.web.process.LanternProcess;
import uk.lantern.web.process.StaffClient;

/**
 * The structured log format an operator can choose ({@code LANTERN_LOG_FORMAT=ecs}) writes one JSON
 * object a line and, like the plain format, nothing a person typed: the application runs as a
 * child JVM with the shipped settings and that variable (a logging format is fixed per JVM, so not
 * in a shared test context), and gets a chat disclosure, a failed sign-in, a search and a broken
 * assessment, each carrying a marker. Every line its logging writes is JSON, and none holds the marker.
 */
class StructuredLogsTest {

    private static final String CANARY = "Zqxcanary";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jsonLogLinesHoldNothingTyped() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "structured-logs-");
        String log;
        try (LanternProcess server = LanternProcess.start(workDir, Map.of("LANTERN_LOG_FORMAT", "ecs"),
                List.of("-Xmx384m"), List.of("--spring.main.banner-mode=off",
                        "--lantern.chat.allowed-origins=http://logs.localhost"))) {
            HttpClient http = HttpClient.newHttpClient();
            chat(http, server.port(), "My name is " + CANARY + " Smith and I want to end my life");
            StaffClient staff = new StaffClient(server);
            HttpResponse<String> refused = staff.postForm("/sign-in", Map.of("username", CANARY + ".worker",
                    "password", CANARY + " password", "_csrf", staff.token("/sign-in")));
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
            assertThat(http.send(HttpRequest.newBuilder(server.uri("/api/services?q=" + CANARY + "&postcode=ME7+1AB"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(500);
            assertThat(http.send(HttpRequest.newBuilder(server.uri("/api/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {\"age\": \"" + CANARY + "\"")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
            log = server.log();
        }
        // The JVM's own warnings (native access) go to standard error, which the child's log also holds.
        List<String> lines = log.lines().filter(line -> !line.isBlank() && !line.startsWith("WARNING: ")).toList();
        assertThat(lines).as("log lines").isNotEmpty();
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.has("@timestamp")).as(line).isTrue();
        }
        assertThat(lines).as("security events are logged in the same format")
                .anyMatch(line -> line.contains("sign-in.failed"));
        assertThat(log.toLowerCase(Locale.ROOT)).doesNotContain(CANARY.toLowerCase(Locale.ROOT));
    }

    /** Says hello, waits for the first question, says {@code text}, and waits for Lantern's crisis reply. */
    private static void chat(HttpClient http, int port, String text) throws Exception {
        CompletableFuture<Void> question = new CompletableFuture<>();
        CompletableFuture<Void> crisis = new CompletableFuture<>();
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().header("Origin", "http://logs.localhost")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String kind = JSON.readTree(partial.toString()).path("kind").asString("");
                            partial.setLength(0);
                            if (kind.equals("question")) {
                                question.complete(null);
                            } else if (kind.equals("crisis")) {
                                crisis.complete(null);
                            }
                        }
                        socket.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"hello\"}", true).get(30, TimeUnit.SECONDS);
        question.get(30, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"say\",\"text\":" + JSON.writeValueAsString(text) + "}", true).get(30, TimeUnit.SECONDS);
        crisis.get(30, TimeUnit.SECONDS);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
    }
}
