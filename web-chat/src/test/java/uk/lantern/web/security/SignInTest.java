package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;

/**
 * Sign-in, sign-out and the admin's account pages, through the real security chain.
 * The first admin comes from configuration, as it would from the environment.
 */
@SpringBootTest(properties = {"lantern.first-admin.username=first.admin",
    "lantern.first-admin.password=a long enough first password"})
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcClient jdbc;

    StaffAccounts staff;

    @BeforeEach
    void staffAccounts() {
        staff = new StaffAccounts(accounts);
    }

    @Test
    void theFirstAdminComesFromConfigurationWithAHashedPassword() throws Exception {
        Account admin = accounts.find("first.admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        String hash = jdbc.sql("select password_hash from account where username = 'first.admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain("first password");
        mvc.perform(formLogin("/sign-in").user("first.admin").password("a long enough first password"))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void signingInMakesANewSessionAndLandsOnTheRolesStartPage() throws Exception {
        // The session someone could have planted before sign-in: made by the sign-in page, and sent with the sign-in.
        MockHttpSession before = (MockHttpSession) mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getRequest().getSession(false);
        assertThat(before).as("the sign-in page keeps its CSRF token in a session").isNotNull();
        String plantedId = before.getId();
        MvcResult signedIn = mvc.perform(post("/sign-in").session(before).with(sessionCookie(plantedId)).with(csrf())
                        .param("username", StaffAccounts.WORKER).param("password", StaffAccounts.PASSWORD))
                .andExpect(redirectedUrl("/home")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getId()).as("the signed-in session's id").isNotEqualTo(plantedId);
        assertThat(before.isInvalid() || !before.getId().equals(plantedId))
                .as("the planted session id no longer names a session").isTrue();
        mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/worker"));
    }

    /** What a browser sends with the session: its id in the cookie, so the server sees it was requested. */
    private static RequestPostProcessor sessionCookie(String sessionId) {
        return request -> {
            request.setCookies(new Cookie("JSESSIONID", sessionId));
            request.setRequestedSessionId(sessionId);
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    @Test
    void signInWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", StaffAccounts.WORKER).param("password", StaffAccounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/sign-in").user(StaffAccounts.WORKER).password("not the password"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in?error")).andExpect(content().string(Matchers.containsString(
                "The username or password is not right, or the account is disabled.")));
        mvc.perform(formLogin("/sign-in").user("nobody.here").password("not the password"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(StaffAccounts.WORKER)
                .password(StaffAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        mvc.perform(get("/worker/export.csv").session(session)).andExpect(status().isOk());
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/worker/export.csv").session(new MockHttpSession()))
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anAdminCreatesAndDisablesAccountsAndADisabledAccountCannotSignIn() throws Exception {
        String username = "new." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/accounts").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Sam Navigator").param("role", "WORKER")
                        .param("team", StaffAccounts.TEAM).param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Password must be at least 12 characters")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"short\""))));
        assertThat(accounts.find(username)).isEmpty();

        mvc.perform(post("/admin/accounts").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Sam Navigator").param("role", "WORKER")
                        .param("team", StaffAccounts.TEAM).param("password", "a perfectly long password"))
                .andExpect(redirectedUrl("/admin/accounts"));
        Account created = accounts.find(username).orElseThrow();
        mvc.perform(formLogin("/sign-in").user(username).password("a perfectly long password"))
                .andExpect(redirectedUrl("/home"));

        mvc.perform(post("/admin/accounts/" + created.id() + "/enabled").param("enabled", "false")
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin("/sign-in").user(username).password("a perfectly long password"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() throws Exception {
        Account admin = accounts.find(StaffAccounts.ADMIN).orElseThrow();
        mvc.perform(post("/admin/accounts/" + admin.id() + "/enabled").param("enabled", "false")
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find(StaffAccounts.ADMIN).orElseThrow().enabled()).isTrue();
    }
}
