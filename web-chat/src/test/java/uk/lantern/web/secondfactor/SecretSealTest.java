package uk.lantern.web.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Second-factor secrets sealed under a key outside the database, and the codes made from them. */
class SecretSealTest {

    private static final String KEY = "a key of at least thirty-two characters";
    private final TimeBasedCodes codes = new TimeBasedCodes();

    @Test
    void aSealedSecretOpensOnlyUnderItsKeyAndNeverSealsTheSameWayTwice(@TempDir Path folder) {
        SecretSeal seal = new SecretSeal(KEY, folder.resolve("unused.key"));
        String secret = codes.newSecret();
        String once = seal.seal(secret);
        String twice = seal.seal(secret);
        assertThat(once).isNotEqualTo(twice).doesNotContain(secret);
        assertThat(seal.open(once)).isEqualTo(secret);
        assertThat(seal.open(twice)).isEqualTo(secret);
        SecretSeal other = new SecretSeal(KEY + " but another", folder.resolve("unused.key"));
        assertThatThrownBy(() -> other.open(once)).isInstanceOf(IllegalStateException.class);
        assertThat(folder.resolve("unused.key")).doesNotExist();
    }

    @Test
    void withoutAKeySetARandomOneIsMadeInAFileOnlyItsOwnerCanReadAndKept(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve("second-factor.key");
        String sealed = new SecretSeal("", file).seal("JBSWY3DPEHPK3PXP");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).hasSize(64);
        assertThat(new SecretSeal(" ", file).open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aKeyShorterThan32CharactersIsRefusedAtStart(@TempDir Path folder) {
        assertThatThrownBy(() -> new SecretSeal("x".repeat(31), folder.resolve("k")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
        assertThat(new SecretSeal("x".repeat(32), folder.resolve("k")).open(
                new SecretSeal("x".repeat(32), folder.resolve("k")).seal("AB"))).isEqualTo("AB");
    }

    @Test
    void codesMatchRfc6238sTestVectorAndOneStepEitherSide() {
        // RFC 6238 appendix B: the ASCII secret "12345678901234567890" (Base32 below), SHA-1, at 59 s: 94287082,
        // whose last six digits an authenticator app shows.
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assertThat(codes.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(codes.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        Instant now = Instant.ofEpochSecond(1111111109);
        assertThat(codes.match(secret, "081 804", now)).hasValue(TimeBasedCodes.step(now));
        assertThat(codes.match(secret, "081804", now.plusSeconds(30))).hasValue(TimeBasedCodes.step(now));
        assertThat(codes.match(secret, "081804", now.minusSeconds(30))).hasValue(TimeBasedCodes.step(now));
        assertThat(codes.match(secret, "081804", now.plusSeconds(60))).isEmpty();
        assertThat(codes.match(secret, "081804", now.minusSeconds(60))).isEmpty();
        assertThat(codes.match(secret, "81804", now)).isEmpty();
        assertThat(codes.match(secret, null, now)).isEmpty();
    }
}
