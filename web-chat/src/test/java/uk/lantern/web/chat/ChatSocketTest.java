package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /ws/chat} with a real server: a short chat, coming back with the token, and what is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class ChatSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshIndex(DynamicPropertyRegistry registry) {
        registry.add("lantern.directory.index-path", () -> Path.of("target", "test-directory-index",
                UUID.randomUUID().toString()).toAbsolutePath().toString());
    }

    /** A client connection that queues what the server sends (also used by the two-instance test). */
    public static final class Client extends TextWebSocketHandler {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketSession session;

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            frames.add(JSON.readTree(message.getPayload()));
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            closed.complete(status);
        }

        /** Connects to {@code /ws/chat} on the local port, sending the page's origin. */
        public static Client connect(int port, String origin) throws Exception {
            Client client = new Client();
            WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
            headers.setOrigin(origin);
            client.session = new StandardWebSocketClient()
                    .execute(client, headers, URI.create("ws://localhost:" + port + "/ws/chat"))
                    .get(10, TimeUnit.SECONDS);
            return client;
        }

        public void close() throws Exception {
            session.close();
        }

        public void send(String json) throws Exception {
            session.sendMessage(new TextMessage(json));
        }

        public JsonNode next() throws InterruptedException {
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).as("a frame from the server").isNotNull();
            return frame;
        }

        /** Skips frames until a bot question arrives. */
        public JsonNode nextQuestion() throws InterruptedException {
            JsonNode frame = next();
            while (!"question".equals(frame.path("kind").asString(""))) {
                frame = next();
            }
            return frame;
        }
    }

    private Client connect(String origin) throws Exception {
        return Client.connect(port, origin);
    }

    @Test
    void aShortChatFromHelloToStop() throws Exception {
        Client client = connect("http://localhost:8080");
        client.send("{\"type\":\"hello\"}");
        JsonNode welcome = client.next();
        assertThat(welcome.path("type").asString()).isEqualTo("welcome");
        assertThat(welcome.path("token").asString()).hasSize(22);
        JsonNode opening = client.next();
        assertThat(opening.path("type").asString()).isEqualTo("bot");
        assertThat(opening.path("kind").asString()).isEqualTo("info");
        JsonNode place = client.nextQuestion();
        assertThat(place.path("questionId").asString()).isEqualTo("place");
        client.send("{\"type\":\"choose\",\"value\":\"skip\"}");
        JsonNode age = client.nextQuestion();
        assertThat(age.path("questionId").asString()).isEqualTo("age");
        assertThat(age.path("help").asString()).isNotBlank();
        client.send("{\"type\":\"say\",\"text\":\"I'm 84\"}");
        JsonNode sex = client.nextQuestion();
        assertThat(sex.path("questionId").asString()).isEqualTo("sex");
        assertThat(sex.path("options").get(0).path("label").asString()).isNotBlank();
        assertThat(sex.path("options").get(0).path("value").asString()).isNotBlank();
        client.send("{\"type\":\"say\",\"text\":\"stop\"}");
        JsonNode bye = client.next();
        assertThat(bye.path("type").asString()).as("stopping wipes the transcript").isEqualTo("history");
        assertThat(bye.path("messages")).hasSize(1);
        assertThat(bye.path("messages").get(0).path("text").asString()).contains("0800 4 70 80 90");
        client.session.close();
    }

    @Test
    void comingBackWithTheTokenResumesAtTheSameQuestion() throws Exception {
        Client first = connect("http://localhost:8080");
        first.send("{\"type\":\"hello\"}");
        String token = first.next().path("token").asString();
        first.nextQuestion();
        first.send("{\"type\":\"say\",\"text\":\"skip\"}");
        first.nextQuestion();
        first.send("{\"type\":\"say\",\"text\":\"eighty\"}");
        assertThat(first.nextQuestion().path("questionId").asString()).isEqualTo("sex");
        first.session.close();

        Client again = connect("http://127.0.0.1:8080");
        again.send("{\"type\":\"hello\",\"token\":\"" + token + "\"}");
        JsonNode welcome = again.next();
        assertThat(welcome.path("token").asString()).isEqualTo(token);
        assertThat(welcome.path("resumed").asBoolean()).isTrue();
        JsonNode history = again.next();
        assertThat(history.path("type").asString()).isEqualTo("history");
        List<String> kinds = new ArrayList<>();
        history.path("messages").forEach(m -> kinds.add(m.path("kind").asString()));
        assertThat(kinds).contains("person", "question");
        JsonNode resumed = history.path("messages").get(history.path("messages").size() - 1);
        assertThat(resumed.path("questionId").asString()).isEqualTo("sex");
        assertThat(history.toString()).contains("eighty");
        again.session.close();
    }

    @Test
    void anUnknownTokenStartsAFreshChat() throws Exception {
        Client client = connect("http://localhost:8080");
        client.send("{\"type\":\"hello\",\"token\":\"not-a-real-token\"}");
        JsonNode welcome = client.next();
        assertThat(welcome.path("resumed").asBoolean()).isFalse();
        assertThat(welcome.path("token").asString()).isNotEqualTo("not-a-real-token");
        client.session.close();
    }

    @Test
    void aForeignOriginIsRefused() {
        assertThatThrownBy(() -> connect("https://evil.example")).isNotNull();
    }

    @Test
    void anOversizedFrameIsRejected() throws Exception {
        Client client = connect("http://localhost:8080");
        client.send("{\"type\":\"hello\"}");
        client.nextQuestion();
        client.send("{\"type\":\"say\",\"text\":\"" + "a".repeat(6000) + "\"}");
        JsonNode error = client.next();
        assertThat(error.path("type").asString()).isEqualTo("error");
        assertThat(error.path("code").asString()).isEqualTo("too_long");
        assertThat(client.closed.get(10, TimeUnit.SECONDS).getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
    }

    @Test
    void sayingBeforeHelloGetsAPoliteError() throws Exception {
        Client client = connect("http://localhost:8080");
        client.send("{\"type\":\"say\",\"text\":\"hello\"}");
        JsonNode error = client.next();
        assertThat(error.path("code").asString()).isEqualTo("hello_first");
        client.session.close();
    }
}
