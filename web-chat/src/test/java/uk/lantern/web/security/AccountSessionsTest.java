package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;
import uk.lantern.web.audit.AuditLog;

/**
 * Sessions follow the account: disabling it, changing its role or team, or a password change or
 * reset ends every open session of that person at its next request; and no session outlives the
 * absolute lifetime (12 hours), however often it is kept alive. Also the forced password change
 * after an admin chose the password.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.InContext.class)
class AccountSessionsTest {

    private static final String SCREENING = """
            {"submissionId": "%s", "consent": true, "reference": "SW-1", "answers": {}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    StaffAccounts staff;

    @BeforeEach
    void staffAccounts() {
        staff = new StaffAccounts(accounts);
    }

    /** A new worker in the usual team who has already chosen their own password. */
    private Account newWorker() {
        String username = "w" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "New Worker", Role.WORKER, StaffAccounts.TEAM,
                StaffAccounts.FIRST_PASSWORD), StaffAccounts.ADMIN);
        accounts.changePassword(username, StaffAccounts.FIRST_PASSWORD, StaffAccounts.PASSWORD);
        return accounts.find(username).orElseThrow();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(password))
                .andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession(false);
    }

    private int storeScreening(MockHttpSession session) throws Exception {
        return mvc.perform(post("/api/worker/screenings").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SCREENING.formatted(UUID.randomUUID())))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void disablingAnAccountEndsEveryOpenSessionOfItAtOnce() throws Exception {
        Account worker = newWorker();
        MockHttpSession tablet = signIn(worker.username(), StaffAccounts.PASSWORD);
        MockHttpSession laptop = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(get("/worker").session(tablet)).andExpect(status().isOk());
        mvc.perform(get("/worker/export.csv?scope=team").session(laptop)).andExpect(status().isOk());
        assertThat(storeScreening(tablet)).as("a screening's answers are checked, so the session is in").isEqualTo(400);

        mvc.perform(post("/admin/accounts/" + worker.id() + "/enabled").param("enabled", "false")
                .with(staff.as(StaffAccounts.ADMIN)).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/worker").session(tablet)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(tablet.isInvalid()).isTrue();
        mvc.perform(get("/worker/export.csv?scope=team").session(laptop)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(laptop.isInvalid()).isTrue();
        MockHttpSession third = signInThenDisable();
        assertThat(storeScreening(third)).isEqualTo(401);
        mvc.perform(post("/session/keep-alive").session(signInThenDisable()).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/sign-in?ended")).andExpect(content().string(Matchers.containsString(
                "You were signed out because your account was changed.")));
    }

    private MockHttpSession signInThenDisable() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        accounts.setEnabled(worker.id(), false, StaffAccounts.ADMIN);
        return session;
    }

    @Test
    void aNewRoleOrTeamEndsTheSessionsSoAccessChangesAtOnce() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(post("/admin/accounts/" + worker.id()).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("displayName", "New Worker").param("role", "WORKER").param("team", StaffAccounts.OTHER_TEAM))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find(worker.username()).orElseThrow().team()).isEqualTo(StaffAccounts.OTHER_TEAM);
        mvc.perform(get("/worker/export.csv?scope=team").session(session)).andExpect(redirectedUrl("/sign-in?ended"));

        MockHttpSession again = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(get("/worker").session(again)).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/" + worker.id()).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("displayName", "New Trainer").param("role", "TRAINER").param("team", StaffAccounts.OTHER_TEAM))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/worker").session(again)).andExpect(redirectedUrl("/sign-in?ended"));
    }

    @Test
    void aChangeOfNameAloneLeavesTheSessionsOpen() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(post("/admin/accounts/" + worker.id()).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("displayName", "Renamed Worker").param("role", "WORKER").param("team", StaffAccounts.TEAM))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/worker").session(session)).andExpect(status().isOk());
        assertThat(accounts.find(worker.username()).orElseThrow().displayName()).isEqualTo("Renamed Worker");
    }

    @Test
    void changingYourPasswordEndsYourOtherSessionsAndKeepsThisOne() throws Exception {
        Account worker = newWorker();
        MockHttpSession here = signIn(worker.username(), StaffAccounts.PASSWORD);
        MockHttpSession elsewhere = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(post("/account/password").session(here).with(csrf()).param("current", StaffAccounts.PASSWORD)
                        .param("password", "a brand new passphrase").param("confirm", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/worker").session(here)).andExpect(status().isOk());
        mvc.perform(get("/worker").session(elsewhere)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(StaffAccounts.signIn(worker.username(), StaffAccounts.PASSWORD, "10.20.0.1"))
                .andExpect(redirectedUrl("/sign-in?error"));
        signIn(worker.username(), "a brand new passphrase");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndTwoMatchingNewOnes() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", "not my password")
                        .param("password", "short").param("confirm", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your current password is not right")))
                .andExpect(content().string(Matchers.containsString("Password must be at least 12 characters")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffAccounts.PASSWORD)
                        .param("password", "one long new password").param("confirm", "another long password"))
                .andExpect(content().string(Matchers.containsString("The two new passwords are not the same")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffAccounts.PASSWORD)
                        .param("password", StaffAccounts.PASSWORD).param("confirm", StaffAccounts.PASSWORD))
                .andExpect(content().string(Matchers.containsString("Choose a password different from your current one")));
        String tooLong = "x".repeat(AccountStore.MAX_PASSWORD + 1);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffAccounts.PASSWORD)
                        .param("password", tooLong).param("confirm", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Password must be 256 characters or fewer")));
    }

    @Test
    void theFirstPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = "n" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "New Person", Role.WORKER, StaffAccounts.TEAM,
                StaffAccounts.FIRST_PASSWORD), StaffAccounts.ADMIN);
        MockHttpSession session = signIn(username, StaffAccounts.FIRST_PASSWORD);
        mvc.perform(get("/worker").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/worker/export.csv").session(session)).andExpect(redirectedUrl("/account/password"));
        assertThat(storeScreening(session)).isEqualTo(403);
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(Matchers.containsString("Your password was set by an administrator")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("current", StaffAccounts.FIRST_PASSWORD)
                        .param("password", "my very own passphrase").param("confirm", "my very own passphrase"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/worker").session(session)).andExpect(status().isOk());
    }

    @Test
    void anAdminsResetShowsAOneTimePasswordOnceEndsSessionsAndForcesAChange() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        String page = mvc.perform(post("/admin/accounts/" + worker.id() + "/password-reset")
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher shown = java.util.regex.Pattern
                .compile("id=\"one-time-password\"[^>]*>([a-z0-9-]{24})<").matcher(page);
        assertThat(shown.find()).as("the one-time password is on the page").isTrue();
        String oneTime = shown.group(1);

        mvc.perform(get("/worker").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(StaffAccounts.signIn(worker.username(), StaffAccounts.PASSWORD, "10.20.0.2"))
                .andExpect(redirectedUrl("/sign-in?error"));
        MockHttpSession afterReset = signIn(worker.username(), oneTime);
        mvc.perform(get("/worker").session(afterReset)).andExpect(redirectedUrl("/account/password"));
        assertThat(audit.latest(20)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditLog.Action.PASSWORD_RESET));
        assertThat(audit.latest(20)).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains(oneTime));
    }

    @Test
    void keepAliveCannotStretchASessionPastTheAbsoluteLifetime() throws Exception {
        Account worker = newWorker();
        MockHttpSession session = signIn(worker.username(), StaffAccounts.PASSWORD);
        for (int hour = 0; hour < 11; hour++) {
            clock.advance(Duration.ofHours(1));
            mvc.perform(post("/session/keep-alive").session(session).with(csrf())).andExpect(status().isNoContent());
        }
        clock.advance(Duration.ofMinutes(59));
        mvc.perform(post("/session/keep-alive").session(session).with(csrf())).andExpect(status().isNoContent());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/session/keep-alive").session(session).with(csrf())).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isTrue();
        MockHttpSession next = signIn(worker.username(), StaffAccounts.PASSWORD);
        clock.advance(Duration.ofHours(12));
        mvc.perform(get("/worker").session(next)).andExpect(redirectedUrl("/sign-in?timed-out"));
    }
}
