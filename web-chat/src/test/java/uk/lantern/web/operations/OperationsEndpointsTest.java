package uk.lantern.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.rules.Screenings;
import uk.lantern.web.process.StaffClient;

/**
 * The management endpoints on their own port: the public port has none of them, readiness lists
 * its components and goes DOWN while the application refuses traffic, and each of Lantern's
 * metrics moves when its event happens, with no typed words in the scrape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lantern.admin.token=" + OperationsEndpointsTest.TOKEN)
class OperationsEndpointsTest {

    static final String TOKEN = "operations-admin-token-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(int port, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double count(String name, String tag, String value) {
        Search search = meters.find(name).tag(tag, value);
        return search.counter() == null ? 0 : search.counter().count();
    }

    @Test
    void thePublicPortHasNoManagementEndpoints() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
            "/actuator/health/liveness", "/actuator/prometheus"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            // the public "page not found" may carry its own status code; never a health status or a metric
            assertThat(response.body()).as(path).doesNotContain("\"UP\"").doesNotContain("\"components\"")
                    .doesNotContain("lantern_");
        }
    }

    @Test
    void readinessListsTheRulesTheDirectoryIndexAndTheDatabase() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(readiness.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        JsonNode components = body.path("components");
        for (String component : new String[] {"readinessState", "rules", "directoryIndex", "db"}) {
            assertThat(components.path(component).path("status").asString()).as(component).isEqualTo("UP");
        }
        assertThat(components.path("rules").path("details").path("screeningRules").asInt()).isPositive();
        assertThat(components.path("directoryIndex").path("details").path("services").asInt()).isPositive();
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessIsDownWhileTheApplicationRefusesTraffic() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> refusing = get(managementPort, "/actuator/health/readiness");
            assertThat(refusing.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(refusing.body()).path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            // Liveness is separate: a busy or starting instance is not restarted.
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void scoredAnswersCountAsAScreeningCompletedThroughTheApi() throws Exception {
        double before = count("lantern.screenings.completed", "channel", "api");
        String body = JSON.writeValueAsString(Map.of("answers", Screenings.noRisk()));
        assertThat(postJson(port, "/api/assessments", body).statusCode()).isEqualTo(200);
        assertThat(count("lantern.screenings.completed", "channel", "api")).isEqualTo(before + 1);
        assertThat(scrape()).contains("lantern_screenings_completed_total{channel=\"api\"}");
    }

    @Test
    void aFailedSignInIsCountedByReasonWithoutTheUsername() throws Exception {
        double before = count("lantern.sign-in.failures", "reason", "unknown-account");
        StaffClient staff = new StaffClient("http://127.0.0.1:" + port);
        HttpResponse<String> refused = staff.postForm("/sign-in", Map.of("username", "nobody-called-zebedee",
                "password", "not the password", "_csrf", staff.token("/sign-in")));
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
        assertThat(count("lantern.sign-in.failures", "reason", "unknown-account")).isEqualTo(before + 1);
        assertThat(scrape()).contains("lantern_sign_in_failures_total{reason=\"unknown-account\"}")
                .doesNotContain("zebedee");
    }

    @Test
    void directoryImportsAreCountedBySourceAndOutcome() throws Exception {
        double before = meters.find("lantern.directory.imports").tags("source", "token", "outcome", "checked")
                .counters().stream().mapToDouble(c -> c.count()).sum();
        String services = "[{\"id\": \"ops-1\", \"name\": \"Operations test service\", \"status\": \"active\"}]";
        HttpResponse<String> checked = postJson(port, "/admin/directory/import?check=true", services,
                "Authorization", "Bearer " + TOKEN);
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(meters.find("lantern.directory.imports").tags("source", "token", "outcome", "checked")
                .counter().count()).isEqualTo(before + 1);
    }

    @Test
    void chatTurnsAreTimedAndCrisisHelpIsCountedByKindWithoutTheWords() throws Exception {
        long turnsBefore = meters.get("lantern.chat.turns").timer().count();
        double crisisBefore = meters.find("lantern.crisis.responses").counters().stream()
                .mapToDouble(c -> c.count()).sum();
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://localhost:8080");
        WebSocketSession session = new StandardWebSocketClient().execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession s, TextMessage message) {
                frames.add(JSON.readTree(message.getPayload()));
            }
        }, headers, URI.create("ws://localhost:" + port + "/ws/chat")).get(10, TimeUnit.SECONDS);
        try {
            session.sendMessage(new TextMessage("{\"type\":\"hello\"}"));
            untilKind(frames, "question");
            session.sendMessage(new TextMessage("{\"type\":\"say\",\"text\":\"I want to end my life tonight\"}"));
            untilKind(frames, "crisis");
        } finally {
            session.close();
        }
        // A turn is recorded once its replies are sent; the hello's is certainly recorded, since a connection's
        // frames are handled one after another and the second frame was answered.
        assertThat(meters.get("lantern.chat.turns").timer().count()).isGreaterThanOrEqualTo(turnsBefore + 1);
        assertThat(meters.find("lantern.crisis.responses").counters().stream().mapToDouble(c -> c.count()).sum())
                .isGreaterThan(crisisBefore);
        String scrape = scrape();
        assertThat(scrape).contains("lantern_crisis_responses_total{concern=")
                .contains("lantern_chat_turns_seconds_bucket").doesNotContain("tonight").doesNotContain("end my life");
    }

    private static void untilKind(BlockingQueue<JsonNode> frames, String kind) throws InterruptedException {
        while (true) {
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).as("a " + kind + " frame from the server").isNotNull();
            if (kind.equals(frame.path("kind").asString(""))) {
                return;
            }
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
