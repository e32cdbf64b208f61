package uk.lantern.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import uk.lantern.web.process.LanternProcess;

/**
 * {@code LANTERN_MANAGEMENT_PORT} equal to {@code PORT} stops the start with Lantern's own message naming both
 * settings: once in a real child JVM started with those environment variables, and at the check's boundaries
 * (the same port, the default 8080, a port apart, off, any free port).
 */
class ManagementPortTest {

    @Test
    void theSamePortForBothStopsTheStartNamingBothSettings() throws Exception {
        int port = freePort();
        Path workDir = Files.createTempDirectory(Path.of("target"), "same-ports-");
        assertThatThrownBy(() -> LanternProcess.start(workDir, Map.of("PORT", Integer.toString(port),
                "LANTERN_MANAGEMENT_PORT", Integer.toString(port)), List.of("-Xmx256m"),
                List.of("--spring.main.banner-mode=off")).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LANTERN_MANAGEMENT_PORT (management.server.port) and PORT (server.port) are "
                        + "both " + port)
                .hasMessageContaining("Set LANTERN_MANAGEMENT_PORT to a port other than PORT");
    }

    @Test
    void theCheckRefusesOnlyOnePortForBoth() {
        assertThatThrownBy(() -> check(Map.of("server.port", "9090", "management.server.port", "9090")))
                .isInstanceOf(ManagementPortCheck.SamePortsException.class).hasMessageContaining("9090");
        // PORT not set: the application is on 8080
        assertThatThrownBy(() -> check(Map.of("management.server.port", "8080")))
                .isInstanceOf(ManagementPortCheck.SamePortsException.class);
        assertThatThrownBy(() -> check(Map.of("server.port", " 8081", "management.server.port", "8081 ")))
                .isInstanceOf(ManagementPortCheck.SamePortsException.class);
        check(Map.of("server.port", "9090", "management.server.port", "9091"));
        check(Map.of("server.port", "9090", "management.server.port", "9089"));
        check(Map.of("management.server.port", "8081"));
        check(Map.of("server.port", "-1", "management.server.port", "-1"));
        check(Map.of("server.port", "0", "management.server.port", "0"));
        check(Map.of("server.port", "9090"));
        check(Map.of("server.port", "9090", "management.server.port", "not a port"));
    }

    @Test
    void theAnalysisSaysWhatToChange() {
        var analysis = new SamePortsFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new ManagementPortCheck.SamePortsException(8080)));
        assertThat(analysis.getDescription()).contains("LANTERN_MANAGEMENT_PORT", "PORT (server.port)", "8080");
        assertThat(analysis.getAction()).contains("-1");
    }

    private static void check(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ManagementPortCheck().check(environment);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
