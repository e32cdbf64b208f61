package uk.lantern.directory.importer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.lantern.directory.csv.CsvFormatException;
import uk.lantern.directory.csv.CsvReader;
import uk.lantern.directory.csv.CsvRecord;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.PlainText;
import uk.lantern.directory.model.Address;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Location;
import uk.lantern.directory.model.Organization;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.ServiceStatus;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Reads the simple one-row-per-service CSV meant for small organisations that keep their
 * listings in a spreadsheet. Columns (header names, any order, any case; only {@code name} is
 * required):
 *
 * <ul>
 *   <li>{@code id}: a stable id; when absent one is derived from organisation, name and postcode,
 *       so re-importing the same sheet gives the same ids</li>
 *   <li>{@code name}, {@code organisation}, {@code description}, {@code eligibility}</li>
 *   <li>{@code needs}: need term ids separated by semicolons, e.g. {@code befriending;transport}</li>
 *   <li>{@code postcode}: where the service runs; placed on the map with the gazetteer</li>
 *   <li>{@code address}, {@code town}</li>
 *   <li>{@code delivery}: semicolon-separated {@code home_visit}, {@code telephone},
 *       {@code group_venue}, {@code online}</li>
 *   <li>{@code phone}, {@code email}, {@code website}</li>
 *   <li>{@code cost}: {@code free}, an amount such as {@code 3.50} or {@code £3.50}, or words</li>
 *   <li>{@code min_age}, {@code max_age}: whole years</li>
 *   <li>{@code days}: semicolon-separated days ({@code Mon;Wed} or {@code MO;WE});
 *       {@code opens}, {@code closes}: times like {@code 10:00}</li>
 *   <li>{@code status}: active (default), inactive, defunct or temporarily closed</li>
 * </ul>
 *
 * <p>A row with any bad value (an unknown need or delivery, an age or time that cannot be read, a
 * day that is not a day, an unknown status) is left out and each of its problems reported, ending
 * {@link HsdsServiceReader#LEFT_OUT}; a postcode the gazetteer cannot place is reported and the
 * row kept without a map point. Text people read (name, organisation, description, eligibility,
 * address, town, cost in words) is clean text: HTML tags removed, entities decoded ({@link PlainText}).
 */
public final class SimpleCsvImporter {
    /** Added to the problem of a postcode the gazetteer cannot place, when its row is imported. */
    private static final String NO_MAP_POINT = "; the service was imported without a map point";
    private final Gazetteer gazetteer;

    public SimpleCsvImporter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ImportReport read(Path file) {
        return read(file, file.getFileName() == null ? null : file.getFileName().toString());
    }

    /**
     * Reads the sheet at {@code file}; {@code fileName} is the name the file was given (an upload's
     * own name, or null), used with the header to refuse a file that is not the sheet
     * ({@link CsvFileKind}): then the report has no services and one file problem saying what it is.
     */
    public ImportReport read(Path file, String fileName) {
        String source = file.toString();
        List<Service> services = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] notSheet = new String[1];
        try {
            CsvReader.forEachRecord(file, row -> {
                if (row.number() == 1) {
                    notSheet[0] = CsvFileKind.notTheSheet(fileName, row.header().keySet());
                }
                if (notSheet[0] != null) {
                    return;
                }
                List<ImportProblem> found = new ArrayList<>();
                java.util.Optional<Service> service = read(row, source, found);
                // a row with a bad value is left out, as HsdsServiceReader#forImport leaves out a record;
                // a postcode the gazetteer cannot place is Lantern's gap, not the row's: kept, reported
                boolean leaveOut = service.isPresent() && found.stream().anyMatch(p -> !"postcode".equals(p.field()));
                for (ImportProblem p : found) {
                    problems.add(leaveOut ? new ImportProblem(p.source(), p.record(), p.field(),
                            p.message().replace(NO_MAP_POINT, "") + HsdsServiceReader.LEFT_OUT) : p);
                }
                if (!leaveOut) {
                    service.ifPresent(services::add);
                }
            });
        } catch (CsvFormatException e) {
            problems.add(new ImportProblem(source, "file", "", e.getMessage()));
        }
        if (notSheet[0] != null) {
            return new ImportReport(source, List.of(), List.of(new ImportProblem(source, "file", "", notSheet[0])));
        }
        return ImportReport.deduplicated(source, services, problems);
    }

    private java.util.Optional<Service> read(CsvRecord row, String source, List<ImportProblem> problems) {
        String record = "row " + row.number();
        String name = PlainText.of(row.get("name"));
        if (name == null || name.isBlank()) {
            problems.add(new ImportProblem(source, record, "name", "the service has no name; the row was left out"));
            return java.util.Optional.empty();
        }
        String orgName = PlainText.of(row.get("organisation") != null ? row.get("organisation") : row.get("organization"));
        String postcode = row.get("postcode");
        String id = row.get("id") != null ? row.get("id") : derivedId(orgName, name, postcode);
        Service.Builder b = Service.builder(id, name)
                .description(PlainText.of(row.get("description")))
                .eligibilityDescription(PlainText.of(row.get("eligibility")))
                .email(row.get("email"))
                .url(row.get("website"));
        if (orgName != null) {
            b.organization(new Organization(derivedId(orgName, null, null), orgName, null, null, null));
        }
        for (String need : list(row.get("needs"))) {
            String id2 = need.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (NeedsTaxonomy.contains(id2)) {
                b.need(id2);
            } else {
                problems.add(new ImportProblem(source, record, "needs", "\"" + need + "\" is not a need term; use one of "
                        + NeedsTaxonomy.termIds()));
            }
        }
        for (String d : list(row.get("delivery"))) {
            Delivery.parse(d).ifPresentOrElse(b::delivery, () -> problems.add(new ImportProblem(source, record,
                    "delivery", "\"" + d + "\" is not a delivery; use home_visit, telephone, group_venue or online")));
        }
        if (postcode != null) {
            PlaceLookup place = gazetteer.lookup(postcode);
            if (place instanceof PlaceLookup.NotFound nf) {
                problems.add(new ImportProblem(source, record, "postcode", nf.message()
                        .replace(uk.lantern.directory.geo.Gazetteer.ONLY_REMOTE, "") + NO_MAP_POINT));
            }
            Address address = new Address(id + "-address", PlainText.of(row.get("address")), PlainText.of(row.get("town")), null, null,
                    postcode, "GB", "physical");
            Location location = new Location(id + "-location", name, null, "physical",
                    place instanceof PlaceLookup.Found f ? f.point() : null, List.of(address));
            b.serviceAtLocation(new ServiceAtLocation(id + "-at-location", null, location));
        }
        if (row.get("phone") != null) {
            b.phone(new Phone(id + "-phone", row.get("phone"), "voice", null));
        }
        cost(row.get("cost"), id, b);
        b.minimumAge(age(row, "min_age", source, record, problems));
        b.maximumAge(age(row, "max_age", source, record, problems));
        schedule(row, id, b, source, record, problems);
        String status = row.get("status");
        if (status != null) {
            ServiceStatus.parse(status).ifPresentOrElse(b::status, () -> problems.add(new ImportProblem(source, record,
                    "status", "unknown status \"" + status + "\"; use active, inactive, defunct or temporarily closed")));
        }
        return java.util.Optional.of(b.build());
    }

    /** A name-based UUID: the same organisation, name and postcode always give the same id. */
    static String derivedId(String org, String name, String postcode) {
        String key = (org == null ? "" : org.trim().toLowerCase(Locale.ROOT)) + "|"
                + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) + "|"
                + (postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void cost(String cost, String id, Service.Builder b) {
        if (cost == null) {
            return;
        }
        if (cost.equalsIgnoreCase("free") || cost.equals("0")) {
            b.feesDescription("Free").costOption(new CostOption(id + "-cost", "Free", BigDecimal.ZERO, "GBP", null));
            return;
        }
        String number = cost.replace("£", "").trim();
        try {
            b.costOption(new CostOption(id + "-cost", cost, new BigDecimal(number), "GBP", null));
        } catch (NumberFormatException e) {
            b.feesDescription(PlainText.of(cost));
        }
    }

    private static Integer age(CsvRecord row, String column, String source, String record, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            int age = Integer.parseInt(value);
            if (age >= 0 && age <= 150) {
                return age;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new ImportProblem(source, record, column, column + " must be a whole number of years, got \"" + value + "\""));
        return null;
    }

    private static void schedule(CsvRecord row, String id, Service.Builder b, String source, String record,
                                 List<ImportProblem> problems) {
        List<String> codes = new ArrayList<>();
        for (String day : list(row.get("days"))) {
            Schedule.dayFromCode(day).ifPresentOrElse(d -> codes.add(Schedule.code(d)), () -> problems.add(
                    new ImportProblem(source, record, "days", "\"" + day + "\" is not a day; use Mon, Tue, ... or MO, TU, ...")));
        }
        LocalTime opens = time(row, "opens", source, record, problems);
        LocalTime closes = time(row, "closes", source, record, problems);
        if (!codes.isEmpty() || opens != null || closes != null) {
            b.schedule(new Schedule(id + "-schedule", "WEEKLY", codes.isEmpty() ? null : String.join(",", codes),
                    opens, closes, null));
        }
    }

    private static LocalTime time(CsvRecord row, String column, String source, String record, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return HsdsServiceReader.parseTime(value);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new ImportProblem(source, record, column, column + " must be a time like 10:00, got \"" + value + "\""));
            return null;
        }
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : cell.split("[;,]")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }
}
