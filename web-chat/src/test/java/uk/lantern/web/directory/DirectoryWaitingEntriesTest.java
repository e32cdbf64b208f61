package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.MutableClock;
import uk.lantern.web.security.StaffAccounts;

/**
 * Round 15 (issue 12): an import or harvest held by the removal guard ("waiting to confirm") is
 * closed when its wait ends (confirmed, cancelled, expired, with when), on the admin page's
 * history and in {@code GET /admin/directory/history}; and its refusal names the first 20 services
 * it would remove, how many more, and how to confirm. Real accounts, database, index, clock moved
 * by hand, and a council feed on a real HTTP server on loopback.
 */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
@Import(MutableClock.InContext.class)
class DirectoryWaitingEntriesTest {
    static final String PAGE = "/admin/local-services";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static HttpServer feed;

    @Autowired
    MockMvc mvc;
    @Autowired
    LocalServicesDirectory directory;
    @Autowired
    AccountStore accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    FeedSchedule schedule;

    StaffAccounts staff;

    /** The council's feed: one page holding the first 3 of the 30 services. */
    @DynamicPropertySource
    static void councilFeed(DynamicPropertyRegistry registry) throws IOException {
        feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/oruk/services", exchange -> {
            byte[] body = ("{\"total_items\": 3, \"total_pages\": 1, \"page_number\": 1, \"size\": 3,"
                    + " \"first_page\": true, \"last_page\": true, \"empty\": false, \"contents\": " + services(3)
                    + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feed.start();
        String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/oruk";
        registry.add("lantern.directory.feed.url", () -> url);
        registry.add("lantern.directory.feed.on-start", () -> "false");
        registry.add("lantern.directory.feed.schedule", () -> "-");
    }

    @AfterAll
    static void stopFeed() {
        feed.stop(0);
    }

    private static String id(int i) {
        return String.format("wait-%02d", i);
    }

    /** Services 1 to {@code count} as HSDS JSON, named "Lunch club 01" and so on. */
    static String services(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "{\"id\": \"" + id(i) + "\", \"name\": \"Lunch club "
                + String.format("%02d", i) + "\", \"status\": \"active\"}").collect(Collectors.joining(",", "[", "]"));
    }

    @BeforeEach
    void thirtyServices() throws Exception {
        staff = new StaffAccounts(accounts);
        mvc.perform(post(PAGE + "/import/cancel").with(staff.as(StaffAccounts.ADMIN)).with(csrf()));
        directory.replaceAll(IntStream.rangeClosed(1, 30).mapToObj(i -> Service.builder(id(i),
                "Lunch club " + String.format("%02d", i)).build()).toList(), ImportRecord.IMPORT, "test set-up", 0);
    }

    private MockMultipartFile upload(String name, int count) {
        return new MockMultipartFile("file", name, "application/json",
                services(count).getBytes(StandardCharsets.UTF_8));
    }

