package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The HSDS 3.0 JSON object schemas, vendored under {@code src/test/resources/hsds-3.0/schema/}
 * (CC BY-SA 4.0, Open Referral; see {@code SOURCE.md} there) and read from the test classpath.
 * Formats (such as {@code uuid} on ids) are annotations, as in JSON Schema 2020-12.
 */
final class HsdsSchema {
    static final String FOLDER = "hsds-3.0/schema/";
    /** The base IRI the schemas are known by; their {@code $ref}s to sibling files resolve against it. */
    private static final String BASE = "classpath:" + FOLDER;

    private HsdsSchema() {
    }

    /** The schema in {@code file}; its {@code $ref}s to sibling files are read from the same folder, never fetched. */
    static Schema load(String file) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(iri -> iri.startsWith(BASE) ? read(iri.substring(BASE.length())) : null));
        return registry.getSchema(SchemaLocation.of(BASE + file));
    }

    private static String read(String file) {
        try (InputStream in = HsdsSchema.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return fail("The vendored HSDS schema file " + FOLDER + file + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the HSDS schema file " + file, e);
        }
    }

    static List<String> errors(Schema schema, JsonNode node) {
        List<Error> errors = schema.validate(node);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
