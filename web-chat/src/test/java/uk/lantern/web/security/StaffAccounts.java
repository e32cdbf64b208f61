package uk.lantern.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;
import uk.lantern.web.account.StaffUser;
import uk.lantern.web.secondfactor.Factors;

/**
 * Real accounts in the test database for each role, and a way to act as them in MockMvc.
 * Two workers are in different teams, to show records stay within a team.
 */
public final class StaffAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String WORKER = "worker.a";
    public static final String OTHER_TEAM_WORKER = "worker.b";
    public static final String TRAINER = "trainer.a";
    public static final String ADMIN = "admin.a";
    public static final String TEAM = "Medway Fire";
    public static final String OTHER_TEAM = "Medway Housing";

    private final AccountStore accounts;

    public StaffAccounts(AccountStore accounts) {
        this.accounts = accounts;
        ensure(WORKER, "Alex Worker", Role.WORKER, TEAM);
        ensure(OTHER_TEAM_WORKER, "Bea Worker", Role.WORKER, OTHER_TEAM);
        ensure(TRAINER, "Chris Trainer", Role.TRAINER, TEAM);
        ensure(ADMIN, "Dee Admin", Role.ADMIN, TEAM);
    }

    /** The admin's first password for each test account, changed at once to {@link #PASSWORD} as a person would. */
    public static final String FIRST_PASSWORD = "first password from the admin";

    private void ensure(String username, String name, Role role, String team) {
        if (accounts.find(username).isEmpty()) {
            accounts.teams().ensure(team, "test");
            accounts.create(new AccountStore.NewAccount(username, name, role, team, FIRST_PASSWORD), "test");
            accounts.changePassword(username, FIRST_PASSWORD, PASSWORD);
        }
    }

    /** A sign-in form post, with its CSRF token, from the given client address. */
    public static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return MockMvcRequestBuilders.post("/sign-in").with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /**
     * Acts as the given account, as loaded from the database (role and enabled flag included),
     * signed in with its password, and for an admin with their one-time code too.
     */
    public RequestPostProcessor as(String username) {
        UserDetails details = accounts.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(Factors.password(Instant.now()));
        if (details instanceof StaffUser user && user.role() == Role.ADMIN) {
            authorities.add(FactorGrantedAuthority.withAuthority(Factors.CODE).build());
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
    }

    /** Acts as the given account signed in with its password only: an admin who has not yet typed their code. */
    public RequestPostProcessor withPasswordOnly(String username) {
        UserDetails details = accounts.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
        authorities.add(Factors.password(Instant.now()));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
    }
}
