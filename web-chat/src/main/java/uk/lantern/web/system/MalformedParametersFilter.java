package uk.lantern.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parses the query string and form parameters up front, so a bad percent-escape or a form over
 * Tomcat's size limit is answered here with a 400 (or 413) problem detail. Otherwise Tomcat's
 * parse error surfaces wherever a parameter is first read, and Tomcat logs it at ERROR with the
 * offending value: the search words or postcode a person typed. Runs after the body limit, and
 * leaves multipart bodies to the multipart resolver, so nothing is parsed for an unauthorised
 * upload.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class MalformedParametersFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            refuse(response, e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String json = status == HttpServletResponse.SC_BAD_REQUEST
                ? "{\"type\":\"/problems/invalid-request\",\"title\":\"The request is not in the expected form\","
                        + "\"status\":400,\"detail\":\"A parameter in the address or form is not validly encoded: "
                        + "each % must be followed by two hexadecimal digits of UTF-8.\"}"
                : "{\"type\":\"/problems/body-too-large\",\"title\":\"The request body is too large\","
                        + "\"status\":413,\"detail\":\"The form is larger than the server accepts.\"}";
        response.getWriter().write(json);
    }
}
