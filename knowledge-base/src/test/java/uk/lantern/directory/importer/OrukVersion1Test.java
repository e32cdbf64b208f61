package uk.lantern.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.hsds.PlainText;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.store.TestDatabase;

/**
 * An ORUK 1.0 feed (src/test/resources/oruk-1.0, written for these tests in the published 1.0
 * shape) is recognised, mapped to HSDS 3.0 and kept whole: every value it holds is in what the
 * directory serves back after a restart.
 */
class OrukVersion1Test {
    private static final String FIRST = "3c8f3f36-7a5e-4a52-9d3e-1f0b7c2a9e01";
    private static final String PHONE = "8a9b0c1d-2e3f-4a4b-8c5d-7e8f9a0b1c52";
    private static final String SHED = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1af2";

    @TempDir
    Path dir;

    static JsonNode feed() throws IOException {
        try (InputStream in = OrukVersion1Test.class.getResourceAsStream("/oruk-1.0/services-page.json")) {
            return HsdsServiceWriter.JSON.readTree(in);
        }
    }

    private static ImportReport read(JsonNode feed) {
        return PostcodePlacement.place(new HsdsJsonImporter().read(feed, "oruk1.json"), Gazetteer.shipped());
    }

    private static Map<String, Service> byId(ImportReport report) {
        return report.services().stream().collect(Collectors.toMap(Service::id, s -> s));
    }

    @Test
    void recognisesVersion1PagesAndServicesButNotVersion3() throws IOException {
        JsonNode feed = feed();
        assertThat(OrukVersion1.recognises(feed)).isTrue();
        assertThat(OrukVersion1.recognises(feed.get("content"))).isTrue();
        assertThat(OrukVersion1.recognises(feed.get("content").get(0))).isTrue();
        ObjectNode v3 = HsdsServiceWriter.write(Service.builder("s", "A service").build());
        assertThat(OrukVersion1.recognises(v3)).isFalse();
    }

