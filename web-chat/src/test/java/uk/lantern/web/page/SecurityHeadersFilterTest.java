package uk.lantern.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The policy's WebSocket origins follow the page's own host; HSTS goes with secure cookies only. */
class SecurityHeadersFilterTest {

    private static MockHttpServletResponse headersFor(boolean secureCookies, String host, boolean https)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (host != null) {
            request.addHeader("Host", host);
        }
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter(secureCookies).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void overHttpsTheSocketMayGoOnlyToTheSameHostOverWss() throws Exception {
        String csp = headersFor(true, "lantern.example.org:8443", true).getHeader("Content-Security-Policy");
        assertThat(csp).contains("connect-src 'self' wss://lantern.example.org:8443;")
                .doesNotContain("ws://").doesNotContain("ws: ").contains("object-src 'none'")
                .contains("base-uri 'none'").contains("form-action 'self'");
    }

    @Test
    void aHostThatCouldBreakThePolicyIsLeftOut() throws Exception {
        String csp = headersFor(false, "evil.example; script-src *", false).getHeader("Content-Security-Policy");
        assertThat(csp).contains("connect-src 'self';").doesNotContain("evil").doesNotContain("script-src *");
    }

    @Test
    void hstsOnlyWhenCookiesAreSecure() throws Exception {
        assertThat(headersFor(true, "lantern.example.org", true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(headersFor(false, "localhost:8080", false).getHeader("Strict-Transport-Security")).isNull();
    }
}
