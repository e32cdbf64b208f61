package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

import tools.jackson.databind.json.JsonMapper;
import uk.lantern.rules.Screenings;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Team;
import uk.lantern.web.account.Teams;
import uk.lantern.web.signpost.ServiceSuggestion;
import uk.lantern.web.records.NewScreening;
import uk.lantern.web.records.Outcome;
import uk.lantern.web.records.ScreeningRecords;
import uk.lantern.web.records.ServiceChoice;
import uk.lantern.web.records.StoredScreening;
import uk.lantern.web.security.StaffAccounts;
import uk.lantern.web.signpost.ServiceFinder;

/** The worker's pages through MockMvc, signed in as real accounts in two teams. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkerPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    ScreeningRecords records;

    @Autowired
    ScreeningResults results;

    @Autowired
    WorkerDates dates;

    @Autowired
    Teams teams;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    uk.lantern.directory.LocalServicesDirectory directory;

    StaffAccounts staff;
    String reference;

    @BeforeEach
    void staffAndAFreshPerson() {
        staff = new StaffAccounts(accounts);
        reference = "REF-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A widowed 82-year-old living alone in Gillingham who has stopped driving. */
    static Map<String, Object> lonelyAnswers() {
        Map<String, Object> answers = new HashMap<>(Screenings.noRiskWith("age", 82, "household_size", 1,
                "marital_status", "widowed", "stopped_driving", "yes", "group_member", "no",
                "lack_companionship", "often", "left_out", "often", "isolated_from_others", "some_of_the_time"));
        answers.put("postcode", "ME7 1AB");
        return answers;
    }

    private StoredScreening stored(Map<String, Object> answers) {
        return records.save(new NewScreening(UUID.randomUUID(), true, reference, answers), StaffAccounts.WORKER).record();
    }

    private int rows() {
        return jdbc.sql("select count(*) from screening").query(Integer.class).single();
    }

    private MockHttpServletRequestBuilder asWorker(MockHttpServletRequestBuilder request) {
        return request.with(staff.as(StaffAccounts.WORKER));
    }

    private MockHttpServletRequestBuilder outcome(StoredScreening record) {
        return asWorker(post("/worker/screenings/" + record.id() + "/outcome")).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<ServiceSuggestion> servicesFor(StoredScreening record) {
        return results.view(record.assessment(), record.answers()).services();
    }

    @Test
    void theResultPageExplainsTheBandFactorsMeasuresNeedsAndServices() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        String html = page(asWorker(get("/worker/screenings/" + record.id())));
        assertThat(html).contains("Result for reference", reference, record.assessment().score() + " points");
        assertThat(html).contains(results.bandLabel(record.assessment().band()));
        assertThat(record.assessment().factors()).isNotEmpty();
        for (var factor : record.assessment().factors()) {
            assertThat(html).contains(factor.label(), factor.reason().replace("'", "&#39;"));
        }
        assertThat(html).contains("ONS three-item loneliness score", "What may help", "because of:");
        List<ServiceSuggestion> services = servicesFor(record);
        assertThat(services).isNotEmpty();
        assertThat(html).contains(services.getFirst().name().replace("'", "&#39;").replace("&", "&amp;"));
        assertThat(html).contains("id=\"outcome-form\"", "name=\"referralsAgreed\"", "data-maxlength=\"2000\"");
        assertThat(html).doesNotContain("Nothing has been stored");
    }

    @Test
    void whenCostKeepsThemInFreeBefriendingStaysAndPaidServicesAreMarked() {
        // Joan's case: lonely, and the cost of going out is what keeps her in. The rules used to drop
        // befriending (usually free) while the paid day centre stayed; now befriending is kept and
        // anything that charges is marked.
        Map<String, Object> answers = new HashMap<>(Screenings.noRiskWith("age", 72, "household_size", 1,
                "money_worries", "yes", "money_stops_going_out", "yes", "contact_family", "less_than_monthly",
                "contact_friends", "less_than_monthly", "lack_companionship", "often", "left_out", "often"));
        answers.put("postcode", "ME7 1AB");
        var assessment = results.assess(answers);
        assertThat(assessment.needs()).extracting(n -> n.id()).contains("befriending", "free_services");
        List<ServiceSuggestion> services = results.view(assessment, answers).services();
        assertThat(services).as("a free befriending scheme is offered")
                .anyMatch(s -> s.name().contains("befriending") && "Free".equals(s.cost()));
        assertThat(services).filteredOn(s -> !"Free".equals(s.cost()))
                .allSatisfy(s -> assertThat(s.cost()).contains("paid").doesNotStartWith("Free"));

        Map<String, Object> noCostBarrier = new HashMap<>(answers);
        noCostBarrier.put("money_stops_going_out", "no");
        assertThat(results.view(results.assess(noCostBarrier), noCostBarrier).services())
                .noneMatch(s -> s.cost() != null && s.cost().contains("paid"));
    }

    @Test
    void theBandCarriesItsExpertSetThresholdAndTheWordsForWhatWasFound() throws Exception {
        // isolated (index 4) but scoring only 1 point: at least "Some risk", said in words about isolation
        Map<String, Object> answers = new HashMap<>(Screenings.noRiskWith("lives_with_partner", "no",
                "contact_children", "none", "contact_family", "none", "group_member", "no"));
        answers.put("postcode", "ME7 1AB");
        StoredScreening record = stored(answers);
        String html = page(asWorker(get("/worker/screenings/" + record.id())));
        assertThat(html).contains("an expert-set threshold", "an expert-set minimum", "Isolation index 4 or 5",
                record.assessment().bandDetail().publicWords().replace("'", "&#39;"));
        assertThat(record.assessment().band().name()).isEqualTo("MODERATE");
    }

    @Test
    void urgentConcernsComeFirstWithTheHelpAndGuidanceForTheirKind() throws Exception {
        Map<String, Object> answers = lonelyAnswers();
        answers.put("thoughts_of_harm", "yes");
        StoredScreening record = stored(answers);
        String html = page(asWorker(get("/worker/screenings/" + record.id())));
        assertThat(html).contains("Act on this first", "id=\"urgent-suicide_self_harm\"",
                "Ask directly whether they are thinking of ending their life", "116 123", "85258", "option 2");
        assertThat(html).doesNotContain("id=\"urgent-abuse\"", "0808 2000 247",
                "Something they said means they may not be safe now");
        assertThat(html.indexOf("Act on this first")).isLessThan(html.indexOf("What the answers show"));
    }

    @Test
    void eachUrgentKindGetsItsOwnHelpFromTheRuleBaseMostUrgentFirst() throws Exception {
        Map<String, Object> answers = lonelyAnswers();
        answers.put("thoughts_of_harm", "yes");
        answers.put("feel_safe_at_home", "no");
        StoredScreening record = stored(answers);
        String html = page(asWorker(get("/worker/screenings/" + record.id())));
        // help.txt lists abuse before suicide_self_harm; each has its worker: line and its helplines
        assertThat(html).contains("id=\"urgent-abuse\"", "Speak to the person alone if you can",
                "National Domestic Abuse Helpline", "0808 2000 247", "Hourglass", "0808 808 8141",
                "id=\"urgent-suicide_self_harm\"", "Ask directly whether they are thinking of ending their life");
        assertThat(html.indexOf("id=\"urgent-abuse\"")).isLessThan(html.indexOf("id=\"urgent-suicide_self_harm\""));
    }

    @Test
    void aPersonWithHearingLossIsGivenWaysToReachHelpWithoutAVoiceCall() throws Exception {
        // Round 13 (new-user trial): the worker's page and leaflet gave a Deaf person voice numbers only.
        Map<String, Object> answers = lonelyAnswers();
        answers.put("thoughts_of_harm", "yes");
        answers.put("hearing_loss", "yes");
        StoredScreening record = stored(answers);
        String html = page(asWorker(get("/worker/screenings/" + record.id())));
        String urgent = html.substring(html.indexOf("id=\"urgent-suicide_self_harm\""));
        assertThat(urgent).contains("999 BSL", "text the word REGISTER to 999", "18001");
        answers.put("hearing_loss", "no");
        String hearing = page(asWorker(get("/worker/screenings/" + stored(answers).id())));
        assertThat(hearing.substring(hearing.indexOf("id=\"urgent-suicide_self_harm\"")))
                .doesNotContain("text the word REGISTER to 999");
        assertThat(page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet"))))
                .contains("cannot talk on the phone", "999 BSL", "18001");
    }

    @Test
    void anotherTeamsWorkerFindsNoSuchRecord() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        String base = "/worker/screenings/" + record.id();
        for (String path : List.of(base, base + "/leaflet", base + "/erase", base + "/again")) {
            mvc.perform(get(path).with(staff.as(StaffAccounts.OTHER_TEAM_WORKER))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(reference))));
        }
        mvc.perform(post(base + "/outcome").with(csrf()).with(staff.as(StaffAccounts.OTHER_TEAM_WORKER))
                .param("notes", "mine now")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/erase").with(csrf()).with(staff.as(StaffAccounts.OTHER_TEAM_WORKER)))
                .andExpect(status().isNotFound());
        assertThat(records.read(record.id(), StaffAccounts.WORKER)).isPresent();
        assertThat(page(get("/worker").with(staff.as(StaffAccounts.OTHER_TEAM_WORKER)))).doesNotContain(reference);
    }

    @Test
    void aReferralNeedsThePersonsAgreementAndNothingIsSavedUntilItIsGiven() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        String service = servicesFor(record).getFirst().id();
        String html = mvc.perform(outcome(record).param("referred", service).param("notes", "Talked about the club"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "href=\"#referralsAgreed\"",
                "Confirm that the person agreed to the referrals", "Talked about the club");
        assertThat(html).contains("<title>Error: Result");
        StoredScreening unchanged = records.read(record.id(), StaffAccounts.WORKER).orElseThrow();
        assertThat(unchanged.referrals()).isEmpty();
        assertThat(unchanged.notes()).isNull();
    }

    @Test
    void notesOverTwoThousandCharactersAreRefusedAndKeptForCorrecting() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        mvc.perform(outcome(record).param("notes", "a".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Notes must be 2,000 characters or fewer; you have 2,001")))
                .andExpect(content().string(containsString("href=\"#notes\"")));
    }

    @Test
    void theFollowUpDateMustBeWholeRealAndNotInThePast() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        LocalDate yesterday = dates.today().minusDays(1);
        Map<String, String[]> wrong = Map.of(
                "Follow-up date must include a year", new String[] {"3", "4", ""},
                "Follow-up date must include a day and a month", new String[] {"", "", "2030"},
                "Follow-up date must be a real date", new String[] {"31", "2", String.valueOf(dates.today().getYear() + 1)},
                "Follow-up date must be today or in the future", new String[] {String.valueOf(yesterday.getDayOfMonth()),
                    String.valueOf(yesterday.getMonthValue()), String.valueOf(yesterday.getYear())},
                "must be a real date, for example", new String[] {"x", "4", "2030"});
        for (var entry : wrong.entrySet()) {
            mvc.perform(outcome(record).param("followUp-day", entry.getValue()[0])
                    .param("followUp-month", entry.getValue()[1]).param("followUp-year", entry.getValue()[2]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(entry.getKey())))
                    .andExpect(content().string(containsString("govuk-input--error")));
        }
        assertThat(records.read(record.id(), StaffAccounts.WORKER).orElseThrow().followUpOn()).isNull();
    }

    @Test
    void aValidOutcomeIsSavedAndShownAsDue() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        List<ServiceSuggestion> services = servicesFor(record);
        LocalDate followUp = dates.today().plusDays(3);
        mvc.perform(outcome(record).param("offered", services.get(0).id(), services.get(1).id())
                .param("referred", services.get(0).id()).param("referralsAgreed", "yes")
                .param("notes", "Would like the lunch club")
                .param("followUp-day", String.valueOf(followUp.getDayOfMonth()))
                .param("followUp-month", String.valueOf(followUp.getMonthValue()))
                .param("followUp-year", String.valueOf(followUp.getYear())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/worker/screenings/" + record.id() + "#outcome-saved"))
                .andExpect(flash().attribute("done", "The outcome has been saved."));
        StoredScreening saved = records.read(record.id(), StaffAccounts.WORKER).orElseThrow();
        assertThat(saved.servicesOffered()).extracting(ServiceChoice::serviceId)
                .containsExactly(services.get(0).id(), services.get(1).id());
        assertThat(saved.referrals()).containsExactly(new ServiceChoice(services.get(0).id(), services.get(0).name()));
        assertThat(saved.notes()).isEqualTo("Would like the lunch club");
        assertThat(saved.followUpOn()).isEqualTo(followUp);

        String list = page(asWorker(get("/worker")));
        String dueTable = list.substring(list.indexOf("id=\"follow-ups\""), list.indexOf("id=\"records-title\""));
        assertThat(dueTable).contains(reference, dates.day(followUp));
        String form = page(asWorker(get("/worker/screenings/" + record.id())));
        assertThat(form).contains("Would like the lunch club", "value=\"" + followUp.getYear() + "\"");
    }

    @Test
    void aDueFollowUpIsMarkedDoneFromTheListAndTheRecordSaysWhoAndWhen() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        LocalDate today = dates.today();
        mvc.perform(outcome(record).param("followUp-day", String.valueOf(today.getDayOfMonth()))
                .param("followUp-month", String.valueOf(today.getMonthValue()))
                .param("followUp-year", String.valueOf(today.getYear()))).andExpect(status().isFound());
        String before = page(asWorker(get("/worker")));
        assertThat(before.substring(before.indexOf("id=\"follow-ups\""), before.indexOf("id=\"records-title\"")))
                .contains(reference, "Mark as done");
        mvc.perform(asWorker(post("/worker/screenings/" + record.id() + "/follow-up-done")).param("back", "home"))
                .andExpect(status().isForbidden());
        mvc.perform(asWorker(post("/worker/screenings/" + record.id() + "/follow-up-done")).with(csrf())
                        .param("back", "home"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/worker#done"))
                .andExpect(flash().attribute("done", "Follow-up for " + reference + " marked as done."));
        String after = page(asWorker(get("/worker")));
        int due = after.indexOf("id=\"follow-ups\"");
        assertThat(due < 0 ? "" : after.substring(due, after.indexOf("id=\"records-title\""))).doesNotContain(reference);
        assertThat(page(asWorker(get("/worker/screenings/" + record.id())))).contains("Done: ", "by " + StaffAccounts.WORKER)
                .doesNotContain("id=\"follow-up-done\"");
    }

    @Test
    void theListIsSearchedByReferenceWithoutPuttingItInTheAddressAndComesInSmallPages() throws Exception {
        String prefix = reference;
        for (int i = 0; i < WorkerHomeController.PAGE_SIZE + 2; i++) {
            reference = prefix + "-" + i;
            stored(lonelyAnswers());
        }
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        String location = mvc.perform(asWorker(post("/worker/search")).session(session).with(csrf())
                        .param("reference", prefix.toLowerCase()).param("show", "mine"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/worker?show=mine#records-title").doesNotContain(prefix);
        String first = page(asWorker(get("/worker?show=mine")).session(session));
        assertThat(first).contains("Showing 1 to " + WorkerHomeController.PAGE_SIZE + " of "
                + (WorkerHomeController.PAGE_SIZE + 2) + " screenings", "Page 1 of 2", "href=\"/worker?show=mine&amp;page=2\"");
        assertThat(first).contains(prefix + "-" + (WorkerHomeController.PAGE_SIZE + 1)).doesNotContain(prefix + "-0<");
        assertThat(first).as("the menu marks the page the worker is on")
                .contains("href=\"/worker\" aria-current=\"page\"").doesNotContain("href=\"/training\" aria-current");
        String second = page(asWorker(get("/worker?show=mine&page=2")).session(session));
        assertThat(second).contains(prefix + "-0<", prefix + "-1<", "Page 2 of 2");
        assertThat(page(asWorker(get("/worker?page=banana")).session(session))).as("a bad page number reads as 1")
                .contains("Page 1 of 2");
        mvc.perform(asWorker(post("/worker/search")).session(session).with(csrf())).andExpect(status().isFound());
        assertThat(page(asWorker(get("/worker")).session(session))).doesNotContain("Show all screenings");
    }

    @Test
    void aServiceThatWasNotListedCannotBeRecorded() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        mvc.perform(outcome(record).param("offered", "not-a-service")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose services from the list shown")));
    }

    @Test
    void withoutConsentTheResultIsShownAndNothingIsStored() throws Exception {
        int before = rows();
        String answers = JSON.writeValueAsString(lonelyAnswers());
        String html = mvc.perform(asWorker(post("/worker/screen/result")).with(csrf()).param("answers", answers))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nothing has been stored", "What the answers show", "Why: the factors found",
                "data-clear-current=\"true\"", "id=\"unstored-leaflet-form\"");
        assertThat(html).doesNotContain("id=\"outcome-form\"");
        String leaflet = page(asWorker(post("/worker/screen/leaflet")).with(csrf()).param("answers", answers));
        assertThat(leaflet).contains("Help near you", "116 123");
        assertThat(rows()).as("screening rows after an unstored result and leaflet").isEqualTo(before);
    }

    /**
     * Round 15 (issue 13): without consent too, a town at the place question finds services near it, and a place
     * Lantern cannot place gets the answers page naming it for the worker to correct; nothing is stored.
     */
    @Test
    void withoutConsentATownFindsServicesNearItAndAPlaceLanternCannotPlaceIsRefused() throws Exception {
        int before = rows();
        Map<String, Object> answers = lonelyAnswers();
        answers.put("postcode", "Strood, Kent");
        String html = page(asWorker(post("/worker/screen/result")).with(csrf())
                .param("answers", JSON.writeValueAsString(answers)));
        assertThat(html).contains("Services near Strood");
        String leaflet = page(asWorker(post("/worker/screen/leaflet")).with(csrf())
                .param("answers", JSON.writeValueAsString(answers)));
        assertThat(leaflet).contains("Help near you");
        answers.put("postcode", "Narnia");
        mvc.perform(asWorker(post("/worker/screen/result")).with(csrf())
                .param("answers", JSON.writeValueAsString(answers)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Lantern does not know")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theResultAndLeafletSayTheServicesAreExamplesExactlyWhileTheDirectoryIsTheSample() throws Exception {
        String answers = JSON.writeValueAsString(lonelyAnswers());
        String html = page(asWorker(post("/worker/screen/result")).with(csrf()).param("answers", answers));
        String leaflet = page(asWorker(post("/worker/screen/leaflet")).with(csrf()).param("answers", answers));
        StoredScreening record = stored(lonelyAnswers());
        String storedLeaflet = page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet")));
        for (String page : List.of(html, leaflet, storedLeaflet)) {
            assertThat(page.contains("id=\"sample-note\"") && page.contains(ServiceFinder.SAMPLE_NOTE))
                    .as("sample label shown").isEqualTo(directory.isSample());
        }
    }

    @Test
    void unreadableOrInvalidAnswersGetAPageThatSaysWhat() throws Exception {
        mvc.perform(asWorker(post("/worker/screen/result")).with(csrf()).param("answers", "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Some answers need changing")));
        Map<String, Object> answers = lonelyAnswers();
        answers.put("age", 200);
        mvc.perform(asWorker(post("/worker/screen/result")).with(csrf())
                .param("answers", JSON.writeValueAsString(answers)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be between 18 and 120")));
    }

    /**
     * A service with no phone, web address or email is never under "contact them yourself": it is
     * under a heading that says the worker (or we) can put the person in touch. Round 12: the
     * sample's befriending scheme was printed under "You can contact them yourself".
     */
    @Test
    void aServiceWithNoWayToReachItIsOnTheLeafletAsOneWeCanPutThemInTouchWith() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        ServiceSuggestion reachable = servicesFor(record).stream().filter(ServiceSuggestion::reachable).findFirst()
                .orElseThrow();
        ServiceChoice unreachable = new ServiceChoice("lantern-sample-gillingham-befriending",
                "Gillingham befriending scheme");
        records.recordOutcome(record.id(), new Outcome(List.of(new ServiceChoice(reachable.id(),
                reachable.name()), unreachable), List.of(), false, null, null), StaffAccounts.WORKER);
        String html = page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet")));
        int yourself = html.indexOf("You can contact");
        int inTouch = html.indexOf("id=\"leaflet-put-in-touch\"");
        int reachableAt = html.indexOf(reachable.name().replace("&", "&amp;").replace("'", "&#39;"));
        int unreachableAt = html.indexOf("Gillingham befriending scheme");
        assertThat(yourself).as("contact-yourself words").isPositive();
        assertThat(inTouch).as("the put-in-touch heading").isGreaterThan(yourself);
        assertThat(reachableAt).as("the reachable service, under contact yourself").isBetween(yourself, inTouch);
        assertThat(unreachableAt).as("the unreachable service, under put in touch").isGreaterThan(inTouch);
        assertThat(html).contains("to put you in touch.").doesNotContain("(or us)");
    }

    /** Only the befriending scheme, which has no contact: no "contact them yourself" at all. */
    @Test
    void aLeafletOfOnlyUnreachableServicesNeverSaysContactThemYourself() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        records.recordOutcome(record.id(), new Outcome(List.of(new ServiceChoice(
                "lantern-sample-gillingham-befriending", "Gillingham befriending scheme")), List.of(), false, null,
                null), StaffAccounts.WORKER);
        String html = page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet")));
        assertThat(html).contains("Gillingham befriending scheme", "to put you in touch.")
                .doesNotContain("contact them yourself", "You can contact", "(or us)");
    }

    @Test
    void theLeafletHasServicesAndCrisisNumbersInLargePrintAndNothingAboutTheScore() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        List<ServiceSuggestion> services = servicesFor(record);
        records.recordOutcome(record.id(), new Outcome(List.of(), List.of(new ServiceChoice(services.getFirst().id(),
                services.getFirst().name())), true, "private note", null), StaffAccounts.WORKER);
        String html = page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet")));
        assertThat(html).contains("lantern-leaflet", "Help near you", "We have asked these services to contact you",
                "tel:999", "option 2", "116 123", "0800 4 70 80 90", "/css/lantern-worker.css");
        for (ServiceSuggestion s : services) {
            assertThat(html).contains(s.name().replace("&", "&amp;").replace("'", "&#39;"));
        }
        assertThat(html).doesNotContain("points", "private note", results.bandLabel(record.assessment().band()),
                record.reference());
        for (var factor : record.assessment().factors()) {
            assertThat(html).doesNotContain(factor.label());
        }
    }

    @Test
    void theLeafletPrintsTheTeamsContactBesideTheFollowUpDate() throws Exception {
        StoredScreening record = stored(lonelyAnswers());
        Team team = teams.named(record.team()).orElseThrow();
        teams.setContact(team.id(), "01634 306000", "wellbeing@medway.example", StaffAccounts.ADMIN);
        try {
            LocalDate followUp = dates.today().plusDays(7);
            records.recordOutcome(record.id(), new Outcome(List.of(), List.of(), false, null, followUp),
                    StaffAccounts.WORKER);
            String html = page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet")));
            assertThat(html).contains("href=\"tel:01634306000\"", ">01634 306000<",
                    "href=\"mailto:wellbeing@medway.example\"", dates.day(followUp));
        } finally {
            teams.setContact(team.id(), "", "", StaffAccounts.ADMIN);
        }
        assertThat(page(asWorker(get("/worker/screenings/" + record.id() + "/leaflet"))))
                .doesNotContain("leaflet-team-phone", "leaflet-team-email");
    }

    @Test
    void screeningAgainShowsBeforeAndAfterSideBySide() throws Exception {
        StoredScreening first = stored(lonelyAnswers());
        Map<String, Object> better = lonelyAnswers();
        better.put("group_member", "yes");
        better.put("lack_companionship", "hardly_ever");
        better.put("left_out", "hardly_ever");
        StoredScreening second = stored(better);

        String again = page(asWorker(get("/worker/screenings/" + first.id() + "/again")));
        assertThat(again).contains("data-prefill-reference=\"" + reference + "\"");
        assertThat(page(asWorker(get("/worker/screenings/" + first.id())))).doesNotContain("Before and after");

        String html = page(asWorker(get("/worker/screenings/" + second.id())));
        assertThat(html).contains("Before and after", "ONS three-item loneliness score",
                first.assessment().score() + "</td>", second.assessment().score() + "</td>");
        String lost = html.substring(html.indexOf("id=\"factors-lost\""));
        lost = lost.substring(0, lost.indexOf("</dd>"));
        assertThat(second.assessment().score()).isLessThan(first.assessment().score());
        assertThat(lost).doesNotContain(">None<");
    }

    @Test
    void aWorkerErasesEveryRecordOfThePersonAfterConfirming() throws Exception {
        StoredScreening first = stored(lonelyAnswers());
        stored(lonelyAnswers());
        String confirm = page(asWorker(get("/worker/screenings/" + first.id() + "/erase")));
        assertThat(confirm).contains("Erase this person's records?", "2 screenings", reference);
        mvc.perform(asWorker(post("/worker/screenings/" + first.id() + "/erase")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/worker"))
                .andExpect(flash().attribute("done", "2 screenings for reference " + reference
                        + " erased. Nothing about them is kept."));
        assertThat(jdbc.sql("select count(*) from screening where reference = ?").param(reference)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theScreeningPageCarriesTheConsentScriptAndNoReferenceInItsAddress() throws Exception {
        String html = page(asWorker(get("/worker/screen")));
        assertThat(html).contains("Ask for their agreement", "a reference I make up for you, not your name",
                "your postcode and your age group", "Only the <span>" + StaffAccounts.TEAM + "</span> team can see it",
                "deleted\n              automatically after <span>2 years</span>", "erase it",
                "/js/lantern-worker.js", "data-page=\"screen\"");
        assertThat(html).doesNotContain("style=", "<script>");
    }
}
