package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;

/**
 * Growing delays instead of a lock anyone could trigger: three free failures per client and
 * username, then 1, 2, 4 ... seconds, refused early with the wait in words and without checking
 * the password; the right password after the wait works; failures from another address never hold
 * the owner back. Also passwords of every length up to the limit, and bcrypt hashes from before.
 * Each test signs in from its own made-up client address, so the per-client counts stay apart.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.InContext.class)
class SignInDelaysTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordSignIn signIn;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void staffAccounts() {
        new StaffAccounts(accounts);
    }

    private String newWorker(String password) {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "Delayed Worker", Role.WORKER, StaffAccounts.TEAM,
                StaffAccounts.FIRST_PASSWORD), "test");
        accounts.changePassword(username, StaffAccounts.FIRST_PASSWORD, password);
        return username;
    }

    private static String address() {
        return "10.30." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
    }

    @Test
    void threeFreeFailuresThenAGrowingDelayAndTheRightPasswordWorksAfterIt() throws Exception {
        String username = newWorker(StaffAccounts.PASSWORD);
        String from = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(StaffAccounts.signIn(username, "guess " + i, from)).andExpect(redirectedUrl("/sign-in?error"));
        }
        long checked = signIn.passwordChecks();
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, from)).andExpect(redirectedUrl("/sign-in?wait=1"));
        assertThat(signIn.passwordChecks()).as("a refused attempt checks no password").isEqualTo(checked);
        mvc.perform(get("/sign-in?wait=1")).andExpect(content().string(Matchers.containsString(
                "There have been several failed sign-ins from here. Wait 1 second, then try again.")));

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(StaffAccounts.signIn(username, "guess 3", from)).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, from)).andExpect(redirectedUrl("/sign-in?wait=2"));
        clock.advance(Duration.ofMillis(1999));
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, from)).andExpect(redirectedUrl("/sign-in?wait=1"));
        clock.advance(Duration.ofMillis(1));
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, from)).andExpect(redirectedUrl("/home"));
        // The right password forgot this client's failures for the account: three free ones again.
        for (int i = 0; i < 3; i++) {
            mvc.perform(StaffAccounts.signIn(username, "again " + i, from)).andExpect(redirectedUrl("/sign-in?error"));
        }
    }

    @Test
    void anAttackersFailuresNeverHoldTheOwnerBackFromTheirOwnAddress() throws Exception {
        String username = newWorker(StaffAccounts.PASSWORD);
        String attacker = address();
        for (int i = 0; i < 40; i++) {
            mvc.perform(StaffAccounts.signIn(username, "guess " + i, attacker));
            clock.advance(Duration.ofSeconds(1));
        }
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, attacker))
                .andExpect(redirectedUrl("/sign-in?wait=25"));
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, address())).andExpect(redirectedUrl("/home"));
    }

    @Test
    void oneAddressTryingManyUsernamesIsDelayedAfterTenFailures() throws Exception {
        String from = address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(StaffAccounts.signIn("nobody" + i, "guess " + i, from)).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(StaffAccounts.signIn("nobody.else", "guess", from)).andExpect(redirectedUrl("/sign-in?wait=1"));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(StaffAccounts.signIn("nobody.else", "guess", from)).andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void failuresAreForgottenAfterAnHourAndKeptInTheDatabase() throws Exception {
        String username = newWorker(StaffAccounts.PASSWORD);
        String from = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(StaffAccounts.signIn(username, "guess " + i, from));
        }
        assertThat(jdbc.sql("select count(*) from sign_in_throttle where failures = 3").query(Integer.class).single())
                .as("the counts live in the database, shared by instances and kept over a restart").isPositive();
        assertThat(jdbc.sql("select count(*) from sign_in_throttle where throttle_key like ?").param("%" + username + "%")
                .query(Integer.class).single()).as("no typed username is kept").isZero();
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            mvc.perform(StaffAccounts.signIn(username, "later " + i, from)).andExpect(redirectedUrl("/sign-in?error"));
        }
    }

    @Test
    void everyCharacterOfALongPasswordCountsUpToTheLimit() throws Exception {
        String longest = "ä".repeat(AccountStore.MAX_PASSWORD);
        String username = newWorker(longest);
        String from = address();
        mvc.perform(StaffAccounts.signIn(username, longest, from)).andExpect(redirectedUrl("/home"));
        // bcrypt reads only the first 72 bytes; these two differ only after byte 200.
        mvc.perform(StaffAccounts.signIn(username, "ä".repeat(100) + "x".repeat(AccountStore.MAX_PASSWORD - 100), from))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(StaffAccounts.signIn(username, longest + "ä", from)).andExpect(redirectedUrl("/sign-in?too-long"));
        mvc.perform(get("/sign-in?too-long")).andExpect(content().string(Matchers.containsString(
                "Password must be 256 characters or fewer.")));
    }

    @Test
    void aBcryptHashFromBeforeStillWorksAndIsReplacedWithArgon2() throws Exception {
        String username = newWorker(StaffAccounts.PASSWORD);
        jdbc.sql("update account set password_hash = ? where username = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder().encode(StaffAccounts.PASSWORD), username).update();
        mvc.perform(StaffAccounts.signIn(username, StaffAccounts.PASSWORD, address())).andExpect(redirectedUrl("/home"));
        assertThat(jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).single()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
    }
}
