package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.lantern.web.account.AccountStore;

/**
 * The sign-in page after a failed attempt: the GOV.UK error summary links each problem to its
 * field, the field shows the message, the username typed is kept (once, and not in the address)
 * and the password never is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @BeforeEach
    void staffAccounts() {
        new StaffAccounts(accounts);
    }

    /** The session a failed sign-in leaves, which the browser would carry to the page it is sent to. */
    private MockHttpSession failed(String username, String password, String address) throws Exception {
        return (MockHttpSession) mvc.perform(StaffAccounts.signIn(username, password, address))
                .andExpect(redirectedUrl("/sign-in?error")).andReturn().getRequest().getSession();
    }

    private String page(String address, MockHttpSession session) throws Exception {
        return mvc.perform(get(address).session(session)).andReturn().getResponse().getContentAsString();
    }

    private String pageAfter(String username, String password, String address) throws Exception {
        return page("/sign-in?error", failed(username, password, address));
    }

    @Test
    void aWrongPasswordKeepsTheUsernameNeverThePasswordAndLinksTheErrorToItsField() throws Exception {
        String wrong = "not the password at all";
        MockHttpSession session = failed(StaffAccounts.WORKER, wrong, "10.41.0.1");
        assertThat(page("/sign-in?error", session)).contains("<title>Error: Sign in", "href=\"#username\"",
                        "The username or password is not right", "value=\"" + StaffAccounts.WORKER + "\"",
                        "govuk-input--error", "aria-describedby=\"username-error\"")
                .doesNotContain(wrong);
        // Kept for the one page after the failure only.
        assertThat(page("/sign-in", session)).doesNotContain("value=\"" + StaffAccounts.WORKER + "\"", "There is a problem");
    }

    @Test
    void emptyFieldsAreNamedEachLinkedToItsOwnField() throws Exception {
        assertThat(pageAfter("", "", "10.41.0.2")).contains("href=\"#username\"", "Enter your username",
                "href=\"#password\"", "Enter your password", "id=\"password-error\"");
        assertThat(pageAfter(StaffAccounts.WORKER, "", "10.41.0.3"))
                .contains("href=\"#password\"", "Enter your password", "value=\"" + StaffAccounts.WORKER + "\"")
                .doesNotContain("Enter your username");
    }
}
