package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.lantern.web.process.StaffClient;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.security.StaffAccounts;

/**
 * The tablet's copy of the safeguarding check carries an ETag, so revalidating an unchanged copy costs a 304 with
 * no body, over a real server (the filter and the security chain in their real order).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TabletCopyEtagTest {

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

    @Test
    void anUnchangedCopyCostsA304() throws Exception {
        HttpResponse<String> first = worker.get(TabletCopyEtag.TABLET_COPY);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"urgentAnswers\"");
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on the tablet's copy"));

        HttpResponse<String> again = worker.get(TabletCopyEtag.TABLET_COPY, Map.of("If-None-Match", tag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> stale = worker.get(TabletCopyEtag.TABLET_COPY, Map.of("If-None-Match", "\"0not-this-copy\""));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("ETag")).hasValue(tag);
    }
}
