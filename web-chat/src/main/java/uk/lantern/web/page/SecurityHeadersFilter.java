package uk.lantern.web.page;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers to every response: a Content Security Policy that allows only
 * Lantern's own scripts, styles and connections (no inline script or style, no plugins, no
 * {@code <base>}, forms posting only to Lantern, and WebSocket connections only to the page's own
 * host), no MIME sniffing, no referrer, and no framing; and HSTS (one year) when session cookies
 * are secure ({@code LANTERN_SECURE_COOKIES=true}, i.e. served over HTTPS). They are set before
 * the rest of the chain runs, so error responses carry them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The policy, with {@code {ws}} standing for the page's own WebSocket origins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self'{ws}; "
            + "img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    /** A host name or address with an optional port: anything else is left out of the policy. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private final boolean secureCookies;

    SecurityHeadersFilter(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** The policy for a page served to {@code host} (the request's Host), over HTTPS or not. */
    static String policyFor(String host, boolean secure) {
        if (host == null || !HOST.matcher(host).matches()) {
            return CONTENT_SECURITY_POLICY.replace("{ws}", "");
        }
        String ws = secure ? " wss://" + host : " ws://" + host + " wss://" + host;
        return CONTENT_SECURITY_POLICY.replace("{ws}", ws);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policyFor(request.getHeader("Host"), request.isSecure()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (secureCookies) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
