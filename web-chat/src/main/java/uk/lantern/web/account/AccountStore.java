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
 * {@link PasswordEncoder} (Argon2id; older bcrypt hashes still work and are replaced at sign-in).
 * Usernames are stored in lower case and compared that way. Every change that must end the
 * person's sessions (disabled, role or team changed, password changed or reset) adds one to the
 * account's session epoch, which open sessions are checked against on each request.
 */
@Service
public class AccountStore implements UserDetailsService {

    /** Longest and shortest password accepted, in characters; long passphrases are welcome. */
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Teams teams;
    private final Clock clock;

    public AccountStore(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Teams teams, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.teams = teams;
        this.clock = clock;
    }

    /** The managed team list accounts choose from. */
    public Teams teams() {
        return teams;
    }

    /** What an open session is checked against on each request. */
    public record SessionState(boolean enabled, long sessionEpoch, boolean mustChangePassword) {
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
        teamProblem(account.team()).ifPresent(problems::add);
        passwordProblem("password", account.password(), username).ifPresent(problems::add);
        return problems;
    }

    private Optional<Problem> teamProblem(String team) {
        if (team == null || team.isBlank()) {
            return Optional.of(new Problem("team", "Choose a team"));
        }
        if (teams.named(team).isEmpty()) {
            return Optional.of(new Problem("team", "Choose one of the teams listed"));
        }
        return Optional.empty();
    }

    /** Whether a password can be used: 12 to 256 characters, and not the username. */
    public static Optional<Problem> passwordProblem(String field, String password, String username) {
        String p = password == null ? "" : password;
        if (p.length() < MIN_PASSWORD) {
            return Optional.of(new Problem(field, "Password must be at least " + MIN_PASSWORD + " characters"));
        }
        if (p.length() > MAX_PASSWORD) {
            return Optional.of(new Problem(field, "Password must be " + MAX_PASSWORD + " characters or fewer"));
        }
        if (p.equalsIgnoreCase(normalise(username))) {
            return Optional.of(new Problem(field, "Password must not be the username"));
        }
        return Optional.empty();
    }

