package uk.lantern.directory.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.csv.CsvFormatException;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;
import uk.lantern.directory.hsds.HsdsServiceWriter;

/**
 * Reads the HSDS 3.0 tabular data package: a folder (or a zip of one) of CSV files with the
 * standard's table names: {@code services.csv} (required), {@code organizations.csv},
 * {@code organization_identifiers.csv}, {@code funding.csv}, {@code locations.csv},
 * {@code addresses.csv}, {@code accessibility.csv}, {@code service_at_location.csv},
 * {@code phones.csv}, {@code contacts.csv}, {@code schedules.csv}, {@code languages.csv},
 * {@code service_areas.csv}, {@code cost_options.csv}, {@code required_documents.csv},
 * {@code taxonomy_terms.csv} and {@code attributes.csv}. Rows are joined by their id columns
 * into the nested HSDS JSON shape (a phone under its contact, location, service-at-location,
 * service or organisation) and then read by the same code as JSON imports, so both paths keep
 * the same values. Numeric columns of the standard become JSON numbers.
 */
public final class HsdsCsvPackageImporter {
    /** The standard's file is {@code service_at_location.csv}; Lantern once wrote the plural, still read. */
    static final String SERVICE_AT_LOCATION = "service_at_location.csv";
    private static final String OLD_SERVICE_AT_LOCATION = "service_at_locations.csv";
    private static final Set<String> NUMERIC = Set.of("amount", "latitude", "longitude", "year_incorporated",
            "extension", "timezone", "count", "interval", "minimum_age", "maximum_age");
    private static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 100;

