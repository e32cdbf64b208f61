package uk.lantern.web.account;

import java.time.Instant;

/** A staff account, without its password hash. */
public record Account(long id, String username, String displayName, Role role, String team, boolean enabled,
        Instant createdAt) {
}
