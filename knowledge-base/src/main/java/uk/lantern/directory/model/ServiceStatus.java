package uk.lantern.directory.model;

import java.util.Locale;
import java.util.Optional;

/** HSDS service status; only active services are offered to people by default. */
public enum ServiceStatus {
    ACTIVE("active"),
    INACTIVE("inactive"),
    DEFUNCT("defunct"),
    TEMPORARILY_CLOSED("temporarily closed");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    /** The value HSDS uses on the wire. */
    public String code() {
        return code;
    }

    public static Optional<ServiceStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (ServiceStatus status : values()) {
            if (status.code.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
