package uk.lantern.web.signpost;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points the directory at a fresh index under {@code target/} for each Spring context, so the
 * persona suites read the shipped sample and never {@code ./data}.
 */
public abstract class FreshDirectoryIndex {

    @DynamicPropertySource
    static void freshIndex(DynamicPropertyRegistry registry) {
        registry.add("lantern.directory.index-path", () -> Path.of("target", "test-directory-index",
                UUID.randomUUID().toString()).toAbsolutePath().toString());
    }

    /** The tuning personas, for {@code @MethodSource}. */
    public static java.util.List<Persona> personas() {
        return Persona.tuning();
    }
}
