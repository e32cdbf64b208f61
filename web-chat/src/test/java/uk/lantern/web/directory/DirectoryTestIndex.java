package uk.lantern.web.directory;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points the directory at a fresh index under {@code target/} for each Spring context, so tests
 * never touch {@code ./data} and a test that changes the directory cannot disturb another context.
 */
abstract class DirectoryTestIndex {

    @DynamicPropertySource
    static void freshIndex(DynamicPropertyRegistry registry) {
        registry.add("lantern.directory.index-path", () -> Path.of("target", "test-directory-index",
                UUID.randomUUID().toString()).toAbsolutePath().toString());
    }
}
