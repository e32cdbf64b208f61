package uk.lantern.web.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The parts of the site that are for staff: a signed-out request under one of these goes to the
 * staff sign-in (or gets 401 for an API); anywhere else, an address that matches no page is a
 * member of the public's mistake and gets the public "Page not found".
 */
final class StaffAddresses {

    /** Path prefixes (each the whole first segment, or the whole path) of the staff side. */
    private static final List<String> PREFIXES = List.of("/worker", "/training", "/admin", "/account", "/api",
            "/home", "/session", "/sign-in", "/sign-out");

    private StaffAddresses() {
    }

    /** True when the request's path is a staff prefix or lies under one ({@code /workers} is not under {@code /worker}). */
    static boolean isStaff(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
