package uk.lantern.web.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server renders errors, not a page: asked for directly (with no
 * error to show) Spring Boot answers 500, so a direct request gets 404 instead. Error dispatches
 * pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ErrorPathFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST
                || !(request.getRequestURI().equals("/error") || request.getRequestURI().startsWith("/error/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"There is nothing at this address.\"}");
    }
}
