package uk.lantern.web.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says, in Spring Boot's "APPLICATION FAILED TO START" report, that {@code LANTERN_MANAGEMENT_PORT} and
 * {@code PORT} name one port, and what to set instead (see {@link ManagementPortCheck}).
 */
public class SamePortsFailureAnalyzer extends AbstractFailureAnalyzer<ManagementPortCheck.SamePortsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ManagementPortCheck.SamePortsException cause) {
        return new FailureAnalysis("LANTERN_MANAGEMENT_PORT (management.server.port) and PORT (server.port) are both "
                + cause.port() + ". Lantern serves its health checks and metrics on a port of their own, bound to "
                + "loopback, never on the public port.",
                "Set LANTERN_MANAGEMENT_PORT to a port other than PORT (8081 when neither is set), or to -1 to turn "
                        + "the health and metrics port off.", cause);
    }
}
