package uk.lantern.web.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The accessibility statement, privacy notice and "who runs this service" pages: public, filled in
 * from the deployment's properties, and linked from the footer of the chat and of the staff pages.
 */
@SpringBootTest(properties = {
        "lantern.service.organisation=Medway Council Test",
        "lantern.service.contact=lantern@example.org",
        "lantern.service.data-controller=Medway Council Data Protection",
        "lantern.service.statement-date=1 December 2026"})
@AutoConfigureMockMvc
class AboutPagesTest {

    private static final String[] LINKS = {"href=\"/accessibility\"", "href=\"/privacy\"", "href=\"/who-runs-this-service\""};

    @Autowired
    MockMvc mvc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAccessibilityStatementFollowsTheModelAndNamesTheOrganisation() throws Exception {
        assertThat(page("/accessibility")).contains("Accessibility statement for Lantern")
                .contains("This website is run by <strong>Medway Council Test</strong>")
                .contains("How accessible this website is").contains("Feedback and contact information")
                .contains("Reporting accessibility problems with this website").contains("Enforcement procedure")
                .contains("Technical information about this website").contains("Compliance status")
                .contains("Preparation of this accessibility statement").contains("1 December 2026")
                .contains("lantern@example.org");
    }

    @Test
    void thePrivacyNoticeNamesTheDataControllerAndSaysWhatIsKept() throws Exception {
        assertThat(page("/privacy")).contains("Medway Council Data Protection").contains("lantern@example.org")
                .contains("30</span> minutes after your last message").contains("730 days")
                .contains("Information Commissioner");
    }

    @Test
    void whoRunsThisServiceSaysWhoAndThatLanternIsAProgram() throws Exception {
        assertThat(page("/who-runs-this-service")).contains("Medway Council Test").contains("computer program")
                .contains("tel:116123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accessibility", "/privacy", "/who-runs-this-service", "/sign-in"})
    void everyPublicAndStaffPageLinksToAllThree(String path) throws Exception {
        assertThat(page(path)).contains(LINKS);
    }
}
