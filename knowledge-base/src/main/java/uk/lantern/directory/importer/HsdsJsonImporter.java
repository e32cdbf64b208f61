package uk.lantern.directory.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Service;

/**
 * Reads HSDS 3.0 JSON in any of the shapes directories publish: a single service, an ORUK
 * {@code /services} page ({@code contents}), an organisation with a {@code services} array, or a
 * plain array of services. The shape is recognised from the top-level fields.
 */
public final class HsdsJsonImporter {

    public ImportReport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            return failed(file.toString(), "could not read the file: " + e.getMessage());
        }
    }

    public ImportReport read(InputStream in, String source) {
        JsonNode root;
        try {
            root = HsdsServiceWriter.JSON.readTree(in);
        } catch (JacksonException e) {
            return failed(source, "not valid JSON: " + e.getOriginalMessage());
        }
        return read(root, source);
    }

    public ImportReport read(JsonNode root, String source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        HsdsServiceReader reader = new HsdsServiceReader(
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message)));
        if (root == null || root.isMissingNode() || root.isNull()) {
            return failed(source, "the file is empty");
        }
        if (root.isArray()) {
            readAll(reader, root, "", null, services);
        } else if (root.isObject() && root.has("contents")) {
            readAll(reader, root.get("contents"), "contents", null, services);
        } else if (root.isObject() && root.has("services") && !root.has("service_at_locations")) {
            boolean hasId = HsdsServiceReader.organization(root).id() != null;
            if (!hasId) {
                problems.add(new ImportProblem(source, "organization", "id",
                        "the organisation has no id; its services are imported without one"));
            }
            readAll(reader, root.get("services"), "services", hasId ? root : null, services);
        } else if (root.isObject()) {
            reader.read(root, "service", null).ifPresent(services::add);
        } else {
            return failed(source, "expected a service, a page with contents, or an organisation with services");
        }
        return ImportReport.deduplicated(source, services, problems);
    }

    private static void readAll(HsdsServiceReader reader, JsonNode array, String path, JsonNode org,
                                List<Service> into) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String position = path.isEmpty() ? "[" + i + "]" : path + "[" + i + "]";
            reader.read(array.get(i), position, org).ifPresent(into::add);
        }
    }

    private static ImportReport failed(String source, String message) {
        return new ImportReport(source, List.of(), List.of(new ImportProblem(source, "file", "", message)));
    }
}
