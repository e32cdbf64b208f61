package uk.lantern.web.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.StaffUser;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.operations.LanternMeters;
import uk.lantern.web.secondfactor.Factors;

/**
 * Checks a username and password, in the same way whether the account is unknown, disabled or
 * there, so neither the answer nor its timing says which: the attempt is claimed from
 * {@link SignInAttempts} first, then the password is always hashed, against the account's hash or
 * a dummy one, and only then are the account's existence and state looked at. A success carries
 * the password factor authority ({@link Factors#PASSWORD}); admins then need a code as well. A password longer
 * than {@link AccountStore#MAX_PASSWORD} is refused with its own message before any of that
 * (it cannot be anyone's). A hash made with an older scheme (bcrypt) is replaced after it matches.
 */
final class PasswordSignIn implements AuthenticationProvider {

    /** Refused before checking: the password is longer than any account's can be. */
    static final class PasswordTooLongException extends AuthenticationException {
        PasswordTooLongException() {
            super("Password longer than the limit");
        }
    }

    /** Refused before checking: too soon after failed attempts from this client. */
    static final class TooEarlyException extends AuthenticationException {
        private final long waitSeconds;

        TooEarlyException(long waitSeconds) {
            super("Sign-in attempted too early");
            this.waitSeconds = waitSeconds;
        }

        long waitSeconds() {
            return waitSeconds;
        }
    }

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final SecurityEvents events;
    private final String dummyHash;
    private final AtomicLong checks = new AtomicLong();
    private final Clock clock;
    private final LanternMeters meters;

    PasswordSignIn(AccountStore accounts, PasswordEncoder passwords, SignInAttempts attempts, SecurityEvents events,
            Clock clock, LanternMeters meters) {
        this.meters = meters;
        this.accounts = accounts;
        this.clock = clock;
        this.passwords = passwords;
        this.attempts = attempts;
        this.events = events;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String typed = attempt.getName() == null ? "" : attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "-";
        if (password.length() > AccountStore.MAX_PASSWORD) {
            events.record("sign-in.refused", null, "reason", "password-too-long");
            meters.signInFailure("password-too-long");
            throw new PasswordTooLongException();
        }
        StaffUser account = load(typed);
        String who = account == null ? null : account.getUsername();
        SignInAttempts.Claim claim = attempts.claim(client, typed);
        if (claim instanceof SignInAttempts.TooEarly early) {
            events.record("sign-in.delayed", who, "wait-seconds", early.waitSeconds());
            meters.signInFailure("delayed");
            throw new TooEarlyException(early.waitSeconds());
        }
        return check(account, password, (SignInAttempts.Allowed) claim);
    }

    private Authentication check(StaffUser account, String password, SignInAttempts.Allowed claim) {
        checks.incrementAndGet();
        boolean matches = passwords.matches(password, account == null ? dummyHash : account.getPassword());
        if (!matches || account == null || !account.isEnabled()) {
            String reason = account == null ? "unknown-account" : !matches ? "wrong-password" : "disabled";
            events.record("sign-in.failed", account == null ? null : account.getUsername(), "reason", reason);
            meters.signInFailure(reason);
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(claim);
        if (passwords.upgradeEncoding(account.getPassword())) {
            accounts.upgradeHash(account.getUsername(), account.getPassword(), passwords.encode(password));
        }
        events.record("sign-in.succeeded", account.getUsername());
        List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
        authorities.add(Factors.password(clock.instant()));
        return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
    }

    private StaffUser load(String username) {
        try {
            return (StaffUser) accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            return null;
        }
    }

    /** How many passwords have been hashed for sign-in since start, for tests and monitoring. */
    long passwordChecks() {
        return checks.get();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
