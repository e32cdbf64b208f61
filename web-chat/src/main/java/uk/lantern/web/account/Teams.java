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
        return jdbc.sql("select id, name from team order by name").query(Team.class).list();
    }

    public Optional<Team> byId(long id) {
        return jdbc.sql("select id, name from team where id = ?").param(id).query(Team.class).optional();
    }

    /** The team with exactly this name (after trimming), if it is on the list. */
    public Optional<Team> named(String name) {
        return jdbc.sql("select id, name from team where name = ?").param(tidy(name)).query(Team.class).optional();
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
