package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;

import tools.jackson.databind.JsonNode;

/**
 * One client cannot fill the chat: over real WebSockets, behind a (loopback) reverse proxy that
 * names each client in {@code X-Forwarded-For} (as docs/security.md describes), one address keeps
 * opening conversations until it is refused, and another address still gets in. Before the
 * per-client share, one client took all the places and everyone else was refused for 30 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=native", "lantern.chat.max-conversations=8",
    "lantern.chat.max-conversations-per-client=3", "lantern.chat.new-conversations-per-minute=100"})
class ChatCapacityTest {

    @LocalServerPort
    int port;


    /** Opens a conversation as the client at {@code address}; its first frame (welcome or error). */
    private ChatSocketTest.Client hello(String address) throws Exception {
        ChatSocketTest.Client client = new ChatSocketTest.Client();
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin("http://localhost:8080");
        headers.add("X-Forwarded-For", address);
        client.session = new StandardWebSocketClient()
                .execute(client, headers, URI.create("ws://localhost:" + port + "/ws/chat"))
                .get(10, TimeUnit.SECONDS);
        client.send("{\"type\":\"hello\"}");
        return client;
    }

    /**
     * A library or care home: many people on one address, one chat after another. Closed chats
     * stop counting, so 25 chats (far over the share of 3 open ones) all get in. Before round 12
     * a closed chat kept its place for the 30 idle minutes and the fourth was refused.
     */
    @Test
    void chatsOpenedAndClosedOneAfterAnotherFromOneAddressAreAllServed() throws Exception {
        for (int i = 0; i < 25; i++) {
            ChatSocketTest.Client client = hello("192.0.2.44");
            JsonNode first = client.next();
            assertThat(first.path("type").asString()).as("chat %d: %s", i, first).isEqualTo("welcome");
            client.close();
            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void oneClientFillingItsShareLeavesRoomForAnother() throws Exception {
        int welcomed = 0;
        ChatSocketTest.Client refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            ChatSocketTest.Client client = hello("203.0.113.7");
            JsonNode first = client.next();
            if ("welcome".equals(first.path("type").asString())) {
                welcomed++;
            } else {
                assertThat(first.path("type").asString()).isEqualTo("error");
                assertThat(first.path("code").asString()).isEqualTo("busy");
                assertThat(first.path("text").asString()).as("says what is happening")
                        .startsWith("Too many chats are open from your connection just now");
                refused = client;
            }
        }
        assertThat(welcomed).as("conversations one client could open").isEqualTo(3);
        assertThat(refused).isNotNull();
        assertThat(refused.closed.get(10, TimeUnit.SECONDS)).as("the refused connection is closed").isNotNull();

        JsonNode other = hello("198.51.100.20").next();
        assertThat(other.path("type").asString()).as("another client").isEqualTo("welcome");
    }
}
