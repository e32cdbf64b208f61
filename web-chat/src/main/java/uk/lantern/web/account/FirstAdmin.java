package uk.lantern.web.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin at start-up from configuration ({@code lantern.first-admin.username}
 * and {@code lantern.first-admin.password}, e.g. from the environment), only while there is no
 * admin account. There is no default password anywhere in code. A password that is too weak
 * stops the start-up with the reason, rather than leaving a weak admin behind.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountStore accounts;
    private final String username;
    private final String password;
    private final String team;

    FirstAdmin(AccountStore accounts, @Value("${lantern.first-admin.username:}") String username,
            @Value("${lantern.first-admin.password:}") String password,
            @Value("${lantern.first-admin.team:Administration}") String team) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.team = team;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (username.isBlank() || password.isEmpty()) {
            log.warn("There is no admin account yet. Set LANTERN_FIRST_ADMIN_USERNAME and "
                    + "LANTERN_FIRST_ADMIN_PASSWORD (at least {} characters) and restart to create one; "
                    + "until then nobody can sign in. The public chat works without it.", AccountStore.MIN_PASSWORD);
            return;
        }
        accounts.teams().ensure(team, "system");
        var problems = accounts.check(new AccountStore.NewAccount(username, "Administrator", Role.ADMIN, team, password));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cannot create the first admin from lantern.first-admin.*: "
                    + problems.stream().map(AccountStore.Problem::message).toList());
        }
        accounts.create(new AccountStore.NewAccount(username, "Administrator", Role.ADMIN, team, password), "system");
        log.info("Created the first admin account from configuration");
    }
}
