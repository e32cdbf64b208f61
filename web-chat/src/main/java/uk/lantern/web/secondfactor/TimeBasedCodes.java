package uk.lantern.web.secondfactor;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 with its common settings:
 * HMAC-SHA1, 6 digits, 30-second steps), computed by the java-otp library. A code is accepted for
 * the step it was made in, one step either side, to allow for a phone's clock being a little out
 * and the time it takes to type. Secrets are 160 random bits (RFC 4226's recommended length),
 * written in Base32 as the apps expect.
 */
@Component
public final class TimeBasedCodes {

    /** How long each code lasts. */
    public static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final int SECRET_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();

    /** A new random secret in Base32 without padding (32 characters). */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The 30-second step that {@code at} falls in, counted from the Unix epoch. */
    public static long step(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), STEP.toMillis());
    }

    /** The code for {@code secret} at {@code at}: six digits. */
    public String code(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA1 refused a second-factor key", impossible);
        }
    }

    /**
     * The step of the code typed, if it matches {@code secret} within one step of {@code now};
     * spaces in the code are ignored. Empty for anything else, never an exception.
     */
    public OptionalLong match(String secret, String typed, Instant now) {
        String code = typed == null ? "" : typed.replace(" ", "");
        if (!CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            String expected = code(secret, Instant.ofEpochMilli(step * STEP.toMillis()));
            if (MessageDigest.isEqual(expected.getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether the typed text is six digits (spaces ignored), so a form can say so. */
    public static boolean looksLikeACode(String typed) {
        return typed != null && CODE.matcher(typed.replace(" ", "")).matches();
    }

    private SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
    }
}
