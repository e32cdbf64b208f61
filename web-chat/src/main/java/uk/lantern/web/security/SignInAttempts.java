package uk.lantern.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Growing delays between failed sign-ins, counted in the database so they survive a restart and
 * are shared by every instance. Two counts:
 * <ul>
 * <li>per <b>client and username</b>: {@code pair-free} failures (3) with no wait, then 1, 2, 4 ...
 * seconds, up to {@code max-delay} (15 minutes);</li>
 * <li>per <b>client</b>, across usernames: {@code client-free} failures (10) with no wait, then the
 * same doubling.</li>
 * </ul>
 * There is deliberately no count per username alone: then anyone could hold back anyone's
 * sign-in, the only admin's included. A person's own attempts from their own address are never
 * delayed by failures from other addresses.
 * <p>
 * Each attempt is <b>claimed before its password is checked</b>: one conditional update per count
 * that adds a failure and moves the next allowed time forward, and only succeeds when that time
 * has come. Simultaneous attempts therefore cannot share one allowance; the losers are refused
 * without a password check. A right password then takes the client-and-username count back to
 * nothing and the client count back by one. Counts left alone for {@code forget-after} (1 hour)
 * start again from nothing. Keys are SHA-256 hashes, so the table never holds a typed username.
 */
@Component
public class SignInAttempts {

    /** The outcome of a claim: allowed, or refused with how long to wait. */
    public sealed interface Claim {
    }

    /** Go ahead and check the password. */
    public record Allowed(String clientKey, String pairKey) implements Claim {
    }

    /** Too early: try again after this many seconds (at least 1). */
    public record TooEarly(long waitSeconds) implements Claim {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int pairFree;
    private final int clientFree;
    private final long baseMillis;
    private final long maxMillis;
    private final long forgetMillis;

    SignInAttempts(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${lantern.sign-in.pair-free:3}") int pairFree,
            @Value("${lantern.sign-in.client-free:10}") int clientFree,
            @Value("${lantern.sign-in.base-delay:1s}") Duration base,
            @Value("${lantern.sign-in.max-delay:15m}") Duration max,
            @Value("${lantern.sign-in.forget-after:1h}") Duration forget) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.pairFree = pairFree;
        this.clientFree = clientFree;
        this.baseMillis = base.toMillis();
        this.maxMillis = max.toMillis();
        this.forgetMillis = forget.toMillis();
    }

    /** Claims one attempt for this client and username, or says how long to wait. */
    public Claim claim(String client, String username) {
        String clientKey = key("client", client);
        String pairKey = key("pair", client + "\n" + username.strip().toLowerCase(Locale.ROOT));
        ensure(clientKey);
        ensure(pairKey);
        long now = clock.millis();
        String refusedBy = transactions.execute(status -> {
            for (String[] count : new String[][] {{clientKey, String.valueOf(clientFree)},
                {pairKey, String.valueOf(pairFree)}}) {
                if (!take(count[0], Integer.parseInt(count[1]), now)) {
                    status.setRollbackOnly();
                    return count[0];
                }
            }
            return null;
        });
        if (refusedBy == null) {
            return new Allowed(clientKey, pairKey);
        }
        long allowedAt = allowedAt(refusedBy).orElse(now);
        return new TooEarly(Math.max(1, (allowedAt - now + 999) / 1000));
    }

    /** The password was right: this client's failures for the username are forgotten, and the claim's own undone. */
    public void succeeded(Allowed claim) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(claim.pairKey()).update();
        jdbc.sql("update sign_in_throttle set failures = case when failures > 0 then failures - 1 else 0 end "
                + "where throttle_key = ?").param(claim.clientKey()).update();
    }

    /** Drops counts nobody has added to for a day, so the table stays small. */
    @Scheduled(fixedDelayString = "${lantern.sign-in.cleanup-every:1h}")
    public void forgetOld() {
        long cutoff = clock.millis() - Math.max(forgetMillis, Duration.ofDays(1).toMillis());
        jdbc.sql("delete from sign_in_throttle where updated_at_ms < ? and allowed_at_ms < ?")
                .params(cutoff, clock.millis()).update();
    }

    private boolean take(String key, int free, long now) {
        // One statement: the row lock makes it atomic, and "allowed_at_ms <= now" refuses an early attempt.
        String failures = "(case when updated_at_ms <= :forget then 1 else failures + 1 end)";
        return jdbc.sql("update sign_in_throttle set "
                        + "allowed_at_ms = :now + case when " + failures + " < :free then 0 else "
                        + "cast(least(:max, :base * power(2, least(40, " + failures + " - :free))) as bigint) end, "
                        + "failures = " + failures + ", updated_at_ms = :now "
                        + "where throttle_key = :key and allowed_at_ms <= :now")
                .param("now", now).param("forget", now - forgetMillis).param("free", free)
                .param("max", maxMillis).param("base", baseMillis).param("key", key)
                .update() == 1;
    }

    private void ensure(String key) {
        if (jdbc.sql("select count(*) from sign_in_throttle where throttle_key = ?").param(key)
                .query(Integer.class).single() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into sign_in_throttle (throttle_key, failures, allowed_at_ms, updated_at_ms) "
                    + "values (?, 0, 0, ?)").params(key, clock.millis()).update();
        } catch (DuplicateKeyException alreadyThere) {
            // Another attempt made the row first: that is all we wanted.
        }
    }

    private OptionalLong allowedAt(String key) {
        return jdbc.sql("select allowed_at_ms from sign_in_throttle where throttle_key = ?").param(key)
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static String key(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return kind.charAt(0) + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
