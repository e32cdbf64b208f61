package uk.lantern.web.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring Security's user with the account's session epoch at sign-in.
 * A session whose epoch no longer matches the account's (disabled, role, team or password
 * changed since) is ended at its next request.
 */
public final class StaffUser extends User {

    private static final long serialVersionUID = 1L;

    private final Role role;
    private final long sessionEpoch;

    public StaffUser(String username, String passwordHash, boolean enabled, Role role, long sessionEpoch) {
        super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.sessionEpoch = sessionEpoch;
    }

    public Role role() {
        return role;
    }

    /** The account's session epoch when this principal was loaded. */
    public long sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
