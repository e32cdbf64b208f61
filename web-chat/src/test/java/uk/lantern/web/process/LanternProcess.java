package uk.lantern.web.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lantern started as a child JVM ({@code uk.lantern.web.LanternApplication}) from the main
 * classpath only (never {@code test-classes}, so the test-only settings do not apply and the
 * shipped defaults do), in a working folder of the test's choosing, so its relative defaults
 * ({@code ./data/lantern} for H2, {@code ./data/directory-index}) land there. Standard output
 * and error go to {@code lantern.log} in that folder, appended across restarts.
 */
public final class LanternProcess implements AutoCloseable {

    /** Longest wait for the server to answer after start; a guard against a hung child, not a speed test. */
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;

    private LanternProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application and waits until {@code GET /api/questionnaire} answers 200.
     *
     * @param workDir  the child's working folder (its {@code ./data} lives here)
     * @param env      extra environment variables, e.g. {@code LANTERN_FIRST_ADMIN_USERNAME}
     * @param jvmArgs  extra JVM options, e.g. {@code -Xmx128m}
     * @param appArgs  Spring Boot command-line properties, e.g. {@code --spring.profiles.active=postgres}
     * @throws IllegalStateException when the child exits or does not answer in time (with the log's tail)
     */
    public static LanternProcess start(Path workDir, Map<String, String> env, List<String> jvmArgs,
            List<String> appArgs) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        int port = freePort();
        Path log = workDir.resolve("lantern.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(mainClasspath());
        command.add("uk.lantern.web.LanternApplication");
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        // Its management server (health, metrics) on a free port too, so two children never clash.
        builder.environment().put("LANTERN_MANAGEMENT_PORT", Integer.toString(freePort()));
        builder.environment().putAll(env);
        LanternProcess started = new LanternProcess(builder.start(), port, log);
        try {
            started.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            started.kill();
            throw e;
        }
        return started;
    }

    /** The address of {@code path} on this server, on loopback. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the child has written so far. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** kill -9: no shutdown hook runs, nothing is flushed. Waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Lantern exited with " + process.exitValue() + " while starting:\n"
                        + tail());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri("/api/questionnaire"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Lantern did not answer within " + START_LIMIT + ":\n" + tail());
    }

    private String tail() {
        try {
            String all = log();
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test JVM's classpath without the test classes and test resources. */
    private static String mainClasspath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
