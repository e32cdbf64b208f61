package uk.lantern.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;

class CsvImportersTest {
    @TempDir
    Path dir;

    static final String SIMPLE = """
            name,organisation,description,needs,postcode,delivery,phone,email,website,cost,min_age,max_age,days,opens,closes
            Rainham knit and natter,Rainham WI,"Knitting, tea and a chat
            every week",social_groups;volunteering,ME8 7HP,group_venue,,knit@example.org,,free,55,,Tue;Thu,10:00,12:00
            Phone pals,Rainham WI,Weekly calls,telephone_befriending;knitting,,telephone,01634 111111,,,£2.50,,,MO,,
            ,Rainham WI,No name here,social_groups,,,,,,,,,,,
            Lost postcode group,Rainham WI,Meets somewhere,social_groups,ZZ1 1ZZ,group_venue,,,,,abc,,Funday,9am,
            """;

    @Test
    void readsTheSimpleSheetAndReportsRowAndColumnOfEachProblem() throws Exception {
        Path file = dir.resolve("listings.csv");
        Files.writeString(file, SIMPLE);
        ImportReport report = new SimpleCsvImporter(Gazetteer.shipped()).read(file);

        // round 9: a row with a bad value (an unknown need, an age "abc", a day "Funday") is left out, each
        // problem reported; it used to be kept without the bad value
        assertThat(report.services()).extracting(Service::name).containsExactly("Rainham knit and natter");
        Service knit = report.services().get(0);
        assertThat(knit.description()).isEqualTo("Knitting, tea and a chat\nevery week");
        assertThat(knit.needs()).containsExactly("social_groups", "volunteering");
        assertThat(knit.points()).hasSize(1);
        assertThat(knit.isFree()).isTrue();
        assertThat(knit.minimumAge()).isEqualTo(55);
        assertThat(knit.openDays()).hasSize(2);
        Files.writeString(file, SIMPLE.replace(";knitting", ""));
        Service phone = new SimpleCsvImporter(Gazetteer.shipped()).read(file).services().get(1);
        assertThat(phone.name()).isEqualTo("Phone pals");
        assertThat(phone.deliveries()).containsExactly(Delivery.TELEPHONE);
        assertThat(phone.isFree()).isFalse();
        assertThat(phone.costOptions().get(0).amount()).isEqualByComparingTo("2.50");

        assertThat(report.problems()).extracting(p -> p.record() + "/" + p.field()).containsExactlyInAnyOrder(
                "row 2/needs", "row 3/name", "row 4/postcode", "row 4/min_age", "row 4/days", "row 4/opens");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.source()).endsWith("listings.csv"));
        assertThat(report.problems()).filteredOn(p -> p.record().equals("row 4") || p.record().equals("row 2"))
                .allSatisfy(p -> assertThat(p.message()).endsWith(uk.lantern.directory.hsds.HsdsServiceReader.LEFT_OUT));
    }

    /** Round 9: the sheet's words people read are clean text, as HSDS text is; a web address is kept. */
    @Test
    void theSimpleSheetsWordsAreCleanText() throws Exception {
        Path file = dir.resolve("html.csv");
        Files.writeString(file, """
                name,organisation,description,eligibility,address,town,cost,website
                Lunch <em>club</em>,Rainham Friends <b>CIO</b> &amp; Co,<p>Hot&nbsp;lunch</p>,Over 60s &amp; carers,1 High St<br>,Chatham,<strong>Donation</strong>,https://example.org/?a=1&amp;b=2
                """);
        ImportReport report = new SimpleCsvImporter(Gazetteer.shipped()).read(file);
        assertThat(report.problems()).isEmpty();
        Service s = report.services().getFirst();
        assertThat(s.name()).isEqualTo("Lunch club");
        assertThat(s.organization().name()).isEqualTo("Rainham Friends CIO & Co");
        assertThat(s.description()).isEqualTo("Hot lunch");
        assertThat(s.eligibilityDescription()).isEqualTo("Over 60s & carers");
        assertThat(s.feesDescription()).isEqualTo("Donation");
        assertThat(s.url()).isEqualTo("https://example.org/?a=1&amp;b=2");
    }

    @Test
    void theSimpleSheetGivesStableIdsSoReimportingIsRepeatable() throws Exception {
        Path file = dir.resolve("listings.csv");
        Files.writeString(file, SIMPLE);
        SimpleCsvImporter importer = new SimpleCsvImporter(Gazetteer.shipped());
        assertThat(importer.read(file).services()).isEqualTo(importer.read(file).services());
    }

    @Test
    void readsTheHsdsTabularPackage() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("package"));
        Files.writeString(pkg.resolve("organizations.csv"), "id,name,description\norg-1,Chatham Cares,Local group\n");
        Files.writeString(pkg.resolve("services.csv"), """
                id,organization_id,name,description,status,minimum_age,maximum_age
                s-1,org-1,Chatham lunch club,"Hot lunch, company and a quiz",active,60,
                s-2,org-1,Chatham lifts,Lifts to appointments,active,,
                ,org-1,Nameless,No id,active,,
                """);
        Files.writeString(pkg.resolve("locations.csv"), """
                id,location_type,name,latitude,longitude
                loc-1,physical,Chatham hall,51.379,0.527
                """);
        Files.writeString(pkg.resolve("addresses.csv"), """
                id,location_id,address_1,city,state_province,postal_code,country,address_type
                ad-1,loc-1,Military Road,Chatham,England,ME4 4TR,GB,physical
                """);
        Files.writeString(pkg.resolve("service_at_location.csv"), """
                id,service_id,location_id
                sal-1,s-1,loc-1
                sal-2,s-9,loc-1
                """);
        Files.writeString(pkg.resolve("taxonomy_terms.csv"), """
                id,code,name,description,taxonomy_id
                t-social,social_groups,Social groups,Clubs,lantern-needs
                t-transport,transport,Transport,Lifts,lantern-needs
                t-home,home_visit,Home visit,Comes to you,lantern-delivery
                """);
        Files.writeString(pkg.resolve("attributes.csv"), """
                id,link_id,link_type,link_entity,taxonomy_term_id
                a-1,s-1,service,service,t-social
                a-2,s-2,service,service,t-transport
                a-3,s-2,service,service,t-home
                """);
        Files.writeString(pkg.resolve("schedules.csv"), """
                id,service_id,freq,byday,opens_at,closes_at,description
                sc-1,s-1,WEEKLY,TU,12:00,14:00,Tuesday lunch
                """);
        Files.writeString(pkg.resolve("cost_options.csv"), """
                id,service_id,option,currency,amount,amount_description
                c-1,s-1,Meal,GBP,4.50,per meal
                c-2,s-2,Lift,GBP,lots,per trip
                """);
        Files.writeString(pkg.resolve("phones.csv"), "id,service_id,number\np-1,s-2,01634 222222\n");

        ImportReport report = new HsdsCsvPackageImporter().read(pkg);
        // round 9: s-2, whose cost amount is "lots", is left out (it used to be kept without the amount)
        assertThat(report.services()).extracting(Service::id).containsExactly("s-1");
        Service lunch = report.services().get(0);
        assertThat(lunch.needs()).containsExactly("social_groups");
        assertThat(lunch.organization().name()).isEqualTo("Chatham Cares");
        assertThat(lunch.points()).hasSize(1);
        assertThat(lunch.serviceAtLocations().get(0).location().postcode()).isEqualTo("ME4 4TR");
        assertThat(lunch.minimumAge()).isEqualTo(60);
        assertThat(lunch.costOptions().get(0).amount()).isEqualByComparingTo("4.5");
        Files.writeString(pkg.resolve("cost_options.csv"), Files.readString(pkg.resolve("cost_options.csv"))
                .replace("lots", "3.00"));
        Service lifts = new HsdsCsvPackageImporter().read(pkg).services().get(1);
        assertThat(lifts.id()).isEqualTo("s-2");
        assertThat(lifts.needs()).containsExactly("transport");
        assertThat(lifts.deliveries()).containsExactly(Delivery.HOME_VISIT);
        assertThat(lifts.phones()).hasSize(1);
        assertThat(report.problems()).extracting(p -> p.record() + "/" + p.field()).containsExactlyInAnyOrder(
                "row 3/id", "sal-2/service_id", "s-2/cost_options[0].amount");
        assertThat(report.problems()).filteredOn(p -> p.record().equals("s-2")).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith(uk.lantern.directory.hsds.HsdsServiceReader.LEFT_OUT));
        assertThat(report.problems()).filteredOn(p -> p.field().equals("service_id"))
                .singleElement().satisfies(p -> assertThat(p.source()).endsWith("service_at_location.csv"));
    }

    @Test
    void aPackageWithoutServicesSaysWhatIsMissing() throws Exception {
        ImportReport report = new HsdsCsvPackageImporter().read(Files.createDirectories(dir.resolve("empty")));
        assertThat(report.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("services.csv");
    }

    @Test
    void theCommandChecksAFileAndPrintsTheReport() throws Exception {
        Path file = dir.resolve("listings.csv");
        Files.writeString(file, SIMPLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DirectoryImportCommand.run(new String[] {file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Readable: 1 service") // round 9: rows 2 and 4 have bad values and are left out
                .contains("row 4, postcode: \"ZZ1 1ZZ\" doesn't look like a UK postcode") // ZZ is no postcode area
                .contains("Nothing was changed");
        assertThat(DirectoryImportCommand.run(new String[] {}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(DirectoryImportCommand.run(new String[] {dir.resolve("nope.json").toString()},
                new PrintStream(out), new PrintStream(err))).isEqualTo(1);
    }

    @Test
    void theShippedTemplateImportsWithoutProblems() throws Exception {
        Path template = Path.of(getClass().getResource("/lantern/directory/simple-services-template.csv").toURI());
        ImportReport report = new SimpleCsvImporter(Gazetteer.shipped()).read(template);
        assertThat(report.problems()).isEmpty();
        assertThat(report.services()).singleElement().satisfies(s -> {
            assertThat(s.points()).hasSize(1);
            assertThat(s.isFree()).isTrue();
        });
    }

    /** A file name and its text, as a CSV sent as the simple sheet, with what the import must do. */
    private record Sent(String fileName, String text, String refusedAs) {
    }

    @Test
    void aCsvThatIsNotTheSimpleSheetIsRefusedSayingWhatItIs() throws Exception {
        java.util.List<Sent> sent = java.util.List.of(
                new Sent("taxonomy_terms.csv", "id,taxonomy_id,name,code,description\nt1,x,Befriending,BEF,Visits\n"
                        + "t2,x,Lunch clubs,LUN,Meals\n", "this is a list of taxonomy terms (the file is named taxonomy_terms.csv"
                        + " and has the column taxonomy_id)"),
                new Sent("needs list.csv", "id,parent_id,name\na,,Company\nb,a,Visits\n", "this is a list of taxonomy terms,"
                        + " not the simple services sheet (it has the column parent_id)"),
                new Sent("Organizations.CSV", "id,name,description,website\no1,Age Kent,Charity,https://example.org\n",
                        "this is a list of organisations (the file is named organizations.csv)"),
                new Sent("export.csv", "id,name,year_incorporated,legal_status\no1,Age Kent,1990,charity\n",
                        "this is a list of organisations, not the simple services sheet (it has the columns legal_status,"
                                + " year_incorporated)"),
                new Sent("locations.csv", "id,name,latitude,longitude\nl1,Hall,51.3,0.5\n", "this is a list of locations"),
                new Sent("contacts-export.csv", "id,service_id,number,type\np1,s1,01634 000000,voice\n",
                        "this is a table of an HSDS CSV data package, not the simple services sheet (it has the column service_id)"),
                new Sent("taxonomies.csv", "id,name,description,uri,version\nx,LGA services,List,https://example.org,1\n",
                        "this is a list of taxonomies"),
                new Sent("sheet.csv", "title,postcode\nLunch club,ME7 1AA\n",
                        "this is not the simple services sheet: it has no name column (its columns are postcode, title)"),
                new Sent("services.csv", "id,organization_id,name,status\ns1,o1,Lunch club,active\n",
                        "this is a table of an HSDS CSV data package, not the simple services sheet (it has the column"
                                + " organization_id)"),
                new Sent("services.csv", "name,needs\nLunch club,social_groups\n", null),
                // look-alikes: the sheet itself, with few or extra columns, under any name
                new Sent("services-sheet.csv", "name,postcode,needs\nTea and chat,ME7 1AA,social_groups\n", null),
                new Sent("terms.csv", "name,description\nBefriending,Weekly visits\n", null),
                new Sent("directory.csv", "name,notes,latitude,code\nLunch club,ring first,51.3,L1\n", null),
                new Sent("request body", "id,name,website\nw1,Walk and talk,https://example.org\n", null));
        int right = 0;
        for (Sent s : sent) {
            Path file = dir.resolve("upload-" + right + "-" + s.hashCode() + ".csv");
            Files.writeString(file, s.text());
            ImportReport report = new SimpleCsvImporter(Gazetteer.shipped()).read(file, s.fileName());
            boolean ok = s.refusedAs() == null
                    ? !report.services().isEmpty() && report.problems().stream().noneMatch(p -> "file".equals(p.record()))
                    : report.services().isEmpty() && report.problems().size() == 1
                            && report.problems().get(0).message().startsWith(s.refusedAs());
            if (ok) {
                right++;
            } else {
                System.out.println("MISSED " + s.fileName() + ": " + report.problems());
            }
        }
        System.out.println("CSV kinds right: " + right + " of " + sent.size());
        assertThat(right).isEqualTo(sent.size());
    }
}
