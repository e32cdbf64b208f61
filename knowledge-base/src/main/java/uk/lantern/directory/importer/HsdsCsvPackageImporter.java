package uk.lantern.directory.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.csv.CsvFormatException;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;
import uk.lantern.directory.hsds.HsdsServiceWriter;

/**
 * Reads the HSDS 3.0 tabular data package: a folder of CSV files named after the tables
 * ({@code services.csv}, {@code organizations.csv}, {@code locations.csv}, {@code addresses.csv},
 * {@code service_at_locations.csv}, {@code taxonomy_terms.csv}, {@code attributes.csv},
 * {@code phones.csv}, {@code schedules.csv}, {@code cost_options.csv}, and optionally
 * {@code service_areas.csv}, {@code languages.csv}, {@code contacts.csv}). Only
 * {@code services.csv} is required. Rows are joined by their id columns into the nested HSDS
 * JSON shape and then read by the same code as JSON imports, so both paths agree.
 */
public final class HsdsCsvPackageImporter {
    private static final String[] SERVICE_CHILD_TABLES = {
            "phones", "schedules", "cost_options", "service_areas", "languages", "contacts"};

    public ImportReport read(Path folder) {
        String source = folder.toString();
        List<ImportProblem> problems = new ArrayList<>();
        Path servicesCsv = folder.resolve("services.csv");
        if (!Files.isRegularFile(servicesCsv)) {
            return new ImportReport(source, List.of(), List.of(new ImportProblem(source, "folder", "services.csv",
                    "the folder has no services.csv; an HSDS data package needs at least that table")));
        }
        try {
            Map<String, ObjectNode> organizations = byId(folder, "organizations.csv", problems);
            Map<String, ObjectNode> locations = byId(folder, "locations.csv", problems);
            Map<String, ObjectNode> terms = byId(folder, "taxonomy_terms.csv", problems);
            forEachRow(folder, "addresses.csv", problems, (row, node) -> {
                ObjectNode location = locations.get(row.get("location_id"));
                if (location == null) {
                    problems.add(orphan(folder, "addresses.csv", row, "location_id", "location"));
                } else {
                    array(location, "addresses").add(node);
                }
            });
            Map<String, ObjectNode> services = new LinkedHashMap<>();
            forEachRow(folder, "services.csv", problems, (row, node) -> {
                String id = row.get("id");
                if (id == null) {
                    problems.add(new ImportProblem(file(folder, "services.csv"), "row " + row.number(), "id",
                            "the service has no id; give every service a unique id"));
                    return;
                }
                ObjectNode org = organizations.get(row.get("organization_id"));
                if (org != null) {
                    node.set("organization", org.deepCopy());
                } else if (row.get("organization_id") != null) {
                    problems.add(orphan(folder, "services.csv", row, "organization_id", "organisation"));
                }
                services.put(id, node);
            });
            forEachRow(folder, "service_at_locations.csv", problems, (row, node) -> {
                ObjectNode service = services.get(row.get("service_id"));
                ObjectNode location = locations.get(row.get("location_id"));
                if (service == null) {
                    problems.add(orphan(folder, "service_at_locations.csv", row, "service_id", "service"));
                } else if (location == null) {
                    problems.add(orphan(folder, "service_at_locations.csv", row, "location_id", "location"));
                } else {
                    node.set("location", location.deepCopy());
                    array(service, "service_at_locations").add(node);
                }
            });
            forEachRow(folder, "attributes.csv", problems, (row, node) -> {
                String entity = row.get("link_entity");
                if (entity != null && !entity.equals("service")) {
                    return; // terms on other tables (locations, phones) are not used by search
                }
                ObjectNode service = services.get(row.get("link_id"));
                if (service == null) {
                    problems.add(orphan(folder, "attributes.csv", row, "link_id", "service"));
                    return;
                }
                ObjectNode term = terms.get(row.get("taxonomy_term_id"));
                if (term != null) {
                    node.set("taxonomy_term", term.deepCopy());
                }
                array(service, "attributes").add(node);
            });
            for (String table : SERVICE_CHILD_TABLES) {
                String name = table + ".csv";
                forEachRow(folder, name, problems, (row, node) -> {
                    String serviceId = row.get("service_id");
                    if (serviceId == null) {
                        return; // rows for organisations or locations only
                    }
                    ObjectNode service = services.get(serviceId);
                    if (service == null) {
                        problems.add(orphan(folder, name, row, "service_id", "service"));
                    } else {
                        array(service, table).add(node);
                    }
                });
            }
            ArrayNode all = HsdsServiceWriter.JSON.createArrayNode();
            services.values().forEach(all::add);
            ImportReport fromJson = new HsdsJsonImporter().read(all, file(folder, "services.csv"));
            List<ImportProblem> merged = new ArrayList<>(problems);
            merged.addAll(fromJson.problems());
            return new ImportReport(source, fromJson.services(), merged);
        } catch (CsvFormatException e) {
            problems.add(new ImportProblem(source, "file", "", e.getMessage()));
            return new ImportReport(source, List.of(), problems);
        }
    }

    private interface RowAction {
        void accept(CsvRecord row, ObjectNode node);
    }

    private static void forEachRow(Path folder, String name, List<ImportProblem> problems, RowAction action) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return;
        }
        CsvReader.forEachRecord(file, row -> action.accept(row, toNode(row)));
    }

    private static Map<String, ObjectNode> byId(Path folder, String name, List<ImportProblem> problems) {
        Map<String, ObjectNode> rows = new HashMap<>();
        forEachRow(folder, name, problems, (row, node) -> {
            String id = row.get("id");
            if (id == null) {
                problems.add(new ImportProblem(file(folder, name), "row " + row.number(), "id", "the row has no id"));
            } else {
                rows.put(id, node);
            }
        });
        return rows;
    }

    /** Every non-blank cell as a string property; the reader converts numbers and dates. */
    private static ObjectNode toNode(CsvRecord row) {
        ObjectNode node = HsdsServiceWriter.JSON.createObjectNode();
        for (String column : row.header().keySet()) {
            String value = row.get(column);
            if (value != null) {
                node.put(column, value);
            }
        }
        return node;
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        return parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field);
    }

    private static ImportProblem orphan(Path folder, String name, CsvRecord row, String column, String what) {
        return new ImportProblem(file(folder, name), "row " + row.number(), column,
                "no " + what + " has the id \"" + row.get(column) + "\"; the row was left out");
    }

    private static String file(Path folder, String name) {
        return folder.resolve(name).toString();
    }
}
