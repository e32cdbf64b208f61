package uk.lantern.web.signpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/signposts} with bad input, by kind: every wrong value gets 400 naming the field
 * and what it must be, and no message repeats what was sent (docs/api.md). Look-alikes that are
 * valid (max 5, max 20, a short place, age 70) must still get 200.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignpostInputApiTest extends FreshDirectoryIndex {

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge age             | {"answers":{"age":99999999999999999999999}}          | age      | 99999999999999999999999;9223372036854775807
            negative huge age    | {"answers":{"age":-99999999999999999999999}}         | age      | 99999999999999999999999;9223372036854775808
            age over range       | {"answers":{"age":187}}                              | age      | 187
            age with a fraction  | {"answers":{"age":70.5}}                             | age      | 70.5
            option not offered   | {"answers":{"sex":"dog"}}                            | sex      | dog
            max with a fraction  | {"answers":{},"max":2.5}                             | max      | 2.5
            max in words         | {"answers":{},"max":"five"}                          | max      | five
            max huge             | {"answers":{},"max":99999999999999999999999}         | max      | 99999999999999999999999;2147483647
            max too big          | {"answers":{},"max":21}                              | max      | 21
            max zero             | {"answers":{},"max":0}                               | max      | got 0
            max true             | {"answers":{},"max":true}                            | max      | got true
            place an object      | {"answers":{},"place":{}}                            | place    | {}
            place a number       | {"answers":{},"place":7}                             | place    | got 7
            answers a list       | {"answers":[1]}                                      | answers  | [1]
            voicePhone in words  | {"answers":{},"voicePhone":"nope"}                   | voicePhone | nope
            """)
    void badInputNamesTheFieldWithoutEchoing(String kind, String body, String field, String neverShown) throws Exception {
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(kind).isEqualTo(400);
        String text = response.getContentAsString();
        assertThat(text).as(kind).contains(field);
        for (String never : neverShown.split(";")) {
            assertThat(text).as(kind).doesNotContain(never);
        }
    }

    /**
     * Round 16 (trial report): The Silver Line, a national phone line for people aged 55 and over, was said to drop off
     * a 79-year-old's suggestions once her place was corrected to Chatham. Through the API, as in the chat
     * ({@code PlaceCorrectedTest}), a widow of 79 who cannot get out is offered it with no place, an unknown one, and
     * Chatham however given.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none
            ME99 9ZZ
            Chatham
            Chatham, Kent
            ME4 4TR
            """)
    void theSilverLineIsOfferedToAWidowOf79WhereverSheSaysSheLives(String place) throws Exception {
        String answers = "{\"age\":79,\"sex\":\"female\",\"household_size\":1,\"marital_status\":\"widowed\","
                + "\"recent_loss\":true,\"money_worries\":true,\"money_stops_going_out\":true,"
                + "\"long_term_condition\":true,\"daily_activities\":\"none\",\"sight_loss\":true,\"eye_conditions\":2,"
                + "\"hearing_loss\":false,\"low_mood\":true,\"stopped_driving\":true,\"can_get_out\":false,"
                + "\"is_carer\":false,\"lack_companionship\":\"often\",\"how_often_lonely\":\"often_always\","
                + "\"thoughts_of_harm\":false}";
        String body = "{\"answers\":" + answers + (place == null ? "" : ",\"place\":\"" + place + "\"") + "}";
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).as(String.valueOf(place)).contains("\"lantern-sample-silver-line\"");
    }

    @org.junit.jupiter.api.Test
    void aVeryLongPlaceIsRefusedWithTheLimitAndNeverEchoed() throws Exception {
        String place = "Gillingham ".repeat(455); // 5,005 characters
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\":{},\"place\":\"" + place + "\"}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("place").contains("200").doesNotContain("Gillingham");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            max 5 and a place          | {"answers":{"age":70},"place":"ME7 1AB","max":5}
            max 20                     | {"answers":{},"max":20}
            max 1 written as 1.0       | {"answers":{},"max":1.0}
            place of 200 characters    | {"answers":{},"place":"%s"}
            no max nor place           | {"answers":{"age":18}}
            """)
    void goodInputStillAnswers(String kind, String body) throws Exception {
        String sent = body.replace("%s", "a".repeat(200));
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON).content(sent))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(kind + ": " + response.getContentAsString()).isEqualTo(200);
    }

    /**
     * One truth for a loss (issue 13, round 15): the rules raise bereavement support, and the
     * signposting offers the sample's bereavement group, only for a loss in the last two years
     * ({@code recent_loss}), never for being widowed on its own (a widow of 20 years).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            widowed long ago, no recent loss   | widowed            | no  | false
            widowed, and a recent loss         | widowed            | yes | true
            married, and a recent loss         | married_or_partner | yes | true
            """)
    void griefSupportAndItsNeedFollowOneDefinitionOfALoss(String who, String marital, String recentLoss,
                                                          boolean offered) throws Exception {
        java.util.Map<String, Object> answers = uk.lantern.rules.Screenings.noRiskWith("age", 78, "sex", "female",
                "marital_status", marital, "recent_loss", recentLoss, "lack_companionship", "often",
                "left_out", "often", "isolated_from_others", "often", "how_often_lonely", "often_always");
        String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                java.util.Map.of("answers", answers, "place", "ME7 1AB", "max", 20));
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        String json = response.getContentAsString();
        assertThat(response.getStatus()).as(json).isEqualTo(200);
        assertThat(json.contains("\"bereavement_support\"")).as("%s: needs in %s", who, json).isEqualTo(offered);
        assertThat(json.contains("lantern-sample-bereavement-group")).as("%s: %s", who, json).isEqualTo(offered);
    }

    /**
     * Round 20 (g27), the lead's decision on issue 13: {@code "voicePhone": false} (a Deaf person, a BSL user, text or
     * video only) leaves out help only by voice phone, The Silver Line for a lonely 79-year-old with no place, and says
     * so; true or absent leaves it in (the look-alikes).
     */
    @ParameterizedTest(name = "voicePhone {0}: The Silver Line offered {1}")
    @CsvSource(delimiter = '|', textBlock = """
            false  | false
            true   | true
            absent | true
            """)
    void noVoicePhoneLeavesOutVoiceOnlyHelp(String voicePhone, boolean offered) throws Exception {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("answers", java.util.Map.of("age", 79, "sex", "female", "household_size", 1, "how_often_lonely",
                "often_always", "lack_companionship", "often"));
        body.put("max", 20);
        if (!voicePhone.equals("absent")) {
            body.put("voicePhone", Boolean.valueOf(voicePhone));
        }
        var response = mvc.perform(post("/api/signposts").contentType(MediaType.APPLICATION_JSON)
                .content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)))
                .andReturn().getResponse();
        String json = response.getContentAsString();
        assertThat(response.getStatus()).as(json).isEqualTo(200);
        assertThat(json.contains("lantern-sample-silver-line")).as(json).isEqualTo(offered);
        assertThat(json.contains("can't use a voice phone")).as(json).isEqualTo(!offered);
    }
}
