package uk.lantern.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.web.process.LanternProcess;

/**
 * A body larger than the whole heap cannot grow it: the application runs as a child JVM with a
 * 256 MB heap, and anonymous requests stream 300 MB bodies at it, with a Content-Length and
 * chunked, as a form, JSON and multipart, on public, staff and unknown paths. Each is refused with
 * 413 having read at most the limit (the sender is cut off long before 300 MB), the server still
 * answers afterwards and never ran out of memory. Before the limit ran ahead of Spring's form
 * filter, a 300 MB form PUT ended in OutOfMemoryError.
 */
class LargeBodiesCannotGrowTheHeapTest {

    private static final long BODY = 300L * 1024 * 1024;
    private static final String ADMIN_TOKEN = "a-test-admin-token-" + java.util.UUID.randomUUID();
    private static LanternProcess server;

    @BeforeAll
    static void start() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "large-bodies-");
        server = LanternProcess.start(workDir, Map.of("LANTERN_ADMIN_TOKEN", ADMIN_TOKEN),
                List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.kill();
        }
    }

    /**
     * Each row: the request, and the refusal expected. 413 wherever the body would be read; a
     * request refused for another reason first (no CSRF token, unknown path) is refused without
     * reading the body too.
     */
    @ParameterizedTest(name = "{0} {1} {2}, chunked={3} -> {4}")
    @CsvSource({
        "PUT, /anything, application/x-www-form-urlencoded, false, 413",
        "PUT, /anything, application/x-www-form-urlencoded, true, 403",
        "POST, /sign-in, application/x-www-form-urlencoded, false, 413",
        "POST, /sign-in, application/x-www-form-urlencoded, true, 413",
        "PATCH, /worker/screenings/x, application/x-www-form-urlencoded, false, 413",
        "POST, /api/assessments, application/json, true, 413",
        "POST, /api/assessments, application/json, false, 413",
        "POST, /admin/directory/import, application/json, true, 413",
        "POST, /admin/directory/import, multipart/form-data; boundary=xyz, false, 413",
        "POST, /admin/directory/import, multipart/form-data; boundary=xyz, true, 413",
        "DELETE, /, text/plain, false, 413",
        "DELETE, /, text/plain, true, 403",
    })
    void isRefusedBeforeItIsRead(String method, String path, String type, boolean chunked, int expected)
            throws Exception {
        AtomicLong sent = new AtomicLong();
        String status = send(method, path, type, chunked, sent);
        assertThat(status).as("status line").startsWith("HTTP/1.1 " + expected);
        assertThat(sent.get()).as("bytes the server let the client send").isLessThan(BODY);
        HttpResponse<String> after = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/api/questionnaire")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the server still answers").isEqualTo(200);
        assertThat(server.log()).doesNotContain("OutOfMemoryError");
    }

    /** Streams a 300 MB body on a raw socket while reading the answer; returns its status line. */
    private static String send(String method, String path, String type, boolean chunked, AtomicLong sent)
            throws Exception {
        URI uri = server.uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + type + "\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + BODY + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = Thread.ofVirtual().start(() -> writeBody(out, type, chunked, sent));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            socket.shutdownOutput();
            writer.join();
            return status;
        }
    }

    /** One endless value of the body's type: a form field, a JSON string, a multipart file. */
    private static byte[] opening(String type) {
        String start = type.startsWith("application/json") ? "{\"answers\":{\"notes\":\""
                : type.startsWith("multipart") ? "--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"d.json\"\r\nContent-Type: application/json\r\n\r\n{\"services\":\"" : "x=";
        return start.getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeBody(OutputStream out, String type, boolean chunked, AtomicLong sent) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        byte[] opening = opening(type);
        System.arraycopy(opening, 0, block, 0, opening.length);
        byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            while (sent.get() < BODY) {
                if (chunked) {
                    out.write(chunkHead);
                }
                out.write(block);
                if (sent.get() == 0) {
                    Arrays.fill(block, 0, opening.length, (byte) 'a');
                }
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(block.length);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // Expected: the server answers 413 and closes the connection.
        }
    }
}
