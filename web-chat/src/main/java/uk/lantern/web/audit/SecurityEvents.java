package uk.lantern.web.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log: one line per event on the logger {@code lantern.security}, as
 * {@code event=<name> who=<username or -> client=<address> key=value ...}, for shipping to a
 * log store and alerting. Events: sign-ins, failures, delays, refused access (401, 403),
 * sessions ended, and every audited action (records listed, read, exported; admin actions).
 * <p>
 * Never personal data about the people screened, and nothing a person typed: values are
 * usernames of existing accounts, client addresses, random record ids, team names, counts and
 * fixed words. A value with characters outside a safe set is replaced by {@code ?}, so nothing
 * can forge a line.
 */
@Component
public class SecurityEvents {

    /** The logger's name, for configuring where security events go. */
    public static final String LOGGER = "lantern.security";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N} ._:@/&'{}()\\[\\],+-]{0,200}");

    /** Logs one event by the named account (or {@code null} for nobody signed in) from the current request's client. */
    public void record(String event, String who, Map<String, ?> details) {
        StringBuilder line = new StringBuilder("event=").append(event)
                .append(" who=").append(who == null || who.isEmpty() ? "-" : value(who))
                .append(" client=").append(client());
        details.forEach((key, v) -> {
            if (v != null) {
                line.append(' ').append(key).append('=').append(value(String.valueOf(v)));
            }
        });
        log.info(line.toString());
    }

    /** Logs an event with details given as alternating keys and values. */
    public void record(String event, String who, Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        record(event, who, details);
    }

    /** The client address of the current request (the real one behind a trusted proxy), or {@code -}. */
    public static String client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return value(request.getRemoteAddr());
        }
        return "-";
    }

    private static String value(String raw) {
        if (!SAFE.matcher(raw).matches()) {
            return "?";
        }
        return raw.contains(" ") ? '"' + raw + '"' : raw;
    }
}