    @Test
    void mapsVersion1FieldsToWhatLanternSearchesOn() throws IOException {
        ImportReport report = read(feed());
        Map<String, Service> services = byId(report);
        assertThat(services).containsOnlyKeys(FIRST, PHONE, SHED);

        Service lunch = services.get(FIRST);
        assertThat(lunch.description()).isEqualTo("A weekly hot lunch and a chat for older residents.");
        assertThat(lunch.feesDescription()).isEqualTo("£3.50 per meal");
        assertThat(lunch.organization().name()).isEqualTo("Riverside Friendship Trust");
        assertThat(lunch.organization().website()).isEqualTo("https://friendship.example.org.uk");
        assertThat(lunch.minimumAge()).isEqualTo(60);
        assertThat(lunch.maximumAge()).isNull();
        assertThat(lunch.eligibilityDescription()).isEqualTo("Older people");
        assertThat(lunch.deliveries()).containsExactly(Delivery.GROUP_VENUE);
        assertThat(lunch.needs()).containsExactly("social_groups");
        assertThat(lunch.openDays()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(lunch.assuredDate()).hasToString("2024-03-01");
        assertThat(lunch.costOptions().get(0).currency()).isEqualTo("GBP");
        assertThat(lunch.otherTerms()).extracting(TaxonomyTerm::id)
                .contains("lga-st-1234", "oruk-attending_type:venue", "oruk-attending_access:drop-in",
                        "oruk-deliverable_type:information", "oruk-eligibility:older-people",
                        "oruk-1.0-fields:pc_service_type", "oruk-1.0-fields:reviews",
                        "oruk-1.0-fields:service_at_locations[0].location.pc_ward",
                        "oruk-1.0-fields:organization.pc_charity_number");

        Service phone = services.get(PHONE);
        assertThat(phone.deliveries()).containsExactly(Delivery.TELEPHONE);
        assertThat(phone.needs()).containsExactly("befriending");
        assertThat(phone.minimumAge()).isEqualTo(18);
        assertThat(phone.maximumAge()).isEqualTo(120);
        // 1.0 puts this schedule on the service_at_location; the day filter counts it all the same
        assertThat(phone.document().at("/service_at_locations/0/schedules/0/freq").asString()).isEqualTo("MONTHLY");
        assertThat(phone.openDays()).containsExactly(DayOfWeek.MONDAY);
        // round 14: the feed gave this organisation no description, so it is empty, as HSDS 3.0 requires one
        // (it was filled with the organisation's name)
        assertThat(phone.document().at("/organization/description").asString()).isEmpty();
    }

    /**
     * An organisation's description is what the feed sent, never made up (round 14). Rows: the feed's three
     * organisations (two described, one not) and two of my own, one sent with an empty description and one
     * sent with none; HSDS 3.0 requires the field, so one not sent is empty. Main before got 3 of 5 right (the two without a description got their name).
     */
    @Test
    void anOrganisationKeepsTheDescriptionItWasSentAndGetsNoneMadeUp() throws IOException {
        ObjectNode page = (ObjectNode) feed();
        ArrayNode content = (ArrayNode) page.get("content");
        ObjectNode empty = (ObjectNode) content.get(0).deepCopy();
        empty.put("id", "own-empty");
        ((ObjectNode) empty.get("organization")).put("id", "org-empty").put("name", "Hoo Lunch Club").put("description", "");
        content.add(empty);
        ObjectNode unnamed = (ObjectNode) content.get(0).deepCopy();
        unnamed.put("id", "own-plain");
        ObjectNode org = HsdsServiceWriter.JSON.createObjectNode().put("id", "org-plain").put("name", "Strood Walkers");
        unnamed.set("organization", org);
        content.add(unnamed);
        Map<String, Service> services = byId(read(page));
        Map<String, String> descriptions = new java.util.TreeMap<>();
        services.values().forEach(s -> descriptions.put(s.organization().name(),
                String.valueOf(s.document().at("/organization").get("description"))));
        assertThat(descriptions).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Riverside Friendship Trust", "\"A small charity running lunch clubs.\"",
                "Good Neighbours Medway", "\"\"",
                "Shed Network", "\"Volunteer-run sheds.\"",
                "Hoo Lunch Club", "\"\"",
                "Strood Walkers", "\"\""));
    }

    @Test
    void aPostcodeOnlyLocationIsPlacedAndMarkedDerivedOrReportedWhenItCannotBe() throws IOException {
        ImportReport report = read(feed());
        Service phone = byId(report).get(PHONE);
        assertThat(phone.points()).singleElement().satisfies(p -> {
            assertThat(p.latitude()).isBetween(51.3, 51.4);
            assertThat(p.longitude()).isBetween(0.5, 0.6);
        });
        JsonNode location = HsdsServiceWriter.write(phone).at("/service_at_locations/0/location");
        assertThat(location.path("metadata")).hasSize(2).allSatisfy(m -> {
            assertThat(m.path("last_action_type").asString()).isEqualTo(PostcodePlacement.DERIVED);
            assertThat(m.path("updated_by").asString()).contains("ME7 9ZZ").contains("district ME7");
        });
        assertThat(location.path("metadata")).extracting(m -> m.path("field_name").asString())
                .containsExactly("latitude", "longitude");

        Service shed = byId(report).get(SHED);
        assertThat(shed.points()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo(SHED);
            assertThat(p.field()).isEqualTo("service_at_locations[0].location");
            assertThat(p.message()).contains("could not place the postcode");
        });
    }

    @Test
    void everyValueOfTheFeedIsServedBackAfterARestart() throws IOException {
        JsonNode feed = feed();
        ImportReport report = read(feed);
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"), TestDatabase.store(dir))) {
            directory.replaceAll(report.services(), ImportRecord.IMPORT, "oruk1.json", report.problems().size());
        }
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"),
                new uk.lantern.directory.store.DirectoryStore(TestDatabase.reopen(dir)))) {
            for (JsonNode published : feed.get("content")) {
                JsonNode served = directory.oruk().service(published.get("id").asString()).orElseThrow();
                Set<String> servedValues = new HashSet<>();
                leaves(served, servedValues);
                for (JsonNode attribute : served.path("attributes")) {
                    if (attribute.path("value").asString("").startsWith("[")
                            || attribute.path("value").asString("").startsWith("{")) {
                        leaves(HsdsServiceWriter.JSON.readTree(attribute.get("value").asString()), servedValues);
                    }
                }
                Set<String> publishedValues = new TreeSet<>();
                leaves(published, publishedValues);
                publishedValues.removeAll(servedValues);
                assertThat(publishedValues).as("values of %s not served back", published.get("name")).isEmpty();
            }
        }
    }

    @Test
    void onePageOfAVersion1FeedIsRefusedAsAFileImport() throws IOException {
        ObjectNode page = (ObjectNode) feed();
        page.put("last", false);
        page.put("totalPages", 4);
        ImportReport report = new HsdsJsonImporter().read(page, "page1.json");
        assertThat(report.services()).isEmpty();
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("page 1 of 4"));
        assertThat(new HsdsJsonImporter(true).read(page, "harvest").services()).hasSize(3);
    }

    /**
     * Every scalar value, normalised the way 1.0 and 3.0 legitimately differ: HTML becomes text,
     * case of enumerations, "1" and 1.0 are one number, midnight date-times are dates.
     */
    private static void leaves(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if ("closed".equals(e.getKey()) && e.getValue().isBoolean()) {
                    into.add(e.getValue().asBoolean() ? "closed" : "open"); // kept as the schedule's notes
                } else {
                    leaves(e.getValue(), into);
                }
            }
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> leaves(child, into));
            return;
        }
        if (node.isNull()) {
            return;
        }
        String s = node.asString();
        if (PlainText.hasMarkup(s)) {
            s = PlainText.of(s);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00")) {
            s = s.substring(0, 10);
        }
        try {
            s = new BigDecimal(s.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            // text stays text
        }
        into.add(s.toLowerCase(Locale.ROOT));
    }
}
