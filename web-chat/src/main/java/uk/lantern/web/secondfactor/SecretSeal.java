package uk.lantern.web.secondfactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Seals second-factor secrets before they reach the database: AES-256-GCM with a random IV per
 * secret (Spring Security's {@code Encryptors.delux}), under a key kept outside the database, so a
 * copy of the database (a backup, a dump) does not give anyone the admins' codes. The key is
 * {@code lantern.second-factor.key} (environment {@code LANTERN_SECOND_FACTOR_KEY}, at least 32
 * characters) when set; otherwise a random one in the file {@code lantern.second-factor.key-file}
 * ({@code ./data/second-factor.key}), made readable by its owner only on first start. Losing the key
 * means every admin enrols again (after another admin's reset, or as docs/security.md says).
 */
@Component
public class SecretSeal {

    /** Fixed salt for the key derivation: the key itself is random or chosen long, so a fixed salt costs nothing. */
    private static final String SALT = HexFormat.of().formatHex("lantern-2fa-seal".getBytes(StandardCharsets.US_ASCII));
    static final int MIN_KEY = 32;

    private final TextEncryptor encryptor;

    public SecretSeal(@Value("${lantern.second-factor.key:}") String key,
            @Value("${lantern.second-factor.key-file:./data/second-factor.key}") Path keyFile) {
        String chosen = key == null || key.isBlank() ? fromFile(keyFile) : key.strip();
        if (chosen.length() < MIN_KEY) {
            throw new IllegalStateException("lantern.second-factor.key must be at least " + MIN_KEY + " characters");
        }
        this.encryptor = Encryptors.delux(chosen, SALT);
    }

    /** The secret sealed, as hex text (IV and ciphertext with its tag). */
    public String seal(String secret) {
        return encryptor.encrypt(secret);
    }

    /** The secret from {@link #seal}; throws if it was sealed under another key or altered. */
    public String open(String sealed) {
        return encryptor.decrypt(sealed);
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read or make the second-factor key file", unreadable);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "second-factor", ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            // Two instances starting at once on one folder: the first key written wins, the other is dropped.
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException another) {
            Files.deleteIfExists(temporary);
        }
    }
}
