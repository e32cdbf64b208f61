package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.lantern.web.account.AccountStore;

/**
 * 100 simultaneous sign-in attempts over real HTTP, through a trusted proxy (the test itself, on
 * loopback, sending X-Forwarded-For): the attempts are claimed atomically, so only the free
 * allowance gets a password check (3 for one username from one client, 10 for many usernames
 * from one client) and the rest are refused without one. The clock stands still, so the figures
 * are exact. The owner then signs in from their own address at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@Import(MutableClock.InContext.class)
class SignInBurstTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordSignIn signIn;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;
    private String csrf;

    @BeforeEach
    void signInPage() throws Exception {
        new StaffAccounts(accounts);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .build(), HttpResponse.BodyHandlers.ofString());
        cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        csrf = token.group(1);
    }

    private HttpResponse<String> attempt(String username, String password, String client) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the attempts all at once from one client; returns where each was redirected. */
    private List<String> burst(int count, String client, java.util.function.IntFunction<String> username)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return attempt(username.apply(n), "wrong guess " + n, client).headers()
                            .firstValue("Location").orElse("none");
                }));
            }
            go.countDown();
            List<String> where = new ArrayList<>();
            for (Future<String> answer : answers) {
                where.add(answer.get());
            }
            return where;
        }
    }

    @Test
    void aHundredSimultaneousAttemptsGetOnlyTheFreeAllowanceOfPasswordChecks() throws Exception {
        long before = signIn.passwordChecks();
        List<String> oneUsername = burst(100, "203.0.113.7", n -> StaffAccounts.WORKER);
        long checked = signIn.passwordChecks() - before;
        System.out.println("100 simultaneous attempts, one username, one client: " + checked + " password checks");
        assertThat(checked).isEqualTo(3);
        assertThat(oneUsername.stream().filter(url -> url.endsWith("/sign-in?error"))).hasSize(3);
        assertThat(oneUsername.stream().filter(url -> url.contains("/sign-in?wait="))).hasSize(97);

        before = signIn.passwordChecks();
        burst(100, "203.0.113.8", n -> "someone" + n);
        checked = signIn.passwordChecks() - before;
        System.out.println("100 simultaneous attempts, 100 usernames, one client: " + checked + " password checks");
        assertThat(checked).isEqualTo(10);

        assertThat(attempt(StaffAccounts.WORKER, StaffAccounts.PASSWORD, "203.0.113.7").headers()
                .firstValue("Location").orElseThrow()).as("the attacking client is still held back").contains("/sign-in?wait=");
        assertThat(attempt(StaffAccounts.WORKER, StaffAccounts.PASSWORD, "198.51.100.20").headers()
                .firstValue("Location").orElseThrow()).as("the owner, from their own address").endsWith("/home");
    }
}
