package uk.lantern.web.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.web.audit.AuditLog;

/**
 * Staff accounts in the database. Passwords are kept only as hashes from the configured
 * {@link PasswordEncoder} (bcrypt). Usernames are stored in lower case and compared that way.
 */
@Service
public class AccountStore implements UserDetailsService {

    /** Longest and shortest password accepted; long passphrases are welcome. */
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '&.-]{1,59}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    public AccountStore(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an admin fills in to create an account. */
    public record NewAccount(String username, String displayName, Role role, String team, String password) {
    }

    /** A field of a new account that is not acceptable, and why, in words for the admin. */
    public record Problem(String field, String message) {
    }

    /** Thrown when a new account has problems; nothing is stored. */
    public static final class InvalidAccountException extends RuntimeException {
        private final List<Problem> problems;

        public InvalidAccountException(List<Problem> problems) {
            super(problems.size() + " problem(s) with the new account");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Every problem with a new account at once; empty when it can be created. */
    public List<Problem> check(NewAccount account) {
        List<Problem> problems = new ArrayList<>();
        String username = normalise(account.username());
        if (username.isEmpty()) {
            problems.add(new Problem("username", "Enter a username"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem("username",
                    "Username must be 3 to 60 characters: letters, numbers, dots, dashes or underscores"));
        } else if (find(username).isPresent()) {
            problems.add(new Problem("username", "There is already an account called " + username));
        }
        String name = account.displayName() == null ? "" : account.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("displayName", "Enter the person's name"));
        } else if (name.length() > 100) {
            problems.add(new Problem("displayName", "Name must be 100 characters or fewer"));
        }
        if (account.role() == null) {
            problems.add(new Problem("role", "Choose a role"));
        }
        String team = account.team() == null ? "" : account.team().strip();
        if (team.isEmpty()) {
            problems.add(new Problem("team", "Enter a team"));
        } else if (!TEAM.matcher(team).matches()) {
            problems.add(new Problem("team", "Team must be 2 to 60 letters, numbers, spaces, dots or dashes"));
        }
        String password = account.password() == null ? "" : account.password();
        if (password.length() < MIN_PASSWORD) {
            problems.add(new Problem("password", "Password must be at least " + MIN_PASSWORD + " characters"));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(new Problem("password", "Password must be " + MAX_PASSWORD + " characters or fewer"));
        } else if (password.equalsIgnoreCase(username)) {
            problems.add(new Problem("password", "Password must not be the username"));
        }
        return problems;
    }

    /** Creates the account, or throws with every problem and stores nothing. */
    @Transactional
    public Account create(NewAccount account, String createdBy) {
        List<Problem> problems = check(account);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        String username = normalise(account.username());
        jdbc.sql("""
                insert into account (username, display_name, password_hash, role, team, enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(username, account.displayName().strip(), passwords.encode(account.password()),
                        account.role().name(), account.team().strip(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        audit.append(createdBy, AuditLog.Action.ACCOUNT_CREATED, null, account.team().strip(),
                "role " + account.role().name());
        return find(username).orElseThrow();
    }

    /** Turns sign-in on or off for an account. An admin cannot disable their own account. */
    @Transactional
    public void setEnabled(long id, boolean enabled, String changedBy) {
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such account"));
        if (!enabled && account.username().equals(changedBy)) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
        audit.append(changedBy, enabled ? AuditLog.Action.ACCOUNT_ENABLED : AuditLog.Action.ACCOUNT_DISABLED, null,
                account.team(), "account " + id);
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select * from account where username = ?").param(normalise(username))
                .query(AccountStore::account).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(AccountStore::account).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select * from account order by team, username").query(AccountStore::account).list();
    }

    /** The accounts in one team, e.g. the trainees a trainer sees. */
    public List<Account> inTeam(String team) {
        return jdbc.sql("select * from account where team = ? order by username").param(team)
                .query(AccountStore::account).list();
    }

    public boolean anyAdmin() {
        return jdbc.sql("select count(*) from account where role = 'ADMIN'").query(Integer.class).single() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = normalise(username);
        return jdbc.sql("select username, password_hash, role, enabled from account where username = ?")
                .param(name)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(Role.valueOf(rs.getString("role")).authority())
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("team"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
