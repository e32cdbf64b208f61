package uk.lantern.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.catalogue.FactorEntry;
import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.StaffAccounts;

/**
 * The trainer pages through MockMvc: the catalogue and its search, rule pages both ways, cases,
 * the sandbox and its API, and the pages' freedom from inline script and style.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accountStore;

    @Autowired
    RuleBase ruleBase;

    @Autowired
    CaseStudies cases;

    @Autowired
    TrainingRules rules;

    private StaffAccounts staff;

    @BeforeAll
    void accounts() {
        staff = new StaffAccounts(accountStore);
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(staff.as(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/training/catalogue").param("q", q).with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theStartPageLinksEverythingAndTheGroupResultsOnlyForTrainers() throws Exception {
        String worker = page("/training", StaffAccounts.WORKER);
        assertThat(worker).contains("href=\"/training/catalogue\"", "href=\"/training/cases\"", "href=\"/training/quiz\"",
                "href=\"/training/sandbox/", "href=\"/training/rules\"").doesNotContain("href=\"/training/group\"");
        assertThat(page("/training", StaffAccounts.TRAINER)).contains("href=\"/training/group\"");
    }

    @Test
    void theCatalogueShowsEveryFactorWithItsEvidenceQuestionsWeightNeedsAndRules() throws Exception {
        String html = page("/training/catalogue", StaffAccounts.WORKER);
        for (FactorEntry f : ruleBase.catalogue().factors().values()) {
            assertThat(html).contains("id=\"factor-" + f.id() + "\"", escape(f.evidence()), escape(f.source()));
        }
        FactorEntry driving = ruleBase.catalogue().factor("stopped_driving").orElseThrow();
        assertThat(html).contains(escape(driving.reason()), "Have you stopped driving in the last few years?",
                "expert-set", "published", "href=\"#need-transport\"", "id=\"need-transport\"",
                "href=\"/training/rules/having-stopped-driving-is-a-risk-factor\"", "id=\"measure-ucla3\"",
                "id=\"band-high\"", "id=\"safeguarding-thoughts_of_harm\"");
    }

    @Test
    void searchFindsFactorsByWordsInNameExplanationEvidenceOrQuestions() throws Exception {
        String driving = search("driving");
        assertThat(driving).contains("id=\"factor-stopped_driving\"", "1 factor matches")
                .doesNotContain("id=\"factor-living_alone\"", "id=\"measure-ucla3\"");
        // "fourfold" is only in a weight note, which is not searched; "four times" is in the evidence
        assertThat(search("four times"))
                .contains("id=\"factor-male_carer\"");
        // words from a question's text: "glasses" is only in the sight question
        assertThat(search("glasses"))
                .contains("id=\"factor-sight_loss\"").doesNotContain("id=\"factor-hearing_loss\"");
        // every word must match, and a word matches from its start
        assertThat(search("cold-home")).contains("id=\"factor-cold_home\"");
        assertThat(search("DRIV")).contains("id=\"factor-stopped_driving\"");
    }

    @Test
    void searchForgivesSlipsAndKnowsEverydayWords() throws Exception {
        assertThat(search("lonley")).contains("id=\"factor-chronic_loneliness\"");
        assertThat(search("heraing")).contains("id=\"factor-hearing_loss\"");
        assertThat(search("deaf")).contains("id=\"factor-hearing_loss\"").doesNotContain("id=\"factor-sight_loss\"");
        assertThat(search("husband died")).contains("id=\"factor-widowed\"")
                .doesNotContain("id=\"factor-stopped_driving\"");
        assertThat(search("blind")).contains("id=\"factor-sight_loss\"");
        // A short word is never read as a slip for another: "car" must not find "cat" or "far".
        assertThat(search("car")).contains("id=\"factor-stopped_driving\"");
    }

    @Test
    void aSearchWithNoMatchSaysSoKindly() throws Exception {
        String html = search("zebra crossing");
        assertThat(html).contains("id=\"no-match\"", "No factor mentions", "zebra crossing", "try fewer words")
                .doesNotContain("id=\"factor-");
    }

    @Test
    void aRuleLeadsToItsFactorEvidenceAndTestsAndTheFactorLeadsBack() throws Exception {
        String rule = page("/training/rules/being-widowed-is-a-risk-factor", StaffAccounts.WORKER);
        FactorEntry widowed = ruleBase.catalogue().factor("widowed").orElseThrow();
        assertThat(rule).contains("Being widowed is a risk factor", "href=\"/training/catalogue#factor-widowed\"",
                escape(widowed.evidence()), escape(widowed.source()), "FactorRulesTest.raisesTheFactorOnlyOnItsSideOfTheBoundary",
                "GoldenCasesTest.theEngineGivesTheHandComputedResult", "@factor(&quot;widowed&quot;)",
                "href=\"/training/cases/widow-stopped-driving\"");
        // Plain words first for trainers; the DRL and the test names folded away for analysts.
        assertThat(rule).contains("What it looks at", "What is your marital status?", "What it gives", "Why",
                "The evidence", "For analysts: the rule as written and its tests");
        assertThat(rule.indexOf("What it looks at")).isLessThan(rule.indexOf("id=\"for-analysts\""));
        assertThat(rule.indexOf("id=\"for-analysts\"")).isLessThan(rule.indexOf("FactorRulesTest."));
        String catalogue = search("widowed");
        assertThat(catalogue).contains("href=\"/training/rules/being-widowed-is-a-risk-factor\"");

        assertThat(page("/training/rules/a-score-of-10-or-more-gives-higher-risk", StaffAccounts.WORKER))
                .contains("href=\"/training/catalogue#band-high\"", "BandRulesTest.bandFollowsTheScore");
        assertThat(page("/training/rules", StaffAccounts.WORKER))
                .contains("href=\"/training/rules/thoughts-of-self-harm-or-suicide-are-urgent\"");
        mvc.perform(get("/training/rules/no-such-rule").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRulePageBookmarkedUnderItsOldNameMovesPermanentlyToItsPageNow() throws Exception {
        // round 12 renamed the band rules after the bands: the old address was a 404
        mvc.perform(get("/training/rules/a-score-of-10-or-more-is-high-risk").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/training/rules/a-score-of-10-or-more-gives-higher-risk"));
        mvc.perform(get("/training/rules/being-75-to-79-is-a-risk-factor").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/training/rules/age-uk-model-aged-75-to-79"));
        // every old name leads to a page that is there
        for (String oldName : RenamedRules.OLD_TO_NEW.keySet()) {
            assertThat(rules.movedFrom(TrainingRules.slug(oldName))).as(oldName).isPresent();
        }
        // the map never hides a rule's own page
        page("/training/rules/a-score-of-10-or-more-gives-higher-risk", StaffAccounts.WORKER);
    }

    @Test
    void everyCaseHasAPageWithItsStoryAnswersAndResult() throws Exception {
        String list = page("/training/cases", StaffAccounts.WORKER);
        for (CaseStudy c : cases.all()) {
            assertThat(list).contains("href=\"/training/cases/" + c.id() + "\"");
            String html = page("/training/cases/" + c.id(), StaffAccounts.WORKER);
            assertThat(html).contains(escape(c.story()), escape(c.lesson()), "id=\"case-answers\"",
                    ruleBase.catalogue().bands().values().stream()
                            .filter(b -> b.band().name().equalsIgnoreCase(c.expected().band())).findFirst()
                            .orElseThrow().label(),
                    c.expected().score() + " points");
        }
        mvc.perform(get("/training/cases/nobody").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSandboxHasAControlForEveryQuestionAndHidesThoseNotAsked() throws Exception {
        String html = page("/training/sandbox/recluse-after-brother-died", StaffAccounts.WORKER);
        ruleBase.questionnaire().questions().forEach(q -> assertThat(html).contains("data-question=\"" + q.id() + "\""));
        assertThat(html).containsPattern("id=\"q-cares_for\"[^>]*hidden")
                .containsPattern("id=\"q-eye_conditions\"[^>]*hidden")
                .containsPattern("id=\"is_carer-no\"\\s+value=\"no\" checked");
        assertThat(html).contains("data-ask-if=\"is_carer\"",
                "src=\"/js/lantern-training.js\"", "href=\"/css/lantern-training.css\"",
                "href=\"/training/rules/living-alone-is-a-risk-factor\"");
        assertThat(page("/training/sandbox/older-male-carer", StaffAccounts.WORKER))
                .containsPattern("id=\"cares_for-partner\"\\s+value=\"partner\" checked")
                .doesNotContainPattern("id=\"q-cares_for\"[^>]*hidden");
        mvc.perform(get("/training/sandbox").with(staff.as(StaffAccounts.WORKER)))
                .andExpect(status().isFound());
    }

    /** Round 15 (new-user trial): the sandbox read "These are Bill, 86’s answers" and "Starting from Bill, 86". */
    @Test
    void theSandboxNamesWhoseAnswersAsPeopleWriteIt() throws Exception {
        for (var c : cases.all()) {
            String html = page("/training/sandbox/" + c.id(), StaffAccounts.WORKER);
            String name = c.person().substring(0, c.person().indexOf(','));
            String age = c.person().substring(c.person().indexOf(',') + 1).strip();
            assertThat(html).as(c.id())
                    .contains(">Starting from " + name + "’s answers (" + age + ")</h1>")
                    .containsPattern("These are <a [^>]*>" + name + "’s answers \\(" + age + "\\)</a>\\. Change any")
                    .doesNotContain(c.person() + "’s", "Starting from " + c.person());
        }
    }

    @Test
    void trainerPagesCarryNoInlineScriptOrStyle() throws Exception {
        for (String path : new String[] {"/training", "/training/catalogue", "/training/catalogue?q=zzz",
            "/training/rules", "/training/rules/living-alone-is-a-risk-factor", "/training/cases",
            "/training/cases/older-male-carer", "/training/sandbox/older-male-carer", "/training/quiz",
            "/training/quiz/older-male-carer"}) {
            String html = page(path, StaffAccounts.TRAINER);
            assertThat(html).as(path).doesNotContain("style=", "<style", "onclick", "onchange", "javascript:");
            assertThat(html.split("<script").length - 1).as(path + ": scripts")
                    .isEqualTo(html.split("<script src=").length - 1);
        }
    }

    @Test
    void theSandboxApiExplainsTheResultWithLinks() throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>(cases.find("older-male-carer").orElseThrow().answers());
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("answers", answers))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.band").value("high"))
                .andExpect(jsonPath("$.bandLabel").value("Higher risk"))
                .andExpect(jsonPath("$.score").value(16))
                .andExpect(jsonPath("$.factors[*].href", hasItem("/training/catalogue#factor-male_carer")))
                .andExpect(jsonPath("$.rules[*].href", hasItem("/training/rules/a-man-caring-for-someone-is-at-added-risk")))
                .andExpect(jsonPath("$.needs[*].id", hasItem("carers_support")));

        answers.put("is_carer", "no"); // cares_for is now not asked, so answering it breaks the skip logic
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("answers", answers))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].question").value("cares_for"))
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Cares for is not asked with these answers: clear it, or change the answer it depends on"));

        // Messages in the worker pages' words, naming the thing, not the engine's ("expected a whole number").
        answers.remove("cares_for");
        Object age = answers.get("age");
        answers.put("age", "eighty");
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("answers", answers))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Enter their age in years, like 82"));
        answers.put("age", 130);
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("answers", answers))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Age must be between 18 and 120"));
        answers.put("age", age);
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.TRAINER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("answers", answers))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factors[*].id", not(hasItem("carer"))));

        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("answers")));
    }

    @Test
    void everyFiredRuleIsListedOnceEvenWhenItFiredForSeveralFacts() throws Exception {
        for (CaseStudy c : cases.all()) {
            String body = mvc.perform(post("/api/training/sandbox").with(staff.as(StaffAccounts.WORKER)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("answers", c.answers()))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            java.util.List<String> names = new java.util.ArrayList<>();
            JSON.readTree(body).get("rules").forEach(r -> names.add(r.get("name").asString()));
            assertThat(names).as(c.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theSandboxStartsFromTheCasesResult() throws Exception {
        String html = page("/training/sandbox/mens-group-regular", StaffAccounts.WORKER);
        assertThat(html).containsPattern("<title>[^<]*Stan, 70")
                .contains("Some risk", "6 points", "data-case=\"mens-group-regular\"", "id=\"sandbox-status\" role=\"status\"")
                .containsPattern("id=\"result-urgent\"[^>]*hidden");
    }

    /** A band named without its product name: "high risk", "moderate risk", "low risk" (not "Higher risk"). */
    private static final java.util.regex.Pattern BARE_BAND = java.util.regex.Pattern.compile(
            "(?i)\\b(high|moderate|low|medium) risk\\b");

    @Test
    void noPageStaffOrThePublicSeeNamesABandOtherThanByItsProductName() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : new String[] {"/training", "/training/catalogue", "/training/rules", "/training/cases",
                "/training/quiz", "/training/sandbox/older-male-carer"}) {
            pages.put(path, page(path, StaffAccounts.TRAINER));
        }
        for (RulePage rule : rules.all()) {
            pages.put(rule.href(), page(rule.href(), StaffAccounts.WORKER));
        }
        for (CaseStudy c : cases.all()) {
            pages.put("/training/cases/" + c.id(), page("/training/cases/" + c.id(), StaffAccounts.WORKER));
        }
        pages.put("/", mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Map<String, String> bare = new LinkedHashMap<>();
        pages.forEach((path, html) -> {
            java.util.regex.Matcher m = BARE_BAND.matcher(html);
            if (m.find()) {
                bare.put(path, m.group());
            }
        });
        assertThat(bare).as("pages naming a band other than Lower / Some / Higher risk").isEmpty();
        // The look-alikes stay: the product's own names are not bare.
        assertThat(BARE_BAND.matcher("Higher risk, Some risk, Lower risk, at higher risk").find()).isFalse();
        assertThat(BARE_BAND.matcher("sets High risk").find()).isTrue();
    }

    @Test
    void everyRulePageSaysWhyAndGivesASourceOrTheExpertSetLabel() throws Exception {
        Map<String, String> missing = new LinkedHashMap<>();
        for (RulePage rule : rules.all()) {
            String html = page(rule.href(), StaffAccounts.WORKER);
            java.util.List<String> lacks = new java.util.ArrayList<>();
            if (!java.util.regex.Pattern.compile("class=\"govuk-body lantern-why\">[^<]{20,}").matcher(html).find()) {
                lacks.add("why");
            }
            if (!java.util.regex.Pattern.compile("class=\"lantern-source\">[A-Z][^<]{20,}").matcher(html).find()
                    && !html.contains("lantern-expert-set\">expert-set<")) {
                lacks.add("source or expert-set label");
            }
            if (!lacks.isEmpty()) {
                missing.put(rule.name(), String.join(", ", lacks));
            }
        }
        assertThat(missing).as("rule pages without a why and a source or the expert-set label").isEmpty();
    }

    @Test
    void anUrgentConcernsRulePageNamesTheQuestionThatTriggersIt() throws Exception {
        for (String[] rule : new String[][] {
                {"thoughts-of-self-harm-or-suicide-are-urgent", "thoughts_of_harm"},
                {"not-feeling-safe-at-home-is-urgent", "feel_safe_at_home"}}) {
            String html = page("/training/rules/" + rule[0], StaffAccounts.WORKER);
            String text = ruleBase.questionnaire().question(rule[1]).orElseThrow().text();
            assertThat(html).as(rule[0]).contains("What it looks at", "<code>" + rule[1] + "</code>", escape(text));
        }
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
