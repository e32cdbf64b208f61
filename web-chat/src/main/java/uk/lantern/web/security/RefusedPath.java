package uk.lantern.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * What a refused request asked for, as the security log may record it: the application's own
 * mapping pattern (for example {@code /worker/screenings/{id}}), never the path as sent, since a
 * path can carry whatever a client typed into it (ids, search words, a postcode). A path that
 * matches no mapping is logged as {@code (unmapped)}.
 */
final class RefusedPath {

    static final String UNMAPPED = "(unmapped)";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    RefusedPath(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** @return the matching mapping pattern, or {@link #UNMAPPED}; never the request's own text */
    String of(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path;
        try {
            path = PathContainer.parsePath(uri);
        } catch (IllegalArgumentException malformed) {
            return UNMAPPED;
        }
        for (RequestMappingInfo info : mappings.orderedStream()
                .flatMap(handlers -> handlers.getHandlerMethods().keySet().stream()).toList()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(path)) {
                    return pattern.getPatternString();
                }
            }
        }
        return UNMAPPED;
    }
}
