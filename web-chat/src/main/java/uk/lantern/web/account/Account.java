package uk.lantern.web.account;

import java.time.Instant;

/**
 * A staff account, without its password hash. {@code mustChangePassword} is true while the
 * password is one an admin chose (the first one, or after a reset).
 */
public record Account(long id, String username, String displayName, Role role, String team, boolean enabled,
        Instant createdAt, boolean mustChangePassword) {
}
