package uk.lantern.web.secondfactor;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.lantern.web.account.Role;
import uk.lantern.web.account.StaffUser;

/**
 * Until an admin's one-time code is accepted (or, the first time, their app enrolled), every page
 * but the second-factor pages, sign-out and the page furniture redirects to
 * {@code /sign-in/second-factor}, and scripts get 403. Other roles pass untouched. The admin pages
 * also require the code factor in the authorization rules, so this gate is not the only guard.
 */
public final class AdminSecondFactorGate extends OncePerRequestFilter {

    /** Where an admin types their code. */
    public static final String CODE_PAGE = "/sign-in/second-factor";
    /** Where an admin without a second factor enrols one. */
    public static final String ENROL_PAGE = "/sign-in/second-factor/enrol";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (who != null && who.getPrincipal() instanceof StaffUser user && user.role() == Role.ADMIN
                && !Factors.hasCode(who) && !allowedBeforeCode(path)) {
            if (path.startsWith("/api/") || path.startsWith("/session/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + CODE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The paths an admin reaches between their password and their code. */
    public static boolean allowedBeforeCode(String path) {
        return path.equals(CODE_PAGE) || path.equals(ENROL_PAGE) || path.equals("/sign-out")
                || path.equals("/sign-in") || path.equals("/session/keep-alive") || path.equals("/error") || path.equals("/favicon.ico")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }
}
