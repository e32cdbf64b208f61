package uk.lantern.web.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.lantern.directory.importer.ImportReport;

/**
 * Imports uploaded on the admin directory page that wait for the admin to confirm the services
 * they would remove, so the file is not sent twice. One per admin, replaced by their next upload,
 * forgotten once applied or cancelled, and unusable after {@link #LIFETIME}. Held in memory only:
 * a restart forgets them and the admin uploads again.
 */
@Component
class PendingImports {
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** An import read and waiting; {@code partial} is what the admin asked on upload. */
    record Pending(ImportReport report, boolean partial, long removed, int current, List<String> removing,
                   Instant readAt) {
    }

    private final Map<String, Pending> byAdmin = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    void hold(String admin, ImportReport report, boolean partial, long removed, int current, List<String> removing) {
        byAdmin.put(admin, new Pending(report, partial, removed, current, List.copyOf(removing), clock.instant()));
    }

    /** The admin's waiting import, if any and still fresh. */
    Optional<Pending> peek(String admin) {
        Pending p = byAdmin.get(admin);
        if (p != null && p.readAt().plus(LIFETIME).isBefore(clock.instant())) {
            byAdmin.remove(admin, p);
            return Optional.empty();
        }
        return Optional.ofNullable(p);
    }

    /** Takes the admin's waiting import away, if any and still fresh. */
    Optional<Pending> take(String admin) {
        Optional<Pending> p = peek(admin);
        p.ifPresent(found -> byAdmin.remove(admin, found));
        return p;
    }
}
