package uk.lantern.web.account;

import java.security.SecureRandom;

/**
 * A password an admin reads out once after a reset: 20 characters in groups of four from an
 * alphabet without look-alikes (no 0/O, 1/l/I), about 97 bits from {@link SecureRandom}.
 */
final class OneTimePassword {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    static String generate() {
        StringBuilder out = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
