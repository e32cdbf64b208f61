package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.records.NewScreening;
import uk.lantern.web.records.ScreeningRecords;
import uk.lantern.web.records.StoredScreening;
import uk.lantern.web.security.StaffAccounts;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * A worker corrects the place on a stored record (issue #13): validated with the GOV.UK error
 * summary, suggestions and leaflet found again for the new place, audited without the place, and
 * post-redirect-get with the place only in the form's body.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceCorrectionTest {

    /** A real postcode that the shipped (Medway) gazetteer does not know. */
    private static final String UNKNOWN_TO_LANTERN = "SW1A 1AA";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    ScreeningRecords records;

    @Autowired
    ScreeningResults results;

    @Autowired
    JdbcClient jdbc;

    StaffAccounts staff;

    @BeforeEach
    void staff() {
        staff = new StaffAccounts(accounts);
    }

    private StoredScreening storedWithPostcode(String postcode) {
        Map<String, Object> answers = new HashMap<>(WorkerPagesTest.lonelyAnswers());
        answers.put("postcode", postcode);
        String reference = "REF-" + UUID.randomUUID().toString().substring(0, 8);
        return records.save(new NewScreening(UUID.randomUUID(), true, reference, answers), StaffAccounts.WORKER)
                .record();
    }

    private MockHttpServletRequestBuilder correct(StoredScreening record, String place) {
        MockHttpServletRequestBuilder post = post("/worker/screenings/" + record.id() + "/place")
                .with(staff.as(StaffAccounts.WORKER)).with(csrf());
        return place == null ? post : post.param("place", place);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(staff.as(StaffAccounts.WORKER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private List<String> placeAudit(StoredScreening record) {
        return jdbc.sql("select actor || '|' || detail from audit_entry where record_id = ? and action = 'RECORD_UPDATED'")
                .param(record.id()).query(String.class).list();
    }

    private StoredScreening reread(StoredScreening record) {
        return records.read(record.id(), StaffAccounts.WORKER).orElseThrow();
    }

    @Test
    void aPlaceLanternDidNotKnowIsCorrectedAndTheServicesAndLeafletFollowTheNewPlace() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        String before = page("/worker/screenings/" + record.id());
        assertThat(before).contains("Lantern does not cover SW1A 1AA yet", "id=\"place-form\"",
                "Correct their postcode or town");
        List<String> nationalOnly = results.view(record).services().stream().map(ServiceSuggestion::id).toList();

        String location = mvc.perform(correct(record, "me7 1ab")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/worker/screenings/" + record.id() + "#place-saved"))
                .andExpect(flash().attribute("placeDone",
                        "The place has been changed to ME7 1AB. The services below, and the leaflet, are for it now."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).doesNotContainIgnoringCase("ME7");

        StoredScreening corrected = reread(record);
        assertThat(corrected.correctedPlace()).isEqualTo("ME7 1AB");
        assertThat(corrected.postcode()).isEqualTo("ME7 1AB");
        assertThat(corrected.answers()).containsEntry("postcode", UNKNOWN_TO_LANTERN); // what the person said stays
        List<ServiceSuggestion> local = results.view(corrected).services();
        assertThat(local).isNotEmpty();
        assertThat(local.stream().map(ServiceSuggestion::id).toList()).isNotEqualTo(nationalOnly);

        String after = page("/worker/screenings/" + record.id());
        assertThat(after).contains("Services near ME7 1AB that fit them", "value=\"ME7 1AB\"");
        String leaflet = page("/worker/screenings/" + record.id() + "/leaflet");
        for (ServiceSuggestion s : local) {
            assertThat(leaflet).contains(s.name().replace("&", "&amp;").replace("'", "&#39;"));
        }
        assertThat(placeAudit(record)).containsExactly(StaffAccounts.WORKER + "|place corrected");
    }

    @Test
    void aTownIsAcceptedAsThePlace() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(correct(record, "  Chatham,\u00A0Kent ")).andExpect(status().is3xxRedirection());
        StoredScreening corrected = reread(record);
        assertThat(corrected.correctedPlace()).isEqualTo("Chatham"); // the place as understood (round 10)
        assertThat(corrected.postcode()).isNull();
        assertThat(page("/worker/screenings/" + record.id())).contains("Services near Chatham that fit them");
    }

    /**
     * Issue 13, round 10: the record keeps the place as understood, never as typed: a slip is stored as the
     * town ("Rochster" was stored as "Rochster"), the person's own of two places is stored, never the other
     * ("my daughter lives ME2 but I'm in Rainham" was stored whole and read as ME2), and a correction to a place
     * not known is refused, never guessed as the first place ("Chatham, no, Faversham" was stored as Chatham).
     */
    @Test
    void thePlaceIsStoredAsUnderstoodNeverAsTypedOrGuessed() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(correct(record, "Rochster")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("placeDone",
                        "The place has been changed to Rochester. The services below, and the leaflet, are for it now."));
        assertThat(reread(record).correctedPlace()).isEqualTo("Rochester");
        assertThat(page("/worker/screenings/" + record.id())).contains("Services near Rochester that fit them");

        mvc.perform(correct(record, "my daughter lives ME2 but I'm in Rainham")).andExpect(status().is3xxRedirection());
        assertThat(reread(record).correctedPlace()).isEqualTo("Rainham");

        mvc.perform(correct(record, "Chatham, no, Faversham")).andExpect(status().isBadRequest());
        assertThat(reread(record).correctedPlace()).isEqualTo("Rainham");
    }

    @Test
    void anEmptyPlaceIsRefusedWithTheErrorSummaryAndNothingChanges() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        for (String empty : new String[] {null, "", "   "}) {
            String html = mvc.perform(correct(record, empty)).andExpect(status().isBadRequest()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(html).contains("<title>Error: Result", "There is a problem", "href=\"#place\"",
                    RecordController.PLACE_MISSING, "govuk-input--error", "aria-describedby=\"place-hint place-error\"");
        }
        assertThat(reread(record).correctedPlace()).isNull();
        assertThat(placeAudit(record)).isEmpty();
    }

    @Test
    void aPlaceLanternDoesNotKnowIsRefusedAndKeptInTheBoxForCorrecting() throws Exception {
        StoredScreening record = storedWithPostcode("ME7 1AB");
        for (String unknown : List.of("Atlantis", UNKNOWN_TO_LANTERN, "Sheerness, on the Isle of Sheppey")) {
            String html = mvc.perform(correct(record, unknown)).andExpect(status().isBadRequest()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(html).contains(RecordController.PLACE_UNKNOWN, "href=\"#place\"",
                    "value=\"" + unknown + "\"");
        }
        StoredScreening unchanged = reread(record);
        assertThat(unchanged.correctedPlace()).isNull();
        assertThat(unchanged.postcode()).isEqualTo("ME7 1AB");
        assertThat(placeAudit(record)).isEmpty();
    }

    @Test
    void aPostcodeWithWordsAroundItIsStoredAsThePostcode() throws Exception {
        // the place reader takes the postcode out of a sentence, as the chat does (issue 13, round 5)
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(correct(record, "it's ME7 1AB please")).andExpect(status().is3xxRedirection());
        assertThat(reread(record).correctedPlace()).isEqualTo("ME7 1AB");
    }

    @Test
    void aPlaceOverAHundredCharactersIsRefused() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(correct(record, "x".repeat(101))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Postcode or town must be 100 characters or fewer")));
        assertThat(reread(record).correctedPlace()).isNull();
    }

    @Test
    void anotherTeamsWorkerCannotCorrectThePlace() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(post("/worker/screenings/" + record.id() + "/place").with(csrf())
                .with(staff.as(StaffAccounts.OTHER_TEAM_WORKER)).param("place", "ME7 1AB"))
                .andExpect(status().isNotFound());
        assertThat(reread(record).correctedPlace()).isNull();
        assertThat(placeAudit(record)).isEmpty();
    }

    @Test
    void withoutTheFormsTokenNothingChanges() throws Exception {
        StoredScreening record = storedWithPostcode(UNKNOWN_TO_LANTERN);
        mvc.perform(post("/worker/screenings/" + record.id() + "/place").with(staff.as(StaffAccounts.WORKER))
                .param("place", "ME7 1AB")).andExpect(status().isForbidden());
        assertThat(reread(record).correctedPlace()).isNull();
    }
}
