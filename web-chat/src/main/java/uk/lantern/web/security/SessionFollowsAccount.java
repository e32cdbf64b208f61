package uk.lantern.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.StaffUser;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.secondfactor.AdminSecondFactorGate;

/**
 * Ends a session at its next request when the account has moved on: disabled, removed, its role,
 * team or password changed (the account's session epoch no longer matches the one the session
 * signed in with), or the session is older than the absolute lifetime
 * ({@code lantern.sessions.absolute-lifetime}, 12 hours), however often it was kept alive. The
 * account is read from the database on every signed-in request, so this holds across instances
 * and for every open session at once. An ended page request goes to the sign-in page; an API or
 * keep-alive call gets 401.
 * <p>
 * While an account must change its password (an admin chose it), every page but the change page,
 * sign-out and the page furniture redirects there, and API calls get 403.
 */
final class SessionFollowsAccount extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";
    /** Session attribute: when this session signed in, in epoch milliseconds (set by the sign-in success handler). */
    static final String SIGNED_IN_AT = "lantern.signed-in-at";

    private final AccountStore accounts;
    private final Clock clock;
    private final Duration absoluteLifetime;
    private final SecurityEvents events;

    SessionFollowsAccount(AccountStore accounts, Clock clock, Duration absoluteLifetime, SecurityEvents events) {
        this.accounts = accounts;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !(who.getPrincipal() instanceof StaffUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountStore.SessionState> state = accounts.sessionState(user.getUsername());
        HttpSession session = request.getSession(false);
        String ended = whyEnded(user, state, session);
        if (ended != null) {
            events.record("session.ended", user.getUsername(), "reason", ended);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (isScript(request)) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath()
                        + ("absolute-lifetime".equals(ended) ? "/sign-in?timed-out" : "/sign-in?ended"));
            }
            return;
        }
        if (state.orElseThrow().mustChangePassword() && !allowedBeforeChange(path(request))) {
            if (isScript(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private String whyEnded(StaffUser user, Optional<AccountStore.SessionState> state, HttpSession session) {
        if (state.isEmpty()) {
            return "account-removed";
        }
        if (!state.get().enabled()) {
            return "account-disabled";
        }
        if (state.get().sessionEpoch() != user.sessionEpoch()) {
            return "account-changed";
        }
        if (session != null && clock.millis() - signedInAt(session) >= absoluteLifetime.toMillis()) {
            return "absolute-lifetime";
        }
        return null;
    }

    /** When the session signed in; a signed-in session without the stamp (none made by sign-in) starts its lifetime now. */
    private long signedInAt(HttpSession session) {
        if (session.getAttribute(SIGNED_IN_AT) instanceof Long at) {
            return at;
        }
        long now = clock.millis();
        session.setAttribute(SIGNED_IN_AT, now);
        return now;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isScript(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.startsWith("/session/");
    }

    private static boolean allowedBeforeChange(String path) {
        // An admin's second factor comes before choosing a password (AdminSecondFactorGate).
        return path.equals(CHANGE_PASSWORD) || AdminSecondFactorGate.allowedBeforeCode(path) || path.equals("/sign-out") || path.equals("/session/keep-alive")
                || path.equals("/error") || path.equals("/favicon.ico") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/");
    }
}
