package uk.lantern.web.secondfactor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factor authorities a sign-in carries (Spring Security 7's {@link FactorGrantedAuthority}):
 * {@code FACTOR_PASSWORD} from the password form, {@code FACTOR_TOTP} once a one-time code from the
 * admin's authenticator app has been accepted. Admin pages require both.
 */
public final class Factors {

    /** The authority of a password checked at sign-in. */
    public static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    /** The authority of a time-based one-time code accepted after the password. */
    public static final String CODE = "FACTOR_TOTP";

    private Factors() {
    }

    /** The password factor, issued now. */
    public static GrantedAuthority password(Instant now) {
        return FactorGrantedAuthority.withAuthority(PASSWORD).issuedAt(now).build();
    }

    /** Whether this sign-in has had its one-time code accepted. */
    public static boolean hasCode(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> CODE.equals(a.getAuthority()));
    }

    /** The sign-in's authorities with the code factor added, issued now. */
    public static List<GrantedAuthority> withCode(Authentication who, Instant now) {
        List<GrantedAuthority> authorities = new ArrayList<>(who.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(CODE).issuedAt(now).build());
        return authorities;
    }
}
