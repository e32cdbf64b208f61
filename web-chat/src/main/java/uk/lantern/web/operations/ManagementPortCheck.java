package uk.lantern.web.operations;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start, before anything else is built, when the management port (health and metrics,
 * {@code LANTERN_MANAGEMENT_PORT}, setting {@code management.server.port}) is the application's own port
 * ({@code PORT}, setting {@code server.port}, 8080 unless set): health and metrics are served on a port of
 * their own, bound to loopback, and never beside the public pages. Spring's own refusal names neither
 * environment variable ("Management-specific server address cannot be configured..."), so Lantern's comes
 * first and {@link SamePortsFailureAnalyzer} says what to change. A management port of {@code -1} (off) or
 * {@code 0} (any free port) never clashes; a value that is not a number is left to Spring's own message.
 * Registered in {@code META-INF/spring.factories}; runs once the configuration files are read and logging is
 * set up, so the message is written as Lantern's logs are.
 */
public class ManagementPortCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The application's port when {@code server.port} is not set at all: Spring Boot's default. */
    static final int DEFAULT_SERVER_PORT = 8080;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /**
     * Checks the two ports of an environment.
     *
     * @throws SamePortsException when both name one port above 0
     */
    void check(ConfigurableEnvironment environment) {
        Integer management = port(environment, "management.server.port");
        if (management == null || management <= 0) {
            return;
        }
        Integer server = port(environment, "server.port");
        if (management.equals(server == null ? DEFAULT_SERVER_PORT : server)) {
            throw new SamePortsException(management);
        }
    }

    private static Integer port(ConfigurableEnvironment environment, String setting) {
        String value = environment.getProperty(setting);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null; // Spring's own binding says it is not a number, naming the setting
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1; // after the configuration files and logging are set up
    }

    /** The management port and the application's port are one port. */
    public static final class SamePortsException extends IllegalStateException {
        private final int port;

        SamePortsException(int port) {
            super("LANTERN_MANAGEMENT_PORT (management.server.port) is " + port + ", the same as PORT (server.port)");
            this.port = port;
        }

        /** The port both settings name. */
        public int port() {
            return port;
        }
    }
}