    private void uploadHeld(String name) throws Exception {
        mvc.perform(multipart(PAGE + "/import").file(upload(name, 3)).with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#confirm-import"));
    }

    /** The history entries from {@code source} ({@code kind} when not null), newest (highest id) first, read through the admin API. */
    private List<JsonNode> entries(String kind, String source) throws Exception {
        String body = mvc.perform(get("/admin/directory/history").param("limit", "200")
                        .header("Authorization", DirectoryAdminApiTest.BEARER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode e : JSON.readTree(body).get("entries")) {
            if ((source == null || e.get("source").asString().equals(source))
                    && (kind == null || e.get("kind").asString().equals(kind))) {
                found.add(e);
            }
        }
        // The test's set-up writes entries by the real clock, the application by the one moved by hand.
        found.sort(java.util.Comparator.comparingLong((JsonNode e) -> e.get("id").asLong()).reversed());
        if (found.isEmpty()) {
            throw new AssertionError("no history entry from " + source + " in " + body);
        }
        return found;
    }

    private JsonNode entry(String source) throws Exception {
        return entries(null, source).getFirst();
    }

    private String page() throws Exception {
        return mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String shown(Instant at) {
        return DirectoryPageController.WHEN.format(at) + " UTC";
    }

    @Test
    void aCancelledUploadIsClosedAsCancelledWithWhenOnThePageAndInTheApi() throws Exception {
        uploadHeld("cancel-me.json");
        assertThat(entry("cancel-me.json").get("outcome").asString()).isEqualTo(ImportRecord.WAITING);
        assertThat(entry("cancel-me.json").get("closed_at").isNull()).isTrue();
        clock.advance(Duration.ofMinutes(3));
        Instant cancelledAt = clock.instant();
        mvc.perform(post(PAGE + "/import/cancel").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        JsonNode e = entry("cancel-me.json");
        assertThat(e.get("outcome").asString()).isEqualTo(ImportRecord.CANCELLED);
        assertThat(Instant.parse(e.get("closed_at").asString())).isCloseTo(cancelledAt,
                org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
        assertThat(page()).contains("cancelled " + shown(cancelledAt));
        assertThat(directory.store().ids()).hasSize(30);
    }

    @Test
    void anUploadNobodyConfirmsExpiresThirtyMinutesAfterItWasRead() throws Exception {
        Instant readAt = clock.instant();
        uploadHeld("forgotten.json");
        clock.advance(Duration.ofMinutes(29));
        assertThat(page()).contains("forgotten.json would remove 27 of the 30 services");
        assertThat(entry("forgotten.json").get("outcome").asString()).isEqualTo(ImportRecord.WAITING);

        clock.advance(Duration.ofMinutes(2));
        // The API alone, before the page is shown, closes it too.
        JsonNode e = entry("forgotten.json");
        assertThat(e.get("outcome").asString()).isEqualTo(ImportRecord.EXPIRED);
        assertThat(Instant.parse(e.get("closed_at").asString())).isCloseTo(readAt.plus(PendingImports.LIFETIME),
                org.assertj.core.api.Assertions.within(5, ChronoUnit.SECONDS));
        String page = page();
        assertThat(page).doesNotContain("forgotten.json would remove").contains(">expired</strong>")
                .contains("expired " + shown(Instant.parse(e.get("closed_at").asString())));
        mvc.perform(post(PAGE + "/import/confirm").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("refused", Matchers.startsWith("There is no import waiting")));
        assertThat(directory.store().ids()).hasSize(30);
    }

    @Test
    void aConfirmedUploadIsClosedAsConfirmedBesideTheAppliedEntry() throws Exception {
        uploadHeld("confirm-me.json");
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post(PAGE + "/import/confirm").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        assertThat(directory.store().ids()).hasSize(3);
        List<JsonNode> two = entries(null, "confirm-me.json");
        assertThat(two).extracting(e -> e.get("outcome").asString())
                .containsExactly(ImportRecord.APPLIED, ImportRecord.CONFIRMED);
        assertThat(two.get(1).get("closed_at").isNull()).isFalse();
        assertThat(two.get(0).get("closed_at").isNull()).isTrue();
    }

    @Test
    void aSecondUploadCancelsTheFirstWaitingOne() throws Exception {
        uploadHeld("first.json");
        uploadHeld("second.json");
        assertThat(entry("first.json").get("outcome").asString()).isEqualTo(ImportRecord.CANCELLED);
        assertThat(entry("second.json").get("outcome").asString()).isEqualTo(ImportRecord.WAITING);
    }

    @Test
    void aHarvestRefusedByTheRemovalGuardNamesTheFirstTwentyHowManyMoreAndHowToConfirm() throws Exception {
        schedule.harvestSoon("admin", "test", false, true).get();
        assertThat(directory.store().ids()).hasSize(30);
        JsonNode e = entries(ImportRecord.HARVEST, null).getFirst();
        assertThat(e.get("outcome").asString()).isEqualTo(ImportRecord.WAITING);
        String summary = e.get("summary").asString();
        // Sorted by id, wait-04 to wait-23 are the first 20 of the 27 it would remove.
        for (int i = 4; i <= 23; i++) {
            assertThat(summary).contains("Lunch club " + String.format("%02d", i) + " (" + id(i) + ")");
        }
        assertThat(summary).doesNotContain("(" + id(24) + ")").doesNotContain("(" + id(3) + ")")
                .contains("it would remove 27 of the 30 services").contains(" and 7 more.")
                .contains("ticks \"Apply it even if it removes more than 25% of the services\" and presses"
                        + " \"Harvest now\"");
        // The page shows the same summary, its details open.
        String page = page();
        assertThat(page).contains("Lunch club 04 (wait-04)").contains("Lunch club 23 (wait-23)")
                .contains("and 7 more").contains("Harvest now&quot; on the admin directory page")
                .containsPattern("<details class=\"govuk-details[^\"]*\" open=\"open\"");

        // Confirming (the tick box) applies it and closes the entry that waited.
        schedule.harvestSoon("admin", "test", true, true).get();
        assertThat(directory.store().ids()).hasSize(3);
        assertThat(entries(ImportRecord.HARVEST, null)).extracting(h -> h.get("outcome").asString())
                .startsWith(ImportRecord.APPLIED, ImportRecord.CONFIRMED);
    }

    @Test
    void anApiImportRefusedByTheRemovalGuardNamesTheFirstTwentyAndHowManyMore() throws Exception {
        mvc.perform(post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                        .contentType(MediaType.APPLICATION_JSON).content(services(3)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.removing.length()").value(20))
                .andExpect(jsonPath("$.removing[0]").value("Lunch club 04 (wait-04)"))
                .andExpect(jsonPath("$.removing[19]").value("Lunch club 23 (wait-23)"))
                .andExpect(jsonPath("$.more").value(7))
                .andExpect(jsonPath("$.entry").isNumber())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(
                        "Lunch club 23 (wait-23) and 7 more. Nothing was changed. If that is intended, send the"
                                + " import again with confirm=true.")));
        JsonNode e = entry("request body");
        assertThat(e.get("outcome").asString()).isEqualTo(ImportRecord.WAITING);
        assertThat(e.get("summary").asString()).contains("Lunch club 23 (wait-23) and 7 more")
                .contains("send the same import again through the admin API with confirm=true");
        mvc.perform(post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                        .param("confirm", "true").contentType(MediaType.APPLICATION_JSON).content(services(3)))
                .andExpect(status().isOk());
        assertThat(entries(null, "request body")).extracting(h -> h.get("outcome").asString())
                .startsWith(ImportRecord.APPLIED, ImportRecord.CONFIRMED);
    }

    @Test
    void aBadHistoryLimitIsAProblemDetail() throws Exception {
        mvc.perform(get("/admin/directory/history").param("limit", "0")
                        .header("Authorization", DirectoryAdminApiTest.BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/admin/directory/history").param("limit", "ten")
                        .header("Authorization", DirectoryAdminApiTest.BEARER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/directory/history")).andExpect(status().isUnauthorized());
    }
}
