package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.lantern.directory.LocalServicesDirectory;

/** The admin import refuses files that would lose data: the wrong kind of file, one page of a feed, a mass removal. */
@SpringBootTest(properties = "lantern.admin.token=" + DirectoryAdminApiTest.TOKEN)
@AutoConfigureMockMvc
class DirectoryImportGuardsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalServicesDirectory directory;

    private static MockHttpServletRequestBuilder importJson(String json) {
        return post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String services(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"id\": \"guard-" + i + "\", \"name\": \"Guard " + i + "\", \"status\": \"active\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aReplacementRemovingMoreThanAQuarterWaitsForConfirmation() throws Exception {
        mvc.perform(importJson(services(8)).param("confirm", "true")).andExpect(status().isOk());
        // 2 of 8 removed is 25%: allowed without confirmation.
        mvc.perform(importJson(services(6))).andExpect(status().isOk());
        // 2 of 6 removed is 33%: refused, and nothing changes.
        mvc.perform(importJson(services(4)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/confirm-removals"))
                .andExpect(jsonPath("$.removed").value(2))
                .andExpect(jsonPath("$.current").value(6))
                // Round 13 (new-user trial): which services would go, not only how many
                .andExpect(jsonPath("$.removing[0]").value("Guard 5 (guard-5)"))
                .andExpect(jsonPath("$.removing[1]").value("Guard 6 (guard-6)"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("among them Guard 5 (guard-5), Guard 6")));
        assertThat(directory.index().count()).isEqualTo(6);
        // Round 16 (a data officer's trial): the history entry counts what confirming would do (it said 0, 0, 0)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/directory/history")
                        .param("limit", "1").header("Authorization", DirectoryAdminApiTest.BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].outcome").value("waiting to confirm"))
                .andExpect(jsonPath("$.entries[0].services").value(4))
                .andExpect(jsonPath("$.entries[0].added").value(0))
                .andExpect(jsonPath("$.entries[0].changed").value(0))
                .andExpect(jsonPath("$.entries[0].removed").value(2));
        mvc.perform(importJson(services(4)).param("confirm", "true")).andExpect(status().isOk());
        assertThat(directory.index().count()).isEqualTo(4);
    }

    @Test
    void aListOfOrganisationsOrOnePageOfAFeedIsRefusedAndChangesNothing() throws Exception {
        int before = directory.index().count();
        String organisations = Files.readString(DirectoryRoundTripApiTest.EXAMPLES.resolve("organization_list.json"));
        mvc.perform(importJson(organisations).param("confirm", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message", startsWith("this is a list of organisations, not services")));
        String page = Files.readString(DirectoryRoundTripApiTest.EXAMPLES.resolve("service_list.json"));
        mvc.perform(importJson(page).param("confirm", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message", startsWith("this is page 1 of 10 of a feed")));
        assertThat(directory.index().count()).isEqualTo(before);
    }

    /** Round 12 (new-user trial): a taxonomy list sent as a .csv replaced the directory with two "services". */
    @Test
    void aTaxonomyListSentAsACsvIsRefusedForCheckAndConfirmAndChangesNothing() throws Exception {
        mvc.perform(importJson(services(5)).param("confirm", "true")).andExpect(status().isOk());
        String stored = directory.store().json("guard-1").orElseThrow();
        byte[] terms = "id,taxonomy_id,name,code,description\nt1,lga,Befriending,BEF,Visits\nt2,lga,Lunch clubs,LUN,Meals\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var upload = new org.springframework.mock.web.MockMultipartFile("file", "taxonomy_terms.csv", "text/csv", terms);
        for (String option : new String[] {"check", "confirm"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/directory/import")
                            .file(upload).param(option, "true").header("Authorization", DirectoryAdminApiTest.BEARER))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/import-rejected"))
                    .andExpect(jsonPath("$.problems.length()").value(1))
                    .andExpect(jsonPath("$.problems[0].message", startsWith("this is a list of taxonomy terms (the file"
                            + " is named taxonomy_terms.csv and has the column taxonomy_id), not the simple services sheet")));
            // the same list in the body, with no file name: known by its columns
            mvc.perform(post("/admin/directory/import").header("Authorization", DirectoryAdminApiTest.BEARER)
                            .contentType("text/csv").content(terms).param(option, "true"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems[0].message", startsWith("this is a list of taxonomy terms, not the"
                            + " simple services sheet (it has the column taxonomy_id)")));
        }
        assertThat(directory.index().count()).isEqualTo(5);
        assertThat(directory.store().json("guard-1").orElseThrow()).isEqualTo(stored);
        // the JSON list's refusal names the fields its records have
        String list = "[{\"id\": \"t1\", \"name\": \"Befriending\", \"code\": \"BEF\", \"taxonomy_id\": \"lga\"}]";
        mvc.perform(importJson(list).param("confirm", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message", startsWith("this is a list of taxonomy terms, not services"
                        + " (its records have the taxonomy fields code and taxonomy_id, and no service fields)")));
        assertThat(directory.index().count()).isEqualTo(5);
    }
}
