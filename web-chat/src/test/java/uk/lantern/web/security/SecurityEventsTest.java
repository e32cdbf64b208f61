package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.rules.Screenings;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.SecurityEvents;

/**
 * The security event log ({@code lantern.security}): sign-ins, failures, delays, refused access,
 * list views, exports, stored records and admin actions, each with who and from which client
 * address; and nothing about the person screened (reference, postcode, answers) in any line.
 *
 * <p>It runs in a context and database of its own (the property names nothing the application reads). In round
 * 16's two full builds, run after about 170 other classes in one JVM, the shared MockMvc context's H2 session was
 * closed in the middle of this test's account insert ("The database has been closed", seen as H2 23514 on the
 * role check), with no H2 error recorded; it passed alone and after every smaller set of classes tried. The cause
 * is not found yet; H2 errors in tests now go to the test output too, so the next failure says more.
 */
@SpringBootTest(properties = "lantern.test.own-context=security-events")
@AutoConfigureMockMvc
class SecurityEventsTest {

    private static final String REFERENCE = "REF-SECRET-7731";
    private static final String POSTCODE = "me7 1ab";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    private StaffAccounts staff;
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SecurityEvents.LOGGER);

    @BeforeEach
    void capture() {
        staff = new StaffAccounts(accounts);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
    }

    private List<String> lines() {
        return captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void signInsFailuresDelaysAndRefusalsAreLoggedWithWhoAndWhere() throws Exception {
        String from = "10.50.0." + (int) (Math.random() * 250 + 1);
        for (int i = 0; i < 3; i++) {
            mvc.perform(StaffAccounts.signIn(StaffAccounts.TRAINER, "wrong guess " + i, from));
        }
        mvc.perform(StaffAccounts.signIn(StaffAccounts.TRAINER, StaffAccounts.PASSWORD, from))
                .andExpect(redirectedUrl("/sign-in?wait=1"));
        mvc.perform(StaffAccounts.signIn("no.such.person", "a typed secret", "10.50.1.1"));
        mvc.perform(StaffAccounts.signIn(StaffAccounts.WORKER, StaffAccounts.PASSWORD, "10.50.1.2"))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/worker/export.csv").with(request -> {
            request.setRemoteAddr("10.50.1.3");
            return request;
        })).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/worker").with(staff.as(StaffAccounts.TRAINER))).andExpect(status().isForbidden());

        assertThat(lines()).contains(
                "event=sign-in.failed who=trainer.a client=" + from + " reason=wrong-password",
                "event=sign-in.delayed who=trainer.a client=" + from + " wait-seconds=1",
                "event=sign-in.failed who=- client=10.50.1.1 reason=unknown-account",
                "event=sign-in.succeeded who=worker.a client=10.50.1.2",
                "event=access.refused who=- client=10.50.1.3 status=401 method=GET path=/worker/export.csv",
                "event=access.refused who=trainer.a client=127.0.0.1 status=403 method=GET path=/worker");
        assertThat(String.join("\n", lines())).doesNotContain("no.such.person").doesNotContain("a typed secret")
                .doesNotContain("wrong guess");
    }

    @Test
    void recordsAccessAndAdminActionsAreLoggedWithoutThePersonsDetails() throws Exception {
        Map<String, Object> answers = new HashMap<>(Screenings.noRiskWith("age", 82, "household_size", 1));
        answers.put("postcode", POSTCODE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", UUID.randomUUID().toString());
        body.put("consent", true);
        body.put("reference", REFERENCE);
        body.put("answers", answers);
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JsonMapper.builder().build().writeValueAsString(body)))
                .andExpect(status().isCreated());
        mvc.perform(get("/worker").with(staff.as(StaffAccounts.WORKER))).andExpect(status().isOk());
        mvc.perform(get("/worker/export.csv?scope=team").with(staff.as(StaffAccounts.WORKER))).andExpect(status().isOk());

        String username = "x" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Planted Worker").param("role", "WORKER")
                        .param("team", StaffAccounts.OTHER_TEAM).param("password", "a perfectly long password"))
                .andExpect(redirectedUrl("/admin/accounts"));

        List<String> lines = lines();
        assertThat(lines).anyMatch(line -> line.startsWith("event=audit.record_created who=worker.a client=127.0.0.1 record=")
                && line.contains("team=\"Medway Fire\""));
        assertThat(lines).anyMatch(line -> line.startsWith("event=audit.records_listed who=worker.a client=127.0.0.1"));
        assertThat(lines).anyMatch(line -> line.startsWith("event=audit.records_exported who=worker.a client=127.0.0.1"));
        assertThat(lines).anyMatch(line -> line.startsWith("event=audit.account_created who=admin.a")
                && line.contains("team=\"Medway Housing\"")
                && line.contains("in a team other than the creator's"));
        String all = String.join("\n", lines).toLowerCase(java.util.Locale.ROOT);
        assertThat(all).doesNotContain(REFERENCE.toLowerCase(java.util.Locale.ROOT)).doesNotContain(POSTCODE)
                .doesNotContain("widowed");
    }
}
