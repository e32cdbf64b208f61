package uk.lantern.web.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.store.ImportRecord;

/**
 * Imports uploaded on the admin directory page that wait for the admin to confirm the services
 * they would remove, so the file is not sent twice. One per admin, replaced by their next upload,
 * forgotten once applied or cancelled, and unusable after {@code lantern.directory.confirm-wait} (30
 * minutes by default). Held in memory only:
 * a restart forgets them and the admin uploads again.
 *
 * <p>Each has a history entry "waiting to confirm", closed when its wait ends (round 15):
 * {@link ImportRecord#CONFIRMED} when the admin confirms, {@link ImportRecord#CANCELLED} when they
 * cancel or upload another file, {@link ImportRecord#EXPIRED} at that wait after it was
 * read. Entries no instance holds any more (after a restart, from the admin API's 409 or from a
 * harvest, which nothing holds) expire the same way through {@link #expireStale()}, run at start-up
 * and whenever the history is shown.
 */
@Component
class PendingImports {
    /** How long an upload is held by default ({@code lantern.directory.confirm-wait}). */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** An import read and waiting; {@code partial} is what the admin asked on upload; {@code entry} its history id. */
    record Pending(ImportReport report, boolean partial, long removed, int current, List<String> removing,
                   Instant readAt, long entry, boolean sample) {
    }

    private final Map<String, Pending> byAdmin = new ConcurrentHashMap<>();
    private final Clock clock;
    private final LocalServicesDirectory directory;
    private final Duration lifetime;

    PendingImports(Clock clock, LocalServicesDirectory directory,
                   @Value("${lantern.directory.confirm-wait:30m}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lantern.directory.confirm-wait must be positive, got " + lifetime);
        }
        this.clock = clock;
        this.directory = directory;
        this.lifetime = lifetime;
    }

    /** How long an upload is held, and a waiting history entry waits, before it expires. */
    Duration lifetime() {
        return lifetime;
    }

    /** Now, by the clock the waits are measured with (history entries of page imports carry it). */
    Instant now() {
        return clock.instant();
    }

    /** Holds the admin's import; one they held before is cancelled. */
    void hold(String admin, ImportReport report, boolean partial, long removed, int current, List<String> removing,
              long entry) {
        put(admin, new Pending(report, partial, removed, current, List.copyOf(removing), clock.instant(), entry, false));
    }

    /**
     * Holds an upload that would replace the shipped sample directory (its {@code current} example services)
     * until the admin confirms it, once: the sample is not a council's data, so the removal guard does not
     * apply, but a first test import should not replace it unasked (round 16). No history entry waits for it.
     */
    void holdSample(String admin, ImportReport report, boolean partial, int current) {
        put(admin, new Pending(report, partial, current, current, List.of(), clock.instant(), 0, true));
    }

    private void put(String admin, Pending held) {
        Pending before = byAdmin.put(admin, held);
        if (before != null && before.entry() != held.entry()) {
            close(before, ImportRecord.CANCELLED, clock.instant());
        }
    }

    /** The admin's waiting import, if any and still fresh. */
    Optional<Pending> peek(String admin) {
        Pending p = byAdmin.get(admin);
        if (p != null && p.readAt().plus(lifetime).isBefore(clock.instant())) {
            if (byAdmin.remove(admin, p)) {
                close(p, ImportRecord.EXPIRED, p.readAt().plus(lifetime));
            }
            return Optional.empty();
        }
        return Optional.ofNullable(p);
    }

    /**
     * Takes the admin's waiting import away to apply it, if any and still fresh; its history entry
     * is closed as confirmed when the confirmed import is applied.
     */
    Optional<Pending> take(String admin) {
        Optional<Pending> p = peek(admin);
        p.ifPresent(found -> byAdmin.remove(admin, found));
        return p;
    }

    /** Cancels the admin's waiting import, if any: its history entry is closed as cancelled. */
    Optional<Pending> cancel(String admin) {
        Optional<Pending> p = take(admin);
        p.ifPresent(found -> close(found, ImportRecord.CANCELLED, clock.instant()));
        return p;
    }

    /** Closes the history entry of a held import that was applied after confirmation. */
    void confirmed(Pending p) {
        close(p, ImportRecord.CONFIRMED, clock.instant());
    }

    /** Closes as expired every waiting history entry older than the wait, held or not. */
    @EventListener(ApplicationReadyEvent.class)
    void expireStale() {
        byAdmin.keySet().forEach(this::peek);
        directory.store().expireWaiting(clock.instant(), lifetime);
    }

    private void close(Pending p, String outcome, Instant at) {
        if (p.entry() > 0) {
            directory.store().closeWaiting(p.entry(), outcome, at);
        }
    }
}
