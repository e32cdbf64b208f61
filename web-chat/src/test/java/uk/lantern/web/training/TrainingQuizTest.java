package uk.lantern.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.StaffAccounts;

/**
 * Quizzes: marking, validation that stores nothing, progress kept per trainee, and a trainer's
 * view of their own team's results only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingQuizTest {

    /** The engine finds these in the newly retired man's case, and gives a low band. */
    private static final String CASE = "newly-retired-man";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accountStore;

    @Autowired
    QuizAttempts attempts;

    private StaffAccounts staff;

    @BeforeAll
    void accounts() {
        staff = new StaffAccounts(accountStore);
    }

    private MockHttpServletRequestBuilder answer(String caseId, String who, String band, String... factors) {
        MockHttpServletRequestBuilder request = post("/training/quiz/" + caseId).with(staff.as(who)).with(csrf());
        if (band != null) {
            request.param("band", band);
        }
        if (factors.length > 0) {
            request.param("factors", factors);
        }
        return request;
    }

    private String follow(MockHttpServletRequestBuilder request, String who) throws Exception {
        String location = mvc.perform(request).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/training/quiz/attempts/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return mvc.perform(get(location).with(staff.as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void marksOnePointForTheBandAndOnePerFactorSpottedLessOnePerWrongTick() {
        QuizMark mark = QuizMark.of("low", Set.of("recently_retired", "living_alone"), "low",
                List.of("recently_retired", "no_group"));
        assertThat(mark.bandRight()).isTrue();
        assertThat(mark.spotted()).containsExactly("recently_retired");
        assertThat(mark.missed()).containsExactly("no_group");
        assertThat(mark.wrong()).containsExactly("living_alone");
        assertThat(mark.score()).isEqualTo(1);
        assertThat(mark.outOf()).isEqualTo(3);
        assertThat(QuizMark.of("high", Set.of("a", "b", "c"), "low", List.of("x")).score()).as("never below 0").isZero();
        assertThat(QuizMark.of("low", Set.of("x", "y"), "low", List.of("x", "y")).score()).isEqualTo(3);
    }

    @Test
    void aRightAnswerScoresFullMarksAndShowsTheEnginesReasons() throws Exception {
        String html = follow(answer(CASE, StaffAccounts.WORKER, "low", "recently_retired", "no_group"), StaffAccounts.WORKER);
        assertThat(html).contains("id=\"quiz-score\">3 out of 3<", "which is right. 1 point.",
                "Factors you spotted: 2", "href=\"/training/catalogue#factor-recently_retired\"",
                "Retiring can mean losing the people you saw every day at work.",
                "href=\"/training/rules/having-recently-retired-is-a-risk-factor\"");
    }

    @Test
    void aWrongBandAndAWrongTickCostPoints() throws Exception {
        String html = follow(answer(CASE, StaffAccounts.WORKER, "high", "recently_retired", "cold_home"),
                StaffAccounts.WORKER);
        assertThat(html).contains("id=\"quiz-score\">0 out of 3<", "the rules give Lower risk (2 points). No point.",
                "Factors you ticked that the rules do not find: 1", "data-factor=\"cold_home\"", "Not in this case",
                "Missed");
    }

    @Test
    void invalidAnswersAreRefusedClearlyAndNothingIsStored() throws Exception {
        int before = attempts.of(StaffAccounts.WORKER).size();
        mvc.perform(answer("no-such-case", StaffAccounts.WORKER, "low")).andExpect(status().isNotFound());
        mvc.perform(answer(CASE, StaffAccounts.WORKER, null, "no_group")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the band you think the rules give")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"factor-no_group\"\\s+value=\"no_group\" checked.*")));
        mvc.perform(answer(CASE, StaffAccounts.WORKER, "very_high", "no_group")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&quot;very_high&quot; is not a band")));
        mvc.perform(answer(CASE, StaffAccounts.WORKER, "low", "no_group", "owns_a_cat")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&quot;owns_a_cat&quot; is not a factor in the catalogue")))
                .andExpect(content().string(containsString("<title>Error: Quiz")));
        assertThat(attempts.of(StaffAccounts.WORKER)).hasSize(before);
    }

    @Test
    void progressIsKeptPerTraineeAndAnswersAreTheirsAlone() throws Exception {
        String location = mvc.perform(answer("older-male-carer", StaffAccounts.OTHER_TEAM_WORKER, "high", "carer"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String list = mvc.perform(get("/training/quiz").with(staff.as(StaffAccounts.OTHER_TEAM_WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("data-case=\"older-male-carer\"", "2 out of 10", "Ray: caring for his wife");
        mvc.perform(get(location).with(staff.as(StaffAccounts.WORKER))).andExpect(status().isNotFound());
        assertThat(attempts.of(StaffAccounts.OTHER_TEAM_WORKER)).extracting(QuizAttempts.Attempt::username)
                .containsOnly(StaffAccounts.OTHER_TEAM_WORKER);
    }

    @Test
    void aTrainerSeesTheirOwnTeamsResultsOnly() throws Exception {
        follow(answer(CASE, StaffAccounts.WORKER, "low", "recently_retired"), StaffAccounts.WORKER);
        follow(answer(CASE, StaffAccounts.OTHER_TEAM_WORKER, "low", "recently_retired"), StaffAccounts.OTHER_TEAM_WORKER);

        String html = mvc.perform(get("/training/group").with(staff.as(StaffAccounts.TRAINER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(StaffAccounts.TEAM, "data-username=\"" + StaffAccounts.WORKER + "\"",
                "Alex Worker", "Chris Trainer", "Graham: missing the people at work")
                .doesNotContain(StaffAccounts.OTHER_TEAM_WORKER, "Bea Worker", StaffAccounts.ADMIN);

        mvc.perform(get("/api/training/group/results").with(staff.as(StaffAccounts.TRAINER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.team").value(StaffAccounts.TEAM))
                .andExpect(jsonPath("$.trainees[*].username", hasItem(StaffAccounts.WORKER)))
                .andExpect(jsonPath("$.trainees[*].username", not(hasItem(StaffAccounts.OTHER_TEAM_WORKER))))
                .andExpect(jsonPath("$.recent[*].username", not(hasItem(StaffAccounts.OTHER_TEAM_WORKER))));

        mvc.perform(get("/training/group").with(staff.as(StaffAccounts.WORKER))).andExpect(status().isForbidden());
    }
}
