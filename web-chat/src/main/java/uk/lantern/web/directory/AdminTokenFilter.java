package uk.lantern.web.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code /admin/directory/**} until accounts arrive. With no {@code lantern.admin.token}
 * configured the admin API does not exist (404). Otherwise each request needs
 * {@code Authorization: Bearer <token>}: missing gives 401, wrong gives 403. The check runs
 * before anything reads the body, and compares digests in constant time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AdminTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "/admin/directory";
    static final int MIN_TOKEN_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] tokenDigest;

    AdminTokenFilter(@Value("${lantern.admin.token:}") String token) {
        String t = token == null ? "" : token.strip();
        if (!t.isEmpty() && t.length() < MIN_TOKEN_LENGTH) {
            log.warn("lantern.admin.token is shorter than {} characters; the admin API stays disabled", MIN_TOKEN_LENGTH);
            t = "";
        }
        this.tokenDigest = t.isEmpty() ? null : sha256(t);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tokenDigest == null) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "/problems/not-found", "Not found",
                    "There is nothing here.");
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"lantern-admin\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "/problems/unauthorised", "Sign-in needed",
                    "Send the admin token as \"Authorization: Bearer <token>\".");
            return;
        }
        if (!MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).strip()))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "/problems/forbidden", "Not allowed",
                    "The admin token is not right.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** Digests first, so comparing takes the same time whatever the lengths. */
    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
