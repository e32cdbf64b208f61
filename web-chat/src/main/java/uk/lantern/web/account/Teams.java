package uk.lantern.web.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.web.audit.AuditLog;

/**
 * The managed list of teams. Names are 2 to 60 letters, numbers, spaces, dots, ampersands,
 * apostrophes or dashes, and unique ignoring case and repeated spaces, so "Medway  fire" cannot
 * become a second "Medway Fire". Renaming a team renames it on its accounts and records too (the
 * database cascades it); audit entries keep the old name, as it was then.
 */
@Service
public class Teams {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '&.-]{1,59}");
    private static final String COLUMNS = "id, name, contact_phone, contact_email";
    /** A UK or international number as people write it: digits, spaces, brackets, dashes, a leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()-]{8,28}");
    /** One @, something either side, a dot in the domain and no spaces: the GOV.UK check, not a full RFC 5322 parse. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Teams(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every team, by name. */
    public List<Team> all() {
        return jdbc.sql("select " + COLUMNS + " from team order by name").query(Team.class).list();
    }

    public Optional<Team> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from team where id = ?").param(id).query(Team.class).optional();
    }

    /** The team with exactly this name (after trimming), if it is on the list. */
    public Optional<Team> named(String name) {
        return jdbc.sql("select " + COLUMNS + " from team where name = ?").param(tidy(name)).query(Team.class)
                .optional();
    }

    /** Why this name cannot be used for a new or renamed team, or empty when it can. */
    public Optional<String> problemWith(String name, Long renaming) {
        String tidy = tidy(name);
        if (tidy.isEmpty()) {
            return Optional.of("Enter the team's name");
        }
        if (!NAME.matcher(tidy).matches()) {
            return Optional.of("Team name must be 2 to 60 letters, numbers, spaces, dots or dashes");
        }
        for (Team team : all()) {
            if (key(team.name()).equals(key(tidy)) && (renaming == null || team.id() != renaming)) {
                return Optional.of("There is already a team called " + team.name());
            }
        }
        return Optional.empty();
    }

    /** Adds a team; throws {@link IllegalArgumentException} with the reason when the name cannot be used. */
    @Transactional
    public Team create(String name, String actor) {
        problemWith(name, null).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        jdbc.sql("insert into team (name, created_at) values (?, ?)")
                .params(tidy(name), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        audit.append(actor, AuditLog.Action.TEAM_CREATED, null, tidy(name), null);
        return named(name).orElseThrow();
    }

    /** Renames a team, and with it its accounts and records. */
    @Transactional
    public void rename(long id, String name, String actor) {
        Team team = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such team"));
        problemWith(name, id).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        jdbc.sql("update team set name = ? where id = ?").params(tidy(name), id).update();
        audit.append(actor, AuditLog.Action.TEAM_RENAMED, null, tidy(name), "team " + team.id());
    }

    /**
     * Why this contact cannot be used, field by field ({@code phone}, {@code email}); empty when
     * it can. Both may be blank: the leaflet then prints none.
     */
    public List<AccountStore.Problem> contactProblems(String phone, String email) {
        List<AccountStore.Problem> problems = new java.util.ArrayList<>();
        String p = blankToNull(phone);
        if (p != null && (!PHONE.matcher(p).matches() || p.replaceAll("[^0-9]", "").length() < 10
                || p.replaceAll("[^0-9]", "").length() > 15)) {
            problems.add(new AccountStore.Problem("phone",
                    "Enter a phone number with 10 to 15 digits, like 01634 306000 or +44 1634 306000"));
        }
        String e = blankToNull(email);
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            problems.add(new AccountStore.Problem("email",
                    "Enter an email address in the correct format, like team@medway.gov.uk"));
        }
        return problems;
    }

    /**
     * Sets the team's contact for the leaflet (blank clears it), audited with the team's id only.
     *
     * @throws IllegalArgumentException with the first problem when a value cannot be used, or when
     *                                  there is no such team
     */
    @Transactional
    public void setContact(long id, String phone, String email, String actor) {
        Team team = byId(id).orElseThrow(() -> new IllegalArgumentException("There is no such team"));
        contactProblems(phone, email).stream().findFirst().ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
        jdbc.sql("update team set contact_phone = ?, contact_email = ? where id = ?")
                .params(blankToNull(phone), blankToNull(email), id).update();
        audit.append(actor, AuditLog.Action.TEAM_CONTACT_CHANGED, null, team.name(), "team " + team.id());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }

    /** The team of this name, added first when it is not on the list (the first admin's team at start-up). */
    @Transactional
    public Team ensure(String name, String actor) {
        return named(name).orElseGet(() -> create(name, actor));
    }

    static String tidy(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static String key(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }
}
