package uk.lantern.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;

import uk.lantern.web.security.StaffAccounts;

/**
 * Teams as a managed list: names unique ignoring case and spacing, renaming carries accounts with
 * it, account forms accept only listed teams, admins change a person's name, role and team (not
 * their own role), and the migration turns the free-text teams there were into the list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    Teams teams;

    @Autowired
    JdbcClient jdbc;

    StaffAccounts staff;

    @BeforeEach
    void staffAccounts() {
        staff = new StaffAccounts(accounts);
    }

    @Test
    void aSecondTeamDifferingOnlyInCaseOrSpacingIsRefused() throws Exception {
        mvc.perform(post("/admin/teams").with(staff.as(StaffAccounts.ADMIN)).with(csrf()).param("name", "medway  FIRE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is already a team called Medway Fire")));
        String name = "Team " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/teams").with(staff.as(StaffAccounts.ADMIN)).with(csrf()).param("name", name))
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(teams.named(name)).isPresent();
        mvc.perform(get("/admin/teams").with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString(name)));
    }

    @Test
    void renamingATeamCarriesItsAccountsWithIt() throws Exception {
        Team team = teams.create("Rename Me " + UUID.randomUUID().toString().substring(0, 4), "test");
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.NewAccount(username, "Moved Person", Role.WORKER, team.name(),
                StaffAccounts.FIRST_PASSWORD), StaffAccounts.ADMIN);
        String renamed = "Renamed " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/admin/teams/" + team.id()).with(staff.as(StaffAccounts.ADMIN)).with(csrf()).param("name", renamed))
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(accounts.find(username).orElseThrow().team()).isEqualTo(renamed);
    }

    @Test
    void anAccountFormAcceptsOnlyATeamFromTheList() throws Exception {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts").with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Typo Person").param("role", "WORKER")
                        .param("team", "Medway Fier").param("password", "a perfectly long password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose one of the teams listed")));
        assertThat(accounts.find(username)).isEmpty();
        assertThat(teams.named("Medway Fier")).isEmpty();
    }

    @Test
    void anAdminChangesNameRoleAndTeamButNotTheirOwnRole() throws Exception {
        Account admin = accounts.find(StaffAccounts.ADMIN).orElseThrow();
        mvc.perform(post("/admin/accounts/" + admin.id()).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("displayName", admin.displayName()).param("role", "WORKER").param("team", admin.team()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You cannot change your own role")));
        assertThat(accounts.find(StaffAccounts.ADMIN).orElseThrow().role()).isEqualTo(Role.ADMIN);
        mvc.perform(get("/admin/accounts/" + admin.id()).with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Reset password")));
    }

    @Test
    void aTeamsContactIsCheckedThenSavedAndAudited() throws Exception {
        Team team = teams.create("Contact " + UUID.randomUUID().toString().substring(0, 4), "test");
        String path = "/admin/teams/" + team.id() + "/contact";
        mvc.perform(post(path).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("phone", "call me").param("email", "not an email"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("href=\"#phone-" + team.id() + "\"")))
                .andExpect(content().string(Matchers.containsString("Enter a phone number with 10 to 15 digits")))
                .andExpect(content().string(Matchers.containsString("Enter an email address in the correct format")))
                .andExpect(content().string(Matchers.containsString("value=\"not an email\"")));
        assertThat(teams.byId(team.id()).orElseThrow().hasContact()).isFalse();

        mvc.perform(post(path).with(staff.as(StaffAccounts.ADMIN)).with(csrf())
                        .param("phone", " 01634  306000 ").param("email", "wellbeing@medway.example"))
                .andExpect(redirectedUrl("/admin/teams"));
        Team saved = teams.byId(team.id()).orElseThrow();
        assertThat(saved.contactPhone()).isEqualTo("01634 306000");
        assertThat(saved.telephone()).isEqualTo("01634306000");
        assertThat(saved.contactEmail()).isEqualTo("wellbeing@medway.example");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TEAM_CONTACT_CHANGED' and detail = ?")
                .param("team " + team.id()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/teams").with(staff.as(StaffAccounts.ADMIN)))
                .andExpect(content().string(Matchers.containsString("value=\"01634 306000\"")));

        mvc.perform(post(path).with(staff.as(StaffAccounts.ADMIN)).with(csrf()).param("phone", "").param("email", ""))
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(teams.byId(team.id()).orElseThrow().hasContact()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" accepted: {1}")
    @CsvSource({"'01634 3060', false", "'01634 30600', true", "'(01634) 306000', true",
            "'+44 1634 306000 123', true", "'+44 1634 306000 1234', false", "'01634 30600O', false", "'', true"})
    void aPhoneNumberHasTenToFifteenDigits(String phone, boolean accepted) {
        assertThat(teams.contactProblems(phone, "")).as(phone).hasSize(accepted ? 0 : 1);
    }

    @Test
    void theMigrationTurnsFreeTextTeamsIntoTheList() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:file:./target/test-db/teams-" + UUID.randomUUID(), "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target(MigrationVersion.fromVersion("20")).load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        for (String[] row : new String[][] {{"a.one", "Medway Fire"}, {"b.two", "Medway Fire"}, {"c.three", "Housing"}}) {
            jdbc.sql("insert into account (username, display_name, password_hash, role, team, enabled, created_at) "
                    + "values (?, 'Someone', '{noop}x', 'WORKER', ?, true, current_timestamp)").params(row[0], row[1]).update();
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        assertThat(jdbc.sql("select name from team order by name").query(String.class).list())
                .containsExactly("Housing", "Medway Fire");
    }
}
