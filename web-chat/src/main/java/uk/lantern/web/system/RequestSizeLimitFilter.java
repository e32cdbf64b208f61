package uk.lantern.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body, on every path and method, before anything reads it: before Spring
 * Security, before Spring's form filter parses a PUT form, before Jackson. A declared
 * {@code Content-Length} over the limit is refused at once with 413 (and the connection closed,
 * so the rest is never read); a body of unknown length (chunked) is counted as it is read and
 * refused the moment it passes the limit. Nothing is buffered here, so no request can make the
 * server hold more than the limit.
 *
 * <p>Limits, in bytes: {@code lantern.api.max-body-bytes} for {@code /api/**} (32 KiB),
 * {@code lantern.directory.max-import-bytes} plus 64 KiB of form overhead for
 * {@code /admin/directory/import} and the admin directory page's uploads (import and taxonomy
 * mapping, under {@code /admin/local-services/}) (20 MiB), {@code lantern.request.max-body-bytes} for every
 * other path (64 KiB: the largest staff form, with 2,000 characters of notes, is far smaller).
 * Tomcat parses form parameters itself, so {@code server.tomcat.max-http-form-post-size} is set to
 * the same page limit, and multipart uploads have Spring's multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final java.util.Set<String> IMPORTS = java.util.Set.of("/admin/directory/import",
            "/admin/local-services/import", "/admin/local-services/taxonomy");
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long apiMax;
    private final long pageMax;
    private final long importMax;

    RequestSizeLimitFilter(@Value("${lantern.api.max-body-bytes:32768}") long apiMax,
            @Value("${lantern.request.max-body-bytes:65536}") long pageMax,
            @Value("${lantern.directory.max-import-bytes:20971520}") long importMax) {
        this.apiMax = apiMax;
        this.pageMax = pageMax;
        this.importMax = importMax + MULTIPART_OVERHEAD;
    }

    /** The largest body accepted on this request's path, in bytes. */
    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (IMPORTS.contains(path)) {
            return importMax;
        }
        return path.startsWith("/api/") ? apiMax : pageMax;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        HttpServletRequest counted = request.getContentLengthLong() < 0 ? new CountedBodyRequest(request, limit) : request;
        try {
            chain.doFilter(counted, response);
        } catch (BodyTooLargeException | ServletException e) {
            if (!(e instanceof BodyTooLargeException) && !(e.getCause() instanceof BodyTooLargeException)) {
                throw e;
            }
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, limit);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // Tells Tomcat not to read (swallow) the rest of the body before answering the next request.
        response.setHeader("Connection", "close");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(BodyTooLargeException.problemJson(limit));
    }

    /** The request whose body stream counts what is read and stops at the limit. */
    private static final class CountedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        CountedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