    /**
     * Creates the account, or throws with every problem and stores nothing. The first password is
     * someone else's choice, so the person must change it when they first sign in. An account made
     * in a team other than the creator's says so in the audit entry, since it could read that
     * team's records.
     */
    @Transactional
    public Account create(NewAccount account, String createdBy) {
        List<Problem> problems = check(account);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        String username = normalise(account.username());
        String team = teams.named(account.team()).orElseThrow().name();
        jdbc.sql("""
                insert into account (username, display_name, password_hash, role, team, enabled, created_at,
                    must_change_password)
                values (?, ?, ?, ?, ?, true, ?, true)""")
                .params(username, account.displayName().strip(), passwords.encode(account.password()),
                        account.role().name(), team, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        boolean otherTeam = find(createdBy).map(creator -> !creator.team().equals(team)).orElse(false);
        audit.append(createdBy, AuditLog.Action.ACCOUNT_CREATED, null, team,
                "account " + username + ", role " + account.role().name()
                        + (otherTeam ? ", in a team other than the creator's" : ""));
        return find(username).orElseThrow();
    }

    /** Turns sign-in on or off for an account; disabling ends its sessions. An admin cannot disable their own. */
    @Transactional
    public void setEnabled(long id, boolean enabled, String changedBy) {
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such account"));
        if (!enabled && account.username().equals(changedBy)) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        jdbc.sql("update account set enabled = ?, session_epoch = session_epoch + 1 where id = ?")
                .params(enabled, id).update();
        audit.append(changedBy, enabled ? AuditLog.Action.ACCOUNT_ENABLED : AuditLog.Action.ACCOUNT_DISABLED, null,
                account.team(), "account " + account.username());
    }

    /** An admin's change to a person's name, role and team. */
    public record AccountChange(String displayName, Role role, String team) {
    }

    /** Every problem with a change to an account at once; empty when it can be made. */
    public List<Problem> check(AccountChange change) {
        List<Problem> problems = new ArrayList<>();
        String name = change.displayName() == null ? "" : change.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("displayName", "Enter the person's name"));
        } else if (name.length() > 100) {
            problems.add(new Problem("displayName", "Name must be 100 characters or fewer"));
        }
        if (change.role() == null) {
            problems.add(new Problem("role", "Choose one of the roles listed"));
        }
        teamProblem(change.team()).ifPresent(problems::add);
        return problems;
    }

    /**
     * Changes a person's name, role and team. A new role or team ends their sessions, so what they
     * may see changes at once. An admin cannot change their own role, so there is always an admin.
     */
    @Transactional
    public void update(long id, AccountChange change, String changedBy) {
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such account"));
        List<Problem> problems = check(change);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (account.username().equals(changedBy) && change.role() != account.role()) {
            throw new InvalidAccountException(List.of(new Problem("role", "You cannot change your own role")));
        }
        String team = teams.named(change.team()).orElseThrow().name();
        boolean access = change.role() != account.role() || !team.equals(account.team());
        jdbc.sql("""
                update account set display_name = ?, role = ?, team = ?,
                    session_epoch = session_epoch + case when ? then 1 else 0 end where id = ?""")
                .params(change.displayName().strip(), change.role().name(), team, access, id).update();
        audit.append(changedBy, AuditLog.Action.ACCOUNT_UPDATED, null, team, "account " + account.username()
                + (change.role() != account.role() ? ", role " + account.role() + " to " + change.role() : "")
                + (!team.equals(account.team()) ? ", moved from team " + account.team() : ""));
    }

    /**
     * An admin's one-time reset: a new random password, returned once to show to the admin and
     * never stored in the clear. The person must change it when they next sign in, and every
     * session they have open ends.
     */
    @Transactional
    public String resetPassword(long id, String changedBy) {
        Account account = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such account"));
        String oneTime = OneTimePassword.generate();
        jdbc.sql("""
                update account set password_hash = ?, must_change_password = true,
                    session_epoch = session_epoch + 1 where id = ?""")
                .params(passwords.encode(oneTime), id).update();
        audit.append(changedBy, AuditLog.Action.PASSWORD_RESET, null, account.team(), "account " + account.username());
        return oneTime;
    }

    /**
     * A person choosing their own password: the current one must be right and the new one
     * acceptable and different. Ends every other session of theirs (the caller renews its own).
     * Returns every problem, or empty when the password was changed.
     */
    @Transactional
    public List<Problem> changePassword(String username, String current, String chosen) {
        String name = normalise(username);
        String hash = jdbc.sql("select password_hash from account where username = ?").param(name)
                .query(String.class).optional().orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(new Problem("current", "Enter your current password"));
        } else if (hash == null || current.length() > MAX_PASSWORD || !passwords.matches(current, hash)) {
            problems.add(new Problem("current", "Your current password is not right"));
        }
        passwordProblem("password", chosen, name).ifPresent(problems::add);
        if (problems.isEmpty() && chosen.equals(current)) {
            problems.add(new Problem("password", "Choose a password different from your current one"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        jdbc.sql("""
                update account set password_hash = ?, must_change_password = false,
                    session_epoch = session_epoch + 1 where username = ?""")
                .params(passwords.encode(chosen), name).update();
        audit.append(name, AuditLog.Action.PASSWORD_CHANGED, null, find(name).map(Account::team).orElse(null), null);
        return List.of();
    }

    /** Replaces a hash made with an older scheme, after that hash has just matched at sign-in. */
    public void upgradeHash(String username, String oldHash, String newHash) {
        jdbc.sql("update account set password_hash = ? where username = ? and password_hash = ?")
                .params(newHash, normalise(username), oldHash).update();
    }

    /** What an open session of this account is checked against, or empty when the account is gone. */
    public Optional<SessionState> sessionState(String username) {
        return jdbc.sql("select enabled, session_epoch, must_change_password from account where username = ?")
                .param(normalise(username))
                .query((rs, n) -> new SessionState(rs.getBoolean("enabled"), rs.getLong("session_epoch"),
                        rs.getBoolean("must_change_password")))
                .optional();
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
        return jdbc.sql("select username, password_hash, role, enabled, session_epoch from account where username = ?")
                .param(name)
                .query((rs, n) -> new StaffUser(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")), rs.getLong("session_epoch")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("team"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("must_change_password"));
    }
}
