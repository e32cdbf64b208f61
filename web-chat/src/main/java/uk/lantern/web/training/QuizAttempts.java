package uk.lantern.web.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Quiz attempts in the database (table {@code quiz_attempt}, migration V10). An attempt holds the
 * staff username, the case, what was chosen and how it was marked: nothing about any member of
 * the public, since the cases are made up.
 */
@Component
class QuizAttempts {

    /** One stored attempt. */
    record Attempt(long id, String username, String caseId, String chosenBand, List<String> chosenFactors,
            boolean bandRight, int score, int outOf, String ruleBaseVersion, Instant takenAt) {

        public int percent() {
            return outOf == 0 ? 0 : Math.round(100f * score / outOf);
        }

        /** When it was taken, in UK time, as a person reads it. */
        public String when() {
            return WHEN.format(takenAt);
        }
    }

    static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    private final JdbcClient jdbc;
    private final Clock clock;

    QuizAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a marked attempt and returns its id. */
    long save(String username, String caseId, String chosenBand, Collection<String> chosenFactors, QuizMark mark,
            String ruleBaseVersion) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into quiz_attempt (username, case_id, chosen_band, chosen_factors, band_right, factors_spotted,
                    factors_missed, factors_wrong, score, out_of, rule_base_version, taken_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, caseId, chosenBand, String.join(",", chosenFactors.stream().sorted().toList()),
                        mark.bandRight(), mark.spotted().size(), mark.missed().size(), mark.wrong().size(),
                        mark.score(), mark.outOf(), ruleBaseVersion,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Attempt> byId(long id) {
        return jdbc.sql("select * from quiz_attempt where id = ?").param(id).query(QuizAttempts::attempt).optional();
    }

    /** One person's attempts, newest first. */
    List<Attempt> of(String username) {
        return jdbc.sql("select * from quiz_attempt where username = ? order by taken_at desc, id desc")
                .param(username).query(QuizAttempts::attempt).list();
    }

    /** The attempts of several people, newest first. */
    List<Attempt> ofAll(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from quiz_attempt where username in (:names) order by taken_at desc, id desc")
                .param("names", List.copyOf(usernames)).query(QuizAttempts::attempt).list();
    }

    private static Attempt attempt(ResultSet rs, int row) throws SQLException {
        String factors = rs.getString("chosen_factors");
        return new Attempt(rs.getLong("id"), rs.getString("username"), rs.getString("case_id"),
                rs.getString("chosen_band"),
                factors.isEmpty() ? List.of() : Arrays.asList(factors.split(",")), rs.getBoolean("band_right"),
                rs.getInt("score"), rs.getInt("out_of"), rs.getString("rule_base_version"),
                rs.getObject("taken_at", OffsetDateTime.class).toInstant());
    }
}
