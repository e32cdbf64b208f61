package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;
import uk.lantern.web.secondfactor.TimeBasedCodes;

/**
 * Admins' second factor through the real security chain: enrolling an authenticator app (the key
 * shown once and stored sealed), a code after the password at every sign-in (right, wrong, used
 * twice, throttled), admin pages refused until the code is accepted, another admin's reset, and
 * workers never asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.InContext.class)
@ExtendWith(OutputCaptureExtension.class)
class AdminSecondFactorTest {

    private static final Pattern ENROL_KEY = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    final TimeBasedCodes codes = new TimeBasedCodes();
    StaffAccounts staff;

    @BeforeEach
    void staffAccounts() {
        staff = new StaffAccounts(accounts);
    }

    /** A new admin who has chosen their own password; each test its own, so no code is used up by another test. */
    private Account newAdmin() {
        String username = "a" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "New Admin", Role.ADMIN, StaffAccounts.TEAM,
                StaffAccounts.FIRST_PASSWORD), StaffAccounts.ADMIN);
        accounts.changePassword(username, StaffAccounts.FIRST_PASSWORD, StaffAccounts.PASSWORD);
        return accounts.find(username).orElseThrow();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(StaffAccounts.PASSWORD))
                .andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession(false);
    }

    /** Signs in with the password, reads the key off the enrolment page and confirms it with the app's code. */
    private String enrol(String username) throws Exception {
        MockHttpSession session = signIn(username);
        String page = mvc.perform(get("/sign-in/second-factor/enrol").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String secret = key(page);
        mvc.perform(post("/sign-in/second-factor/enrol").session(session).with(csrf())
                .param("code", codes.code(secret, clock.instant()))).andExpect(redirectedUrl("/home"));
        return secret;
    }

    private static String key(String page) {
        Matcher key = ENROL_KEY.matcher(page);
        assertThat(key.find()).as("the enrolment page shows the key").isTrue();
        return key.group(1).replace(" ", "");
    }

    private String postCode(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/sign-in/second-factor").session(session).with(csrf()).param("code", code))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAdminEnrolsAnAppWithACodeAndTheKeyIsStoredSealedAndNeverLogged(CapturedOutput output) throws Exception {
        Account admin = newAdmin();
        MockHttpSession session = signIn(admin.username());
        mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(get("/sign-in/second-factor").session(session))
                .andExpect(redirectedUrl("/sign-in/second-factor/enrol"));
        String page = mvc.perform(get("/sign-in/second-factor/enrol").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"data:image/svg+xml;base64,")))
                .andReturn().getResponse().getContentAsString();
        String secret = key(page);
        assertThat(secret).hasSize(32);

        String wrong = mvc.perform(post("/sign-in/second-factor/enrol").session(session).with(csrf())
                .param("code", "000000")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("The code is not right").contains(secret.substring(0, 4));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/sign-in/second-factor"));
        // Asked for again (a browser follows the gate's redirect for a stylesheet or an icon too), the
        // page shows the same key, so the code from the app the person set up still works.
        assertThat(key(mvc.perform(get("/sign-in/second-factor/enrol").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).isEqualTo(secret);

        String sessionId = session.getId();
        mvc.perform(post("/sign-in/second-factor/enrol").session(session).with(csrf())
                .param("code", codes.code(secret, clock.instant()))).andExpect(redirectedUrl("/home"));
        assertThat(session.getId()).as("a new session id once both factors are in").isNotEqualTo(sessionId);
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());

        String stored = jdbc.sql("select second_factor_secret from account where username = ?")
                .param(admin.username()).query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain(secret).doesNotContainIgnoringCase(secret.substring(0, 8));
        assertThat(output.getAll()).doesNotContain(secret)
                .contains("event=audit.second_factor_enrolled who=" + admin.username());
        // Enrolled: the page that showed the key never shows one again.
        MockHttpSession later = signIn(admin.username());
        mvc.perform(get("/sign-in/second-factor/enrol").session(later))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
    }

    @Test
    void everyAdminSignInNeedsARightCodeThatWorksOnlyOnce(CapturedOutput output) throws Exception {
        Account admin = newAdmin();
        String secret = enrol(admin.username());
        clock.advance(TimeBasedCodes.STEP);

        MockHttpSession session = signIn(admin.username());
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/sign-in/second-factor"));
        assertThat(postCode(session, "123 456 7")).contains("Enter the 6-digit code from your authenticator app");
        String code = codes.code(secret, clock.instant());
        String notIt = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertThat(postCode(session, notIt)).contains("The code is not right");
        mvc.perform(post("/sign-in/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());

        // The same code again, from another sign-in within its 30 seconds: refused.
        MockHttpSession replay = signIn(admin.username());
        assertThat(postCode(replay, code)).contains("That code has been used");
        mvc.perform(get("/admin/accounts").session(replay)).andExpect(redirectedUrl("/sign-in/second-factor"));
        // So is the code before it, since codes move only forward; the next one works.
        clock.advance(TimeBasedCodes.STEP);
        mvc.perform(post("/sign-in/second-factor").session(replay).with(csrf())
                .param("code", codes.code(secret, clock.instant()))).andExpect(redirectedUrl("/home"));
        assertThat(output.getAll()).contains("event=second-factor.failed who=" + admin.username())
                .contains("reason=code-used-before").contains("event=second-factor.succeeded who=" + admin.username())
                .doesNotContain("code=" + code);
    }

    @Test
    void wrongCodesMeetGrowingWaitsLikePasswords() throws Exception {
        Account admin = newAdmin();
        String secret = enrol(admin.username());
        clock.advance(TimeBasedCodes.STEP);
        MockHttpSession session = signIn(admin.username());
        for (int free = 0; free < 3; free++) {
            assertThat(postCode(session, "000000")).contains("The code is not right");
        }
        String right = codes.code(secret, clock.instant());
        assertThat(postCode(session, right)).contains("Wait 1 second, then try again");
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(post("/sign-in/second-factor").session(session).with(csrf()).param("code", right))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void adminPagesAreRefusedUntilTheCodeIsAccepted() throws Exception {
        Account admin = newAdmin();
        mvc.perform(get("/admin/accounts").with(staff.withPasswordOnly(admin.username())))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(post("/admin/accounts").with(staff.withPasswordOnly(admin.username())).with(csrf())
                        .param("username", "sneaky.one").param("displayName", "Sneaky").param("role", "ADMIN")
                        .param("team", StaffAccounts.TEAM).param("password", StaffAccounts.FIRST_PASSWORD))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        assertThat(accounts.find("sneaky.one")).isEmpty();
        mvc.perform(get("/account/password").with(staff.withPasswordOnly(admin.username())))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
        mvc.perform(get("/admin/accounts").with(staff.as(admin.username()))).andExpect(status().isOk());
    }

    @Test
    void aWorkerIsNeverAskedForACode() throws Exception {
        MockHttpSession session = signIn(StaffAccounts.WORKER);
        mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/worker"));
        mvc.perform(get("/worker").session(session)).andExpect(status().isOk());
        mvc.perform(get("/sign-in/second-factor").session(session)).andExpect(redirectedUrl("/home"));
        mvc.perform(get("/sign-in/second-factor/enrol").session(session))
                .andExpect(redirectedUrl("/sign-in/second-factor"));
    }

    @Test
    void anotherAdminResetsALostSecondFactorAndTheAdminEnrolsAgain() throws Exception {
        Account admin = newAdmin();
        enrol(admin.username());
        clock.advance(TimeBasedCodes.STEP);
        MockHttpSession open = signIn(admin.username());
        mvc.perform(get("/admin/accounts/" + admin.id()).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("Reset second factor")));
        mvc.perform(post("/admin/accounts/" + admin.id() + "/second-factor-reset").with(staff.as(StaffAccounts.ADMIN))
                .with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/sign-in/second-factor").session(open)).andExpect(redirectedUrl("/sign-in?ended"));
        MockHttpSession again = signIn(admin.username());
        mvc.perform(get("/sign-in/second-factor").session(again))
                .andExpect(redirectedUrl("/sign-in/second-factor/enrol"));

        // Nobody resets their own: that would let a password alone set up a new app.
        mvc.perform(post("/admin/accounts/" + admin.id() + "/second-factor-reset").with(staff.as(admin.username()))
                .with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SECOND_FACTOR_RESET' and detail = ?")
                .param("account " + admin.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNewAdminGivesTheirCodeBeforeChoosingAPasswordAndKeepsItAfter() throws Exception {
        String username = "a" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "Newer Admin", Role.ADMIN, StaffAccounts.TEAM,
                StaffAccounts.FIRST_PASSWORD), StaffAccounts.ADMIN);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                .password(StaffAccounts.FIRST_PASSWORD)).andReturn().getRequest().getSession(false);
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/sign-in/second-factor"));
        String secret = key(mvc.perform(get("/sign-in/second-factor/enrol").session(session))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/sign-in/second-factor/enrol").session(session).with(csrf())
                .param("code", codes.code(secret, clock.instant()))).andExpect(redirectedUrl("/home"));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current",
                StaffAccounts.FIRST_PASSWORD).param("password", StaffAccounts.PASSWORD)
                .param("confirm", StaffAccounts.PASSWORD)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
    }
}
