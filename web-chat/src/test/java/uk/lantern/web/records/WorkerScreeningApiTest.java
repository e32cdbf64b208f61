package uk.lantern.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.StaffAccounts;

/** The tablet's storing endpoint, the CSV export and the admin's erasure page, over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkerScreeningApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    StaffAccounts staff;
    String reference;

    @BeforeEach
    void setUp() {
        staff = new StaffAccounts(accounts);
        reference = "API-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String body(UUID submission, boolean consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submission.toString());
        body.put("consent", consent);
        body.put("reference", reference);
        body.put("answers", ScreeningRecordsContract.answers());
        return JSON.writeValueAsString(body);
    }

    private int rows() {
        return jdbc.sql("select count(*) from screening where reference = ?").param(reference).query(Integer.class)
                .single();
    }

    @Test
    void aRetriedSubmissionGetsTheSameRecordAndStoresOnce() throws Exception {
        UUID submission = UUID.randomUUID();
        double completed = doorstepScreeningsCompleted();
        String first = mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(submission, true)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/worker/screenings/")))
                .andExpect(jsonPath("$.created").value(true))
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(submission, true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(again).get("id")).isEqualTo(JSON.readTree(first).get("id"));
        assertThat(rows()).isEqualTo(1);
        // The operations metric counts the screening once too (docs/deployment.md).
        assertThat(doorstepScreeningsCompleted()).isEqualTo(completed + 1);
    }

    private double doorstepScreeningsCompleted() {
        var counter = meters.find("lantern.screenings.completed").tag("channel", "doorstep").counter();
        return counter == null ? 0 : counter.count();
    }

    private String bodyWithPlace(UUID submission, String place) {
        Map<String, Object> answers = new LinkedHashMap<>(ScreeningRecordsContract.answers());
        answers.put("postcode", place);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submission.toString());
        body.put("consent", true);
        body.put("reference", reference);
        body.put("answers", answers);
        return JSON.writeValueAsString(body);
    }

    /**
     * Round 15 (issue 13): the doorstep's place answer may be a town or a sector, as the person says it, read on the
     * server by the chat's place reader: the record keeps the words given beside the area they resolved to.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Chatham          | ME4
            'Strood, Kent'   | ME2
            chatam           | ME4
            ME7 1            | ME7
            ME7 1AB          | ME7 1AB
            """)
    void aTownOrSectorIsStoredAsGivenBesideTheAreaItResolvedTo(String place, String area) throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bodyWithPlace(UUID.randomUUID(), place)))
                .andExpect(status().isCreated());
        Map<String, Object> row = jdbc.sql("select place_given, postcode, answers from screening where reference = ?")
                .param(reference).query().singleRow();
        assertThat(row.get("place_given")).isEqualTo(place);
        assertThat(row.get("postcode")).isEqualTo(area);
        assertThat(JSON.readTree(String.valueOf(row.get("answers"))).get("postcode").asText()).isEqualTo(area);
    }

    /**
     * Round 16 (issue 13): the records export carries the place as given at the door beside the area it resolved to,
     * so a team can see "Strood, Kent" where the postcode column says ME2.
     */
    @Test
    void theExportCarriesThePlaceGivenBesideTheArea() throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bodyWithPlace(UUID.randomUUID(), "Strood, Kent")))
                .andExpect(status().isCreated());
        byte[] bytes = mvc.perform(get("/worker/export.csv?scope=mine").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        var row = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords().stream()
                .filter(r -> r.get("Reference").equals(reference)).findFirst().orElseThrow();
        assertThat(row.get("Place given")).isEqualTo("Strood, Kent");
        assertThat(row.get("Postcode")).isEqualTo("ME2");
    }

    /** A place Lantern cannot place is refused, linked to the place question, and nothing is stored. */
    @Test
    void aPlaceLanternCannotPlaceIsRefusedForTheWorkerToCorrect() throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bodyWithPlace(UUID.randomUUID(), "Narnia")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("answers.postcode"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Lantern does not know \"Narnia\"")));
        assertThat(rows()).isZero();
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bodyWithPlace(UUID.randomUUID(),
                                "x".repeat(ScreeningRecords.MAX_PLACE + 1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.postcode"));
        assertThat(rows()).isZero();
    }

    /** The tablet's check while online: the place in the body, understood or why not; nothing stored. */
    @Test
    void thePlaceCheckSaysWhetherLanternCanPlaceIt() throws Exception {
        mvc.perform(post("/api/worker/place").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"Strood, Kent\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(true))
                .andExpect(jsonPath("$.understood").value("Strood"));
        mvc.perform(post("/api/worker/place").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"Narnia\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(false))
                .andExpect(jsonPath("$.message", startsWith("Lantern does not know")));
        mvc.perform(post("/api/worker/place").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"Chatham\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("signed out").isNotEqualTo(200));
    }

    @Test
    void badInputGetsAProblemNamingEachFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(UUID.randomUUID(), false)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("consent")));
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"submissionId\":\"not-a-uuid\"}"))
                .andExpect(status().isBadRequest());
        assertThat(rows()).isZero();
    }

    @Test
    void exportIsCsvThatIsNeverCached() throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(UUID.randomUUID(), true)))
                .andExpect(status().isCreated());
        String csv = mvc.perform(get("/worker/export.csv?scope=mine").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"lantern-mine-")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(reference);
        mvc.perform(get("/worker/export.csv?scope=everyone").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
    }

    @Test
    void exportOpensInASpreadsheetWithThePagesWordsAndUkTimes() throws Exception {
        String id = JSON.readTree(mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body(UUID.randomUUID(), true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        byte[] bytes = mvc.perform(get("/worker/export.csv?scope=mine").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // The UTF-8 byte-order mark, so Excel reads the pound sign and accents.
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        var row = rows.stream().filter(r -> r.get("Reference").equals(reference)).findFirst().orElseThrow();
        assertThat(row.get("Result")).isIn("Lower risk", "Some risk", "Higher risk");
        assertThat(row.get("Screened (UK time)")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(row.get("Urgent concerns")).isIn("Yes", "No");
        assertThat(csv).doesNotContain(id);
        assertThat(row.get("Risk factors (points)")).doesNotContain("_");
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsShownAsText() {
        assertThat(RecordsCsv.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RecordsCsv.defused("-1")).isEqualTo("'-1");
        assertThat(RecordsCsv.defused("Mrs Brown")).isEqualTo("Mrs Brown");
        assertThat(RecordsCsv.ukMinute(java.time.Instant.parse("2026-07-01T12:34:56.789Z"))).isEqualTo("2026-07-01 13:34");
        assertThat(RecordsCsv.ukMinute(java.time.Instant.parse("2026-12-01T12:34:56.789Z"))).isEqualTo("2026-12-01 12:34");
    }

    @Test
    void anAdminErasesAPersonsRecordsOnRequest() throws Exception {
        mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(UUID.randomUUID(), true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/admin/erasure").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("team", StaffAccounts.TEAM).param("reference", reference))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Confirm that the person asked for their records to be erased")));
        assertThat(rows()).isEqualTo(1);
        mvc.perform(post("/admin/erasure").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("team", StaffAccounts.TEAM).param("reference", reference).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("erased", 1));
        assertThat(rows()).isZero();
    }

    @Test
    void anAdminSeesWhoHasTouchedARecordAndNothingPersonal() throws Exception {
        String created = mvc.perform(post("/api/worker/screenings").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(UUID.randomUUID(), true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(created).get("id").asString();
        String page = mvc.perform(get("/admin/audit").param("record", id).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Everything about record " + id, "record created", StaffAccounts.WORKER)
                .doesNotContain(reference);
        mvc.perform(get("/admin/audit").param("record", "not-an-id").with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a record id in the form")));
    }
}
