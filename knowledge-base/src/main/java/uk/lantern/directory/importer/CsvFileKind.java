package uk.lantern.directory.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says what a CSV file is when it is plainly not the simple services sheet, from its file name
 * and its header columns, so a table of an HSDS CSV data package (taxonomy terms, organisations,
 * locations, phones...) sent on its own is refused instead of being read as services and
 * replacing the directory. Table and column names are those of the HSDS 3.0 tabular schema
 * (Open Referral, docs.openreferral.org, "Tabular data package").
 */
final class CsvFileKind {
    /** HSDS 3.0 table file names (without .csv) and what each holds, in people's words. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("taxonomy_terms", "a list of taxonomy terms");
        TABLES.put("taxonomy_term", "a list of taxonomy terms");
        TABLES.put("taxonomies", "a list of taxonomies");
        TABLES.put("taxonomy", "a list of taxonomies");
        TABLES.put("organizations", "a list of organisations");
        TABLES.put("organisations", "a list of organisations");
        TABLES.put("organization_identifiers", "a list of organisation identifiers");
        TABLES.put("locations", "a list of locations");
        TABLES.put("addresses", "a list of addresses");
        TABLES.put("phones", "a list of phone numbers");
        TABLES.put("contacts", "a list of contacts");
        TABLES.put("schedules", "a list of schedules");
        TABLES.put("service_at_locations", "a list of service-at-location links");
        TABLES.put("service_at_location", "a list of service-at-location links");
        TABLES.put("service_areas", "a list of service areas");
        TABLES.put("languages", "a list of languages");
        TABLES.put("accessibility", "a list of accessibility details");
        TABLES.put("attributes", "a list of attributes");
        TABLES.put("cost_options", "a list of cost options");
        TABLES.put("funding", "a list of funding records");
        TABLES.put("programs", "a list of programmes");
        TABLES.put("required_documents", "a list of required documents");
        TABLES.put("service_capacity", "a list of service capacities");
        TABLES.put("units", "a list of units");
        TABLES.put("metadata", "a list of metadata records");
        TABLES.put("meta_table_descriptions", "a list of table descriptions");
        // not "services": the simple sheet is often saved as services.csv; the HSDS services table is
        // known by its organization_id column instead
    }

    /**
     * Columns that only a table other than the simple sheet has, each with what it shows. A column
     * of the sheet itself (id, name, description, website, phone, email...) is never one of these.
     */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        for (String c : List.of("taxonomy_id", "parent_id", "term_uri", "vocabulary", "taxonomy_detail")) {
            COLUMNS.put(c, "a list of taxonomy terms");
        }
        for (String c : List.of("legal_status", "tax_status", "year_incorporated", "logo", "parent_organization_id")) {
            COLUMNS.put(c, "a list of organisations");
        }
        for (String c : List.of("location_type", "transportation", "external_identifier")) {
            COLUMNS.put(c, "a list of locations");
        }
        for (String c : List.of("address_1", "address_2", "state_province", "postal_code", "address_type")) {
            COLUMNS.put(c, "a list of addresses");
        }
        for (String c : List.of("byday", "freq", "opens_at", "closes_at", "valid_from")) {
            COLUMNS.put(c, "a list of schedules");
        }
        for (String c : List.of("organization_id", "service_id", "location_id", "service_at_location_id",
                "contact_id", "link_id", "link_type", "taxonomy_term_id", "program_id")) {
            COLUMNS.put(c, "a table of an HSDS CSV data package");
        }
    }

    private CsvFileKind() {
    }

    /**
     * Why a CSV file with this name and header is not the simple services sheet, as a message for
     * the import's one file problem; null when it may be the sheet.
     *
     * @param fileName the file's own name (any case, with or without ".csv"), or null when unknown
     * @param header   the header row's column names, lower case
     */
    static String notTheSheet(String fileName, Set<String> header) {
        String base = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).replaceAll("\\.csv$", "");
        String table = TABLES.get(base);
        List<String> seen = new ArrayList<>();
        String kind = null;
        for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
            if (header.contains(c.getKey())) {
                seen.add(c.getKey());
                kind = kind == null || kind.startsWith("a table") ? c.getValue() : kind;
            }
        }
        if (table != null) {
            return "this is " + table + " (the file is named " + base + ".csv" + (seen.isEmpty() ? ""
                    : " and has the column" + (seen.size() == 1 ? " " : "s ") + String.join(", ", seen))
                    + "), not the simple services sheet; " + advice();
        }
        if (kind != null) {
            return "this is " + kind + ", not the simple services sheet (it has the column"
                    + (seen.size() == 1 ? " " : "s ") + String.join(", ", seen) + "); " + advice();
        }
        if (!header.contains("name")) {
            return "this is not the simple services sheet: it has no name column (its columns are "
                    + String.join(", ", header.stream().sorted().limit(12).toList()) + "); " + advice();
        }
        return null;
    }

    private static String advice() {
        return "nothing was imported. Upload the simple sheet (one row per service with a name column), the"
                + " whole HSDS CSV data package as a .zip, or the services feed as JSON";
    }
}
