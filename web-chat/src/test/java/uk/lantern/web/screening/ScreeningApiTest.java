package uk.lantern.web.screening;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.rules.Screenings;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private static String body(Map<String, Object> answers) {
        return JSON.writeValueAsString(Map.of("answers", answers));
    }

    @Test
    void servesTheQuestionnaireWithTypesOptionsAndSkipLogic() throws Exception {
        mvc.perform(get("/api/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNotEmpty())
                .andExpect(jsonPath("$.questions[0].id").value("age"))
                .andExpect(jsonPath("$.questions[0].type").value("whole_number"))
                .andExpect(jsonPath("$.questions[0].min").value(18))
                .andExpect(jsonPath("$.questions[?(@.id == 'marital_status')].options[*].id",
                        hasItem("widowed")))
                .andExpect(jsonPath("$.questions[?(@.id == 'cares_for')].askIf.question", hasItem("is_carer")))
                .andExpect(jsonPath("$.questions[?(@.id == 'cares_for')].askIf.anyOf[0]", hasItem("yes")))
                .andExpect(jsonPath("$.staffWording.age.format").value("Enter their age in years, like 82"))
                .andExpect(jsonPath("$.staffWording.how_often_lonely.label").value("Feels lonely"));
    }

    /**
     * Round 16 (issue 13): the place question, which the doorstep tablet shows as written, says a town will do, as the
     * tablet has accepted one since round 15; before, it asked only for a postcode.
     */
    @Test
    void thePlaceQuestionSaysATownWillDo() throws Exception {
        mvc.perform(get("/api/questionnaire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[?(@.id == 'postcode')].text",
                        hasItem(org.hamcrest.Matchers.containsString("town"))))
                .andExpect(jsonPath("$.staffWording.postcode.label").value("Postcode or town"))
                .andExpect(jsonPath("$.staffWording.postcode.missing", org.hamcrest.Matchers.containsString("town")))
                .andExpect(jsonPath("$.staffWording.postcode.format", org.hamcrest.Matchers.containsString("town")));
    }

    @Test
    void assessesAScreeningAndExplainsIt() throws Exception {
        Map<String, Object> answers = Screenings.noRiskWith("age", 82, "household_size", 1,
                "marital_status", "widowed", "self_rated_health", "poor", "stopped_driving", "yes");

        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body(answers)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.band").value("high"))
                .andExpect(jsonPath("$.score").value(12))
                .andExpect(jsonPath("$.urgent").value(false))
                .andExpect(jsonPath("$.factors[*].id", containsInAnyOrder(
                        "living_alone", "widowed", "age_80_plus", "health_poor", "stopped_driving")))
                .andExpect(jsonPath("$.factors[?(@.id == 'stopped_driving')].weightSource", hasItem("expert-set")))
                .andExpect(jsonPath("$.factors[?(@.id == 'widowed')].weightSource", hasItem("published")))
                .andExpect(jsonPath("$.factors[?(@.id == 'widowed')].source",
                        hasItem(containsString("Public Health England and UCL Institute of Health Equity (2015)"))))
                .andExpect(jsonPath("$.factors[*].source", everyItem(not(containsString("seed")))))
                .andExpect(jsonPath("$.bandDetail.label").value("Higher risk"))
                .andExpect(jsonPath("$.bandDetail.threshold").value("10 points or more"))
                .andExpect(jsonPath("$.bandDetail.thresholdSource").value("expert-set"))
                .andExpect(jsonPath("$.bandDetail.publicWords", containsString("The Silver Line")))
                .andExpect(jsonPath("$.notComputed").isEmpty())
                .andExpect(jsonPath("$.measures[?(@.id == 'ageuk_often_lonely')].estimate", hasItem(true)))
                // widowed with no loss in the last two years: a risk factor, but not bereaved now (round 15)
                .andExpect(jsonPath("$.needs[*].id", not(hasItem("bereavement_support"))))
                .andExpect(jsonPath("$.firedRules", hasItem("Being widowed is a risk factor")));
    }

    @Test
    void aBandRaisedByMeasuredLonelinessSaysSoAndAWithheldEstimateSaysWhy() throws Exception {
        Map<String, Object> answers = Screenings.noRiskWith("age", 40, "how_often_lonely", "often_always");

        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body(answers)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(3))
                .andExpect(jsonPath("$.band").value("moderate"))
                .andExpect(jsonPath("$.bandDetail.scoreBand").value("low"))
                .andExpect(jsonPath("$.bandDetail.minimumSetBy[0].id").value("chronic_loneliness"))
                .andExpect(jsonPath("$.bandDetail.publicWords", containsString("lonely often or always")))
                .andExpect(jsonPath("$.notComputed[0].id").value("ageuk_often_lonely"))
                .andExpect(jsonPath("$.notComputed[0].reason", containsString("65")));
    }

    @Test
    void reportsEveryInvalidAnswerAsAProblemDetail() throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>(Screenings.noRisk());
        answers.put("age", 150);
        answers.put("marital_status", "engaged");
        answers.put("shoe_size", 9);
        answers.remove("group_member");

        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body(answers)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-answers"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.problems", hasSize(4)))
                .andExpect(jsonPath("$.problems[*].question",
                        containsInAnyOrder("age", "marital_status", "shoe_size", "group_member")))
                .andExpect(jsonPath("$.problems[*].code",
                        containsInAnyOrder("OUT_OF_RANGE", "OPTION_NOT_OFFERED", "UNKNOWN_QUESTION", "REQUIRED")))
                .andExpect(jsonPath("$.urgent").doesNotExist());
    }

    @Test
    void anUrgentAnswerBesideATypoStillComesBackWithItsHelp() throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>(Screenings.noRisk());
        answers.put("thoughts_of_harm", "yes");
        answers.put("feel_safe_at_home", "no");
        answers.put("age", 150);

        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body(answers)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-answers"))
                .andExpect(jsonPath("$.problems[*].question", containsInAnyOrder("age")))
                .andExpect(jsonPath("$.urgent").value(true))
                .andExpect(jsonPath("$.urgentConcerns[*].id", containsInAnyOrder("thoughts_of_harm", "unsafe_at_home")))
                .andExpect(jsonPath("$.urgentConcerns[*].help", containsInAnyOrder("suicide_self_harm", "abuse")))
                .andExpect(jsonPath("$.urgentConcerns[*].whatToDoNow", hasItem(containsString("999"))))
                .andExpect(jsonPath("$.helplines[*].how", hasItem("call 116 123")))
                .andExpect(jsonPath("$.helplines[*].how", hasItem("call 0808 2000 247")))
                .andExpect(jsonPath("$.helplines[*].source", hasItem("as published by Samaritans")))
                .andExpect(jsonPath("$.helplines[0].checked").value("2026-11-30"));
    }

    @Test
    void refusesUnknownFieldsInTheBody() throws Exception {
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {}, \"name\": \"Jane Smith\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("\"name\"")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Jane"))));
    }

    @Test
    void refusesMalformedJsonAndAMissingAnswersObject() throws Exception {
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-request"));
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("\"answers\" is missing")));
    }

    @Test
    void refusesBodiesOverTheSizeLimit() throws Exception {
        String huge = "{\"answers\": {\"age\": 70, \"padding\": \"" + "x".repeat(40_000) + "\"}}";
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/body-too-large"));
    }

    @Test
    void refusesOtherContentTypes() throws Exception {
        mvc.perform(post("/api/assessments").contentType(MediaType.TEXT_PLAIN).content("age=70"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