    public ImportReport read(Path folder) {
        String source = folder.toString();
        List<ImportProblem> problems = new ArrayList<>();
        Path servicesCsv = folder.resolve("services.csv");
        if (!Files.isRegularFile(servicesCsv)) {
            return new ImportReport(source, List.of(), List.of(new ImportProblem(source, "folder", "services.csv",
                    "the folder has no services.csv; an HSDS data package needs at least that table")));
        }
        try {
            Tables t = new Tables(folder, problems);
            // Leaves first, so each nested copy is complete when it is put into its parent.
            Map<String, ObjectNode> phones = t.byId("phones.csv");
            t.attach("languages.csv", List.of(new Link("phone_id", phones, "languages")));
            Map<String, ObjectNode> contacts = t.byId("contacts.csv");
            Map<String, ObjectNode> locations = t.byId("locations.csv");
            Map<String, ObjectNode> organizations = t.byId("organizations.csv");
            Map<String, ObjectNode> services = t.byId("services.csv");
            String salFile = Files.isRegularFile(folder.resolve(SERVICE_AT_LOCATION)) ? SERVICE_AT_LOCATION
                    : OLD_SERVICE_AT_LOCATION;
            Map<String, ObjectNode> serviceAtLocations = t.byId(salFile);
            t.attachById("phones.csv", phones, List.of(new Link("contact_id", contacts, "phones"),
                    new Link("service_at_location_id", serviceAtLocations, "phones"),
                    new Link("service_id", services, "phones"), new Link("location_id", locations, "phones"),
                    new Link("organization_id", organizations, "phones")));
            t.attachById("contacts.csv", contacts, List.of(
                    new Link("service_at_location_id", serviceAtLocations, "contacts"),
                    new Link("service_id", services, "contacts"), new Link("location_id", locations, "contacts"),
                    new Link("organization_id", organizations, "contacts")));
            t.attach("languages.csv", List.of(new Link("service_id", services, "languages"),
                    new Link("location_id", locations, "languages")));
            t.attach("addresses.csv", List.of(new Link("location_id", locations, "addresses")));
            t.attach("accessibility.csv", List.of(new Link("location_id", locations, "accessibility")));
            t.attach("schedules.csv", List.of(new Link("service_at_location_id", serviceAtLocations, "schedules"),
                    new Link("service_id", services, "schedules"), new Link("location_id", locations, "schedules")));
            t.attach("funding.csv", List.of(new Link("service_id", services, "funding"),
                    new Link("organization_id", organizations, "funding")));
            t.attach("organization_identifiers.csv",
                    List.of(new Link("organization_id", organizations, "organization_identifiers")));
            t.attach("service_areas.csv", List.of(new Link("service_id", services, "service_areas")));
            t.attach("cost_options.csv", List.of(new Link("service_id", services, "cost_options")));
            t.attach("required_documents.csv", List.of(new Link("service_id", services, "required_documents")));
            Map<String, ObjectNode> terms = t.byId("taxonomy_terms.csv");
            t.forEachRow("attributes.csv", (row, node) -> {
                String entity = row.get("link_entity");
                if (entity != null && !entity.equals("service")) {
                    return; // terms on other tables (locations, phones) are not attached to services
                }
                ObjectNode service = services.get(row.get("link_id"));
                if (service == null) {
                    problems.add(t.orphan("attributes.csv", row, "link_id", "service"));
                    return;
                }
                ObjectNode term = terms.get(row.get("taxonomy_term_id"));
                if (term != null) {
                    node.set("taxonomy_term", term.deepCopy());
                }
                array(service, "attributes").add(node);
            });
            for (ObjectNode service : services.values()) {
                String orgId = service.has("organization_id") ? service.get("organization_id").asString() : null;
                ObjectNode org = orgId == null ? null : organizations.get(orgId);
                if (org != null) {
                    service.set("organization", org.deepCopy());
                } else if (orgId != null) {
                    problems.add(new ImportProblem(t.file("services.csv"), service.get("id").asString(),
                            "organization_id", "no organisation has the id \"" + orgId + "\"; the link was kept"));
                }
            }
            for (ObjectNode sal : serviceAtLocations.values()) {
                String serviceId = text(sal, "service_id");
                ObjectNode service = serviceId == null ? null : services.get(serviceId);
                ObjectNode location = locations.get(text(sal, "location_id"));
                String file = t.file(salFile);
                if (service == null) {
                    problems.add(new ImportProblem(file, text(sal, "id"), "service_id",
                            "no service has the id \"" + serviceId + "\"; the row was left out"));
                } else if (location == null) {
                    problems.add(new ImportProblem(file, text(sal, "id"), "location_id",
                            "no location has the id \"" + text(sal, "location_id") + "\"; the row was left out"));
                } else {
                    sal.set("location", location.deepCopy());
                    array(service, "service_at_locations").add(sal);
                }
            }
            ArrayNode all = HsdsServiceWriter.JSON.createArrayNode();
            services.values().forEach(all::add);
            ImportReport fromJson = new HsdsJsonImporter().read(all, t.file("services.csv"));
            List<ImportProblem> merged = new ArrayList<>(problems);
            merged.addAll(fromJson.problems());
            return new ImportReport(source, fromJson.services(), merged);
        } catch (CsvFormatException e) {
            problems.add(new ImportProblem(source, "file", "", e.getMessage()));
            return new ImportReport(source, List.of(), problems);
        }
    }

