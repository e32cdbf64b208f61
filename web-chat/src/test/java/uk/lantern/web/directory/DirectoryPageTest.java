package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.AuditLog;
import uk.lantern.web.security.StaffAccounts;

/**
 * The admin directory page over MockMvc with real accounts, a real database and index, and a
 * council feed on a real HTTP server on loopback: only admins reach it, forms need their CSRF
 * token, "harvest now" harvests the feed, uploads import through the same guards as the API
 * (with the removal confirmation on the page), the taxonomy mapping is validated and saved, and
 * each change is in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPageTest {
    static final String PAGE = "/admin/local-services";
    /** The council's feed for the context being made; each test class (and its context) gets its own. */
    static HttpServer feed;

    @Autowired
    MockMvc mvc;
    @Autowired
    LocalServicesDirectory directory;
    @Autowired
    AccountStore accounts;
    @Autowired
    AuditLog audit;

    StaffAccounts staff;

    /** One page of three services, as a council's ORUK API would serve it. */
    private static HttpServer feed() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/oruk/services", exchange -> {
                String contents = IntStream.rangeClosed(1, 3).mapToObj(i -> "{\"id\": \"feed-" + i
                        + "\", \"name\": \"Feed service " + i + "\", \"status\": \"active\"}")
                        .collect(Collectors.joining(",", "[", "]"));
                byte[] body = ("{\"total_items\": 3, \"total_pages\": 1, \"page_number\": 1, \"size\": 3,"
                        + " \"first_page\": true, \"last_page\": true, \"empty\": false, \"contents\": " + contents + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void councilFeed(DynamicPropertyRegistry registry) {
        feed = feed();
        String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/oruk";
        registry.add("lantern.directory.feed.url", () -> url);
        registry.add("lantern.directory.feed.on-start", () -> "false");
        registry.add("lantern.directory.feed.schedule", () -> "-");
    }

    @AfterAll
    static void stopFeed() {
        feed.stop(0);
    }

    @BeforeEach
    void knownState() throws Exception {
        staff = new StaffAccounts(accounts);
        mvc.perform(post(PAGE + "/import/cancel").with(staff.as(StaffAccounts.ADMIN)).with(csrf()));
        directory.replaceAll(services(8).stream().map(i -> Service.builder("page-" + i, "Page " + i).build()).toList(),
                ImportRecord.IMPORT, "test set-up", 0);
    }

    private static List<Integer> services(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    private static MockMultipartFile json(String name, int count, String extra) {
        String body = services(count).stream().map(i -> "{\"id\": \"page-" + i + "\", \"name\": \"Page " + i
                + "\", \"status\": \"active\"}").collect(Collectors.joining(",", "[", extra + "]"));
        return new MockMultipartFile("file", name, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private List<AuditLog.Action> latestActions() {
        return audit.latest(5).stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void onlyAdminsReachThePageAndItsFormsNeedTheirToken() throws Exception {
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.WORKER))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        mvc.perform(multipart(PAGE + "/import").file(json("feed.json", 8, "")).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("History of imports and harvests")))
                .andExpect(content().string(Matchers.containsString("taxonomy,term,need,note")))
                .andExpect(content().string(Matchers.containsString("/oruk/services")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("sample-warning"))));
    }

    @Test
    void harvestNowPullsTheCouncilsFeedAndIsAudited() throws Exception {
        mvc.perform(post(PAGE + "/harvest").with(staff.as(StaffAccounts.ADMIN)).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("done", Matchers.startsWith("The harvest has started")));
        assertThat(latestActions()).contains(AuditLog.Action.DIRECTORY_HARVEST_ASKED);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (!directory.store().ids().contains("feed-1") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(directory.store().ids()).containsExactlyInAnyOrder("feed-1", "feed-2", "feed-3");
        assertThat(directory.store().lastApplied()).get().extracting(ImportRecord::kind).isEqualTo(ImportRecord.HARVEST);
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("harvest: http://127.0.0.1:")));
    }

    @Test
    void anUploadedFileReplacesTheDirectoryAndIsAudited() throws Exception {
        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 7, ""))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                // round 16b (a data officer's trial): it said "1 removed" but not which
                .andExpect(flash().attribute("done", Matchers.allOf(Matchers.containsString("1 removed"),
                        Matchers.endsWith(" Removed: Page 8 (page-8)."))));
        assertThat(directory.store().ids()).hasSize(7);
        // the history (page and API) keeps the names with the entry
        assertThat(directory.store().history(1).getFirst().summary()).endsWith(" Removed: Page 8 (page-8).");
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("Removed: Page 8 (page-8).")));
        assertThat(latestActions()).first().isEqualTo(AuditLog.Action.DIRECTORY_IMPORTED);
    }

    @Test
    void aFileWithProblemsGetsAnErrorSummaryAndChangesNothingUnlessTheGoodServicesAreAskedFor() throws Exception {
        String bad = ", {\"id\": \"page-9\", \"name\": \"Bad\", \"status\": \"closed-ish\"}";
        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 8, bad))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("1 problem found in council.json")))
                .andExpect(content().string(Matchers.containsString("unknown status")))
                // round 16 (a data officer's trial): the warning was listed under "There is a problem" as
                // ", needs: warning: ..."; warnings go under their own heading, with no stray comma
                .andExpect(content().string(Matchers.containsString("<h2 class=\"govuk-heading-s\">Warnings</h2>")))
                .andExpect(content().string(Matchers.containsString("<li>needs: 8 services map to no need")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(", needs"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<a href=\"#file\">needs"))));
        assertThat(directory.store().ids()).hasSize(8).doesNotContain("page-9");
        assertThat(directory.store().history(1).getFirst().outcome()).isEqualTo(ImportRecord.REFUSED);

        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 8, bad)).param("partial", "true")
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                // round 14: the warning (the 8 services map to no need) is counted apart from the problem
                .andExpect(flash().attribute("done", Matchers.endsWith("0 removed, 1 problem, 1 warning.")));
        var entry = directory.store().entries(1).getFirst();
        assertThat(entry.record()).extracting(ImportRecord::outcome, ImportRecord::problems, ImportRecord::warnings)
                .containsExactly(ImportRecord.APPLIED, 1, 1);
        assertThat(directory.store().problems(entry.id())).filteredOn(p -> !p.warning()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown status"));
        assertThat(directory.store().problems(entry.id())).filteredOn(p -> p.warning())
                .allSatisfy(p -> assertThat(p.field()).isEqualTo("needs"));
    }

    /**
     * Round 16 (a data officer's trial): the first test import on the page replaced the sample services without
     * asking, since the removal guard leaves the sample alone. It asks once; after that the council's data is
     * the directory and the usual guard applies.
     */
    @Test
    void aFirstImportOverTheSampleDataAsksOnceBeforeReplacingIt() throws Exception {
        List<Service> sample = uk.lantern.directory.ShippedDirectory.services();
        directory.replaceAll(sample, ImportRecord.SAMPLE, "sample", 0);
        assertThat(directory.isSample()).isTrue();
        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 2, ""))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#confirm-import"));
        assertThat(directory.isSample()).isTrue();
        assertThat(directory.store().count()).isEqualTo(sample.size());
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("The directory holds Lantern&#39;s sample data: "
                        + sample.size() + " example services. Importing council.json replaces all of them with its 2"
                        + " services. Nothing has changed yet.")))
                .andExpect(content().string(Matchers.containsString("Replace the sample data")))
                // round 16b: the national lines in the sample go with it, and the page says so
                .andExpect(content().string(Matchers.containsString("The national lines in the sample")));
        assertThat(sample).extracting(Service::name).contains("Samaritans", "NHS 111")
                .anySatisfy(name -> assertThat(name).startsWith("The Silver Line"));
        mvc.perform(post(PAGE + "/import/confirm").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        // the applied entry names the first 20 sample services it removed (by id) and counts the rest
        assertThat(directory.store().history(1).getFirst().summary())
                .contains(" Removed: ", "(" + sample.stream().map(Service::id).sorted().findFirst().orElseThrow() + ")")
                .endsWith(" and " + (sample.size() - 20) + " more.");
        assertThat(directory.store().ids()).containsExactlyInAnyOrder("page-1", "page-2");
        // the held upload's need warning is kept once (a confirmed upload was warned about a second time)
        assertThat(directory.store().history(1).getFirst().warnings()).isEqualTo(1);
        assertThat(directory.isSample()).isFalse();
        // once: the same file again is applied without asking
        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 2, ""))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        // a file with problems over the sample is refused as before, without asking first
        directory.replaceAll(sample, ImportRecord.SAMPLE, "sample", 0);
        mvc.perform(multipart(PAGE + "/import").file(json("council.json", 2,
                                ", {\"id\": \"page-9\", \"name\": \"Bad\", \"status\": \"closed-ish\"}"))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 problem found in council.json")));
        assertThat(directory.isSample()).isTrue();
    }

    @Test
    void anImportRemovingManyServicesWaitsForTheAdminsConfirmationOnThePage() throws Exception {
        mvc.perform(multipart(PAGE + "/import").file(json("smaller.json", 3, ""))
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#confirm-import"));
        assertThat(directory.store().ids()).hasSize(8);
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString(
                        "smaller.json would remove 5 of the 8 services in the directory, more than 25%")))
                // Round 13 (new-user trial): the page names the services that would go
                .andExpect(content().string(Matchers.containsString("Among the services it would remove:")))
                .andExpect(content().string(Matchers.containsString("Page 4 (page-4)")))
                .andExpect(content().string(Matchers.containsString("Page 8 (page-8)")));
        // round 14: the history says it waits (it said "refused"); round 16: it counts what confirming would
        // do, shown as such (it counted 0 removed, which a data officer read as nothing to remove)
        assertThat(directory.store().history(1).getFirst())
                .extracting(ImportRecord::outcome, ImportRecord::added, ImportRecord::changed, ImportRecord::removed)
                .containsExactly(ImportRecord.WAITING, 0, 3, 5);
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString(
                        "<td data-label=\"Removed\" class=\"govuk-table__cell govuk-table__cell--numeric\">would be 5</td>")));

        mvc.perform(post(PAGE + "/import/confirm").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        assertThat(directory.store().ids()).containsExactlyInAnyOrder("page-1", "page-2", "page-3");
        mvc.perform(post(PAGE + "/import/confirm").with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("refused", Matchers.startsWith("There is no import waiting")));
    }

    @Test
    void aBadMappingGetsAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String typed = "taxonomy,term,need,note\nesdServiceTypes,Good neighbours,neighbourliness,typo\n";
        mvc.perform(multipart(PAGE + "/taxonomy").param("mapping", typed)
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Line 2: &quot;neighbourliness&quot; is not one of Lantern&#39;s needs")))
                .andExpect(content().string(Matchers.containsString("esdServiceTypes,Good neighbours,neighbourliness,typo")));
        assertThat(directory.taxonomyMapping().csv()).doesNotContain("neighbourliness");
    }

    @Test
    void aGoodMappingIsSavedUsedAndAudited() throws Exception {
        directory.replaceAll(List.of(Service.builder("page-1", "Good neighbours of Strood")
                .term(new uk.lantern.directory.model.TaxonomyTerm("gn", null, "Good neighbours", null, "esdServiceTypes"))
                .build()), ImportRecord.IMPORT, "test set-up", 0);
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("1 council term in the directory map to no need")));
        String mapping = "taxonomy,term,need,note\nesdServiceTypes,Good neighbours,befriending,Medway's own term\n";
        mvc.perform(multipart(PAGE + "/taxonomy").param("mapping", mapping)
                        .with(staff.as(StaffAccounts.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));
        assertThat(directory.taxonomyMapping().rows()).hasSize(1);
        assertThat(directory.service("page-1")).get().extracting(Service::needs).asList().containsExactly("befriending");
        assertThat(latestActions()).first().isEqualTo(AuditLog.Action.DIRECTORY_MAPPING_SAVED);
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("Every council term in the directory maps to a need")));
    }

    @Test
    void theDefaultMappingMapsLgaTypesByUriAndListsAnUnmappedOneByItsIdentifier() throws Exception {
        directory.replaceAll(List.of(
                Service.builder("page-lga-1", "Grief cafe").term(new uk.lantern.directory.model.TaxonomyTerm(
                        "http://id.esd.org.uk/service/328/", null, "Bereavement support", null, "esd")).build(),
                Service.builder("page-lga-2", "Cycle pound").term(new uk.lantern.directory.model.TaxonomyTerm(
                        "https://id.esd.org.uk/service/1512", null, "Abandoned bicycles", null, "esdServiceTypes")).build()),
                ImportRecord.IMPORT, "test set-up", 0);
        assertThat(directory.service("page-lga-1")).get().extracting(Service::needs).asList()
                .containsExactly("bereavement_support");
        mvc.perform(get(PAGE).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("1 council term in the directory map to no need")))
                .andExpect(content().string(Matchers.containsString("<td data-label=\"Term id\" class=\"govuk-table__cell\">1512</td>")))
                .andExpect(content().string(Matchers.containsString("Abandoned bicycles")))
                // round 14: a readable name, not the feed's "esdServiceTypes"
                .andExpect(content().string(Matchers.containsString(
                        "<td data-label=\"Taxonomy\" class=\"govuk-table__cell\">LGA service types (esd)</td>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">esdServiceTypes</td>"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">Bereavement support</td>"))));
    }
}
