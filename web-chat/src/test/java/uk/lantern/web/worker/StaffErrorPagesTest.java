package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.process.StaffClient;
import uk.lantern.web.security.StaffAccounts;

/**
 * Signed-in staff who reach a bad address in the browser get a GOV.UK page with their header, not
 * raw JSON; the APIs keep their problem details. Over a real server, since the error page is drawn
 * by the servlet container's error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    StaffClient worker;

    @BeforeEach
    void signIn() throws Exception {
        new StaffAccounts(accounts);
        worker = new StaffClient("http://127.0.0.1:" + port).signIn(StaffAccounts.WORKER, StaffAccounts.PASSWORD);
    }

    private static void aStaffPage(HttpResponse<String> page, int status, String heading) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">" + heading + "</h1>", "Sign out")
                .doesNotContain("\"status\":");
    }

    @Test
    void anUnknownAddressIsAPageNotFoundWithTheStaffHeader() throws Exception {
        aStaffPage(worker.getPage("/worker/no-such-page"), 404, "Page not found");
    }

    @Test
    void aMalformedRecordIdIsAPageNotAnApiError() throws Exception {
        aStaffPage(worker.getPage("/worker/screenings/not-a-record-id"), 400, "There is a problem with this address");
    }

    @Test
    void reopeningTheNoConsentResultSaysItWasNotKept() throws Exception {
        aStaffPage(worker.getPage("/worker/screen/result"), 200, "This result was not kept");
        aStaffPage(worker.getPage("/worker/screen/leaflet"), 200, "This result was not kept");
    }

    @Test
    void theApisKeepTheirProblemDetails() throws Exception {
        HttpResponse<String> api = worker.get("/api/services/not-a-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("govuk-heading-l");
    }
}
