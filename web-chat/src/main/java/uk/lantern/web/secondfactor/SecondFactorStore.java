package uk.lantern.web.secondfactor;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.AuditLog;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.security.SignInAttempts;

/**
 * Each admin's second factor in the database: the sealed secret ({@link SecretSeal}) and the step
 * of the last code accepted. Codes are checked like passwords: each attempt is claimed from
 * {@link SignInAttempts} first (per client and account, and per client), so guessing the million
 * codes meets the same growing waits. A code is used up by one conditional update that moves the
 * last step forward, so the same code cannot work twice, even for two requests at once.
 */
@Service
public class SecondFactorStore {

    /** What a code typed at sign-in came to. */
    public sealed interface Outcome {
    }

    /** The code was right and is now used up. */
    public record Accepted() implements Outcome {
    }

    /** The code is not the one the app shows (or not six digits). */
    public record Wrong() implements Outcome {
    }

    /** The code was right but has been used already. */
    public record Replayed() implements Outcome {
    }

    /** Too soon after wrong codes from this client; nothing was checked. */
    public record TooEarly(long waitSeconds) implements Outcome {
    }

    private final JdbcClient jdbc;
    private final TimeBasedCodes codes;
    private final SecretSeal seal;
    private final SignInAttempts attempts;
    private final SecurityEvents events;
    private final AuditLog audit;
    private final AccountStore accounts;
    private final Clock clock;

    public SecondFactorStore(JdbcClient jdbc, TimeBasedCodes codes, SecretSeal seal, SignInAttempts attempts,
            SecurityEvents events, AuditLog audit, AccountStore accounts, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.seal = seal;
        this.attempts = attempts;
        this.events = events;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the account has a second factor enrolled. */
    public boolean enrolled(String username) {
        return sealedSecret(username).isPresent();
    }

    /**
     * Enrols {@code secret} (as shown to the admin) if {@code typed} is its current code; the code
     * is used up at once. Wrong codes are throttled as at sign-in. An account already enrolled
     * (another tab got there first) keeps its secret, and this answers {@link Wrong}. Not one
     * transaction: the attempt's claim commits on its own, and the secret is stored by one
     * conditional update.
     */
    public Outcome enrol(String username, String secret, String typed, String client) {
        SignInAttempts.Claim claim = attempts.claim(client, throttleName(username));
        if (claim instanceof SignInAttempts.TooEarly early) {
            return tooEarly(username, early);
        }
        OptionalLong step = codes.match(secret, typed, clock.instant());
        if (step.isEmpty()) {
            events.record("second-factor.failed", username, "reason", "wrong-code", "during", "enrolment");
            return new Wrong();
        }
        int stored = jdbc.sql("""
                update account set second_factor_secret = ?, second_factor_last_step = ?
                where username = ? and second_factor_secret is null""")
                .params(seal.seal(secret), step.getAsLong(), username).update();
        if (stored == 0) {
            return new Wrong();
        }
        attempts.succeeded((SignInAttempts.Allowed) claim);
        audit.append(username, AuditLog.Action.SECOND_FACTOR_ENROLLED, null, team(username), null);
        return new Accepted();
    }

    /** Checks a code at sign-in: throttled, within one step of now, and not used before. */
    public Outcome verify(String username, String typed, String client) {
        SignInAttempts.Claim claim = attempts.claim(client, throttleName(username));
        if (claim instanceof SignInAttempts.TooEarly early) {
            return tooEarly(username, early);
        }
        Optional<String> sealed = sealedSecret(username);
        OptionalLong step = sealed.isEmpty() ? OptionalLong.empty()
                : codes.match(seal.open(sealed.get()), typed, clock.instant());
        if (step.isEmpty()) {
            events.record("second-factor.failed", username, "reason", "wrong-code");
            return new Wrong();
        }
        int used = jdbc.sql("""
                update account set second_factor_last_step = ?
                where username = ? and second_factor_last_step < ?""")
                .params(step.getAsLong(), username, step.getAsLong()).update();
        if (used == 0) {
            events.record("second-factor.failed", username, "reason", "code-used-before");
            return new Replayed();
        }
        attempts.succeeded((SignInAttempts.Allowed) claim);
        events.record("second-factor.succeeded", username);
        return new Accepted();
    }

    /**
     * Another admin's reset, for an admin who lost their phone: the secret is forgotten and every
     * session of theirs ends; they enrol a new app when they next sign in. An admin cannot reset
     * their own (they would need no second factor to enrol again).
     */
    @Transactional
    public void reset(long id, String resetBy) {
        Account account = accounts.byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such account"));
        if (account.username().equals(resetBy)) {
            throw new IllegalArgumentException("Another admin must reset your second factor");
        }
        jdbc.sql("""
                update account set second_factor_secret = null, second_factor_last_step = 0,
                    session_epoch = session_epoch + 1 where id = ?""").param(id).update();
        audit.append(resetBy, AuditLog.Action.SECOND_FACTOR_RESET, null, account.team(),
                "account " + account.username());
    }

    /** Codes are counted apart from the password's count for this username, but in the same per-client count. */
    private static String throttleName(String username) {
        return "second factor of " + username;
    }

    private Outcome tooEarly(String username, SignInAttempts.TooEarly early) {
        events.record("second-factor.delayed", username, "wait-seconds", early.waitSeconds());
        return new TooEarly(early.waitSeconds());
    }

    private Optional<String> sealedSecret(String username) {
        return jdbc.sql("select second_factor_secret from account where username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(s -> s);
    }

    private String team(String username) {
        return accounts.find(username).map(Account::team).orElse(null);
    }
}
