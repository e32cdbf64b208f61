package uk.lantern.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The chat page is served at / and /chat, and it and its files carry the security headers. */
@SpringBootTest
@AutoConfigureMockMvc
class ChatPageHeadersTest {

    private static final String CSP = "default-src 'self'; connect-src 'self' ws://localhost wss://localhost; "
            + "img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Autowired
    MockMvc mvc;

    private static void expectSecurityHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Content-Security-Policy", CSP))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/chat"})
    void thePageIsServedWithSecurityHeaders(String path) throws Exception {
        ResultActions result = mvc.perform(get(path).header("Host", "localhost"))
                .andExpect(status().isOk())
                .andExpect(view().name("chat"));
        expectSecurityHeaders(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/js/lantern-chat.js", "/css/lantern-chat.css",
            "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"})
    void thePageAndItsFilesAreServedWithSecurityHeaders(String path) throws Exception {
        expectSecurityHeaders(mvc.perform(get(path).header("Host", "localhost")).andExpect(status().isOk()));
    }

    @Test
    void thePageHasNoInlineScriptStyleOrEventHandlers() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<script src=\"/js/lantern-chat.js\" defer></script>")
                .doesNotContain("<style").doesNotContain(" style=")
                .doesNotContainPattern("\\son[a-z]+\\s*=")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void thePageIsDrawnOnThePublicLayoutWithOneHeaderAndFooter() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Lantern: a friendly chat about help near you</title>")
                .contains("class=\"govuk-template\"", "govuk-skip-link", "/css/lantern-chat.css",
                        "id=\"main-content\"", "lantern-main", "<noscript>", "tel:08004708090", "id=\"say-form\"",
                        "/who-runs-this-service", "/accessibility", "/privacy");
        assertThat(html.split("<header ", -1)).as("one header").hasSize(2);
        assertThat(html.split("<footer ", -1)).as("one footer").hasSize(2);
        assertThat(html.split("id=\"main-content\"", -1)).as("one main").hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/api/questionnaire"})
    void otherResponsesCarryTheHeadersToo(String path) throws Exception {
        expectSecurityHeaders(mvc.perform(get(path).header("Host", "localhost")));
    }
}
