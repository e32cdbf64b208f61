package uk.lantern.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} failed sign-ins for one username, or
 * four times as many from one address, within the window, further attempts are refused until
 * the window has passed, even with the right password. A successful sign-in clears the
 * username's count. Counts are kept in memory per instance.
 */
@Component
public class SignInThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(@Value("${lantern.sign-in.max-failures:5}") int maxFailures,
            @Value("${lantern.sign-in.lockout:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether this username or address has failed too often lately. */
    public boolean blocked(String username, String address) {
        return recent(userKey(username)) >= maxFailures || recent(addressKey(address)) >= maxFailures * 4;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
                prune(t, now);
                t.addLast(now);
                return t;
            });
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** How long a blocked person should wait, in whole minutes, for the message. */
    public long lockoutMinutes() {
        return Math.max(1, window.toMinutes());
    }

    private int recent(String key) {
        Instant now = clock.instant();
        Deque<Instant> t = failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            return times.isEmpty() ? null : times;
        });
        return t == null ? 0 : t.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
