package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The HSDS 3.0 JSON schemas from {@code shared/reference/hsds-3.0/schema/}, found by walking up
 * from the module folder (CI checks the repository out with {@code shared/} beside it). Nothing
 * is copied into the repository; a missing folder fails the test rather than skipping it.
 * Formats (such as {@code uuid} on ids) are annotations, as in JSON Schema 2020-12.
 */
final class HsdsSchema {
    static final String RELATIVE = "shared/reference/hsds-3.0/schema";

    private HsdsSchema() {
    }

    static Path folder() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("service.json"))) {
                return candidate;
            }
        }
        return fail("The HSDS 3.0 schema was not found: looked for " + RELATIVE + "/service.json in " + start
                + " and every folder above it. Check out shared/ beside the repository (as CI does).");
    }

    /** The schema in {@code file}; its {@code $ref}s to sibling files are read from the same folder, never fetched. */
    static Schema load(String file) {
        Path folder = folder();
        String base = folder.toUri().toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(iri -> iri.startsWith(base) ? read(folder.resolve(iri.substring(base.length())))
                        : null));
        return registry.getSchema(SchemaLocation.of(base + file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the HSDS schema file " + file, e);
        }
    }

    static List<String> errors(Schema schema, JsonNode node) {
        List<Error> errors = schema.validate(node);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