    /**
     * Reads a zip of the package (its tables at the top or in one folder). The zip is unpacked
     * into a temporary folder, refusing entries that climb out of it and stopping at 200 MB or
     * 100 files, and the folder is deleted afterwards.
     */
    public ImportReport readZip(InputStream zip, String name) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("lantern-hsds-csv-");
            long total = 0;
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(zip)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (++entries > MAX_ZIP_ENTRIES) {
                        return failed(name, "the zip holds more than " + MAX_ZIP_ENTRIES + " files; an HSDS data"
                                + " package has about 20 tables");
                    }
                    Path target = tmp.resolve(entry.getName()).normalize();
                    if (!target.startsWith(tmp)) {
                        return failed(name, "the zip has a file outside its own folder; it was not read");
                    }
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        byte[] buffer = new byte[1 << 16];
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            total += n;
                            if (total > MAX_UNZIPPED_BYTES) {
                                return failed(name, "the zip unpacks to more than 200 MB; split the package");
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                }
            }
            Path folder = folderWithServices(tmp);
            if (folder == null) {
                return failed(name, "the zip has no services.csv; an HSDS data package needs at least that table");
            }
            ImportReport report = read(folder);
            String prefix = folder.toString();
            List<ImportProblem> problems = report.problems().stream().map(p -> new ImportProblem(
                    p.source().replace(prefix, name), p.record(), p.field(), p.message().replace(prefix, name))).toList();
            return new ImportReport(name, report.services(), problems);
        } catch (IOException | IllegalArgumentException e) {
            return failed(name, "the file is not a readable zip");
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static Path folderWithServices(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("services.csv")).map(Path::getParent)
                    .min(Comparator.comparingInt(Path::getNameCount)).orElse(null);
        }
    }

    private static ImportReport failed(String name, String message) {
        return new ImportReport(name, List.of(), List.of(new ImportProblem(name, "file", "", message)));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is removed by the system's own clean-up
        }
    }

    /** Where a child row goes: the column naming its parent, the parents by id, and the array it joins. */
    private record Link(String column, Map<String, ObjectNode> parents, String array) {
    }

    private interface RowAction {
        void accept(CsvRecord row, ObjectNode node);
    }

    /** The package's tables, read on demand, with problems collected against their file. */
    private static final class Tables {
        private final Path folder;
        private final List<ImportProblem> problems;

        Tables(Path folder, List<ImportProblem> problems) {
            this.folder = folder;
            this.problems = problems;
        }

        String file(String name) {
            return folder.resolve(name).toString();
        }

        void forEachRow(String name, RowAction action) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                CsvReader.forEachRecord(file, row -> action.accept(row, toNode(row)));
            }
        }

        Map<String, ObjectNode> byId(String name) {
            Map<String, ObjectNode> rows = new LinkedHashMap<>();
            forEachRow(name, (row, node) -> {
                String id = row.get("id");
                if (id == null) {
                    problems.add(new ImportProblem(file(name), "row " + row.number(), "id", "the row has no id"));
                } else {
                    rows.put(id, node);
                }
            });
            return rows;
        }

        /**
         * Puts each row of {@code name} under every parent its link columns name, as the standard's
         * examples do (one phone row linked to its service, location and contact appears in each).
         */
        void attach(String name, List<Link> links) {
            forEachRow(name, (row, node) -> place(name, row, node, links));
        }

        /** As {@link #attach}, for a table whose rows are also parents, so the rows already read are placed. */
        void attachById(String name, Map<String, ObjectNode> rows, List<Link> links) {
            forEachRow(name, (row, node) -> {
                ObjectNode same = row.get("id") == null ? null : rows.get(row.get("id"));
                place(name, row, same == null ? node : same, links);
            });
        }

        private void place(String name, CsvRecord row, ObjectNode node, List<Link> links) {
            for (Link link : links) {
                String parentId = row.get(link.column());
                if (parentId == null) {
                    continue;
                }
                ObjectNode parent = link.parents().get(parentId);
                if (parent == null) {
                    problems.add(orphan(name, row, link.column(), link.column().replace("_id", "").replace('_', ' ')));
                } else {
                    array(parent, link.array()).add(node.deepCopy());
                }
            }
        }

        ImportProblem orphan(String name, CsvRecord row, String column, String what) {
            return new ImportProblem(file(name), "row " + row.number(), column,
                    "no " + what + " has the id \"" + row.get(column) + "\"; the row was not put there");
        }
    }

    /** Every non-blank cell as a property: the standard's numeric columns as numbers, the rest as text. */
    private static ObjectNode toNode(CsvRecord row) {
        ObjectNode node = HsdsServiceWriter.JSON.createObjectNode();
        for (String column : row.header().keySet()) {
            String value = row.get(column);
            if (value == null) {
                continue;
            }
            if (NUMERIC.contains(column)) {
                try {
                    java.math.BigDecimal number = new java.math.BigDecimal(value);
                    if (number.scale() <= 0) {
                        node.put(column, number.longValueExact());
                    } else {
                        node.put(column, number.doubleValue());
                    }
                    continue;
                } catch (NumberFormatException | ArithmeticException e) {
                    // not a number: kept as text, and the service reader reports it
                }
            }
            node.put(column, value);
        }
        return node;
    }

    private static String text(ObjectNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        return parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field);
    }
}
