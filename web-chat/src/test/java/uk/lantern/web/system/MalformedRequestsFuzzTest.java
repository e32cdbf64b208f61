package uk.lantern.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.process.StaffClient;
import uk.lantern.web.security.StaffAccounts;

/**
 * Bad input never gets a 5xx, and nothing typed reaches the log. Every handler mapping in the
 * application context (so a new endpoint is fuzzed without editing this test), plus the static
 * pages and the chat socket, gets odd methods, broken JSON, wrong and garbled content types, bad
 * percent-escapes in the path, query and form, and as every identity (anonymous, worker, trainer,
 * admin, with a CSRF token so requests reach the controllers). Each value sent carries a canary;
 * afterwards the captured log must not contain one. Before the fixes this found 500s on odd
 * methods and broken bodies, and query words and postcodes in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsFuzzTest {

    /** In every value sent; must never appear in the log. */
    private static final String CANARY = "Zqxcanary";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountStore accounts;


    /** Who sends: their session cookie and CSRF header (none for anonymous). */
    private record Identity(String name, String[] headers) {
    }

    @Test
    void noBadInputGetsA5xxOrReachesTheLog(CapturedOutput output) throws Exception {
        new StaffAccounts(accounts);
        List<Identity> identities = new ArrayList<>();
        identities.add(new Identity("anonymous", new String[0]));
        for (String username : List.of(StaffAccounts.WORKER, StaffAccounts.TRAINER, StaffAccounts.ADMIN)) {
            StaffClient client = new StaffClient("http://127.0.0.1:" + port).signIn(username, StaffAccounts.PASSWORD);
            if (username.equals(StaffAccounts.ADMIN)) {
                client.enrolSecondFactor();
            }
            String token = client.token(landing(username));
            identities.add(new Identity(username, new String[] {"Cookie: JSESSIONID=" + client.sessionCookie(),
                "X-CSRF-TOKEN: " + token}));
        }
        Map<String, List<String>> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Identity who : identities) {
            for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
                if (!who.name().equals("anonymous") && endpoint.getKey().equals("/sign-out")) {
                    continue; // would end the identity's session half way through
                }
                for (Probe probe : probes(endpoint.getKey(), endpoint.getValue())) {
                    int status = send(who, probe);
                    sent++;
                    if (status >= 500 || status == 0) {
                        failures.add(who.name() + " " + probe + " -> " + status);
                    }
                }
            }
        }
        for (Probe probe : onceOnly()) {
            int status = send(identities.get(0), probe);
            sent++;
            if (status >= 500 || status == 0) {
                failures.add("anonymous " + probe + " -> " + status);
            }
        }
        String log = output.getAll();
        List<String> leaks = linesWithCanaries(log);
        int total = sent;
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(total).as("requests sent").isGreaterThan(1000);
            softly.assertThat(failures).as("requests answered with a 5xx or not at all").isEmpty();
            softly.assertThat(leaks).as("log lines holding something a person typed (the value shown as …)").isEmpty();
        });
    }

    private static String landing(String username) {
        return switch (username) {
            case StaffAccounts.WORKER -> "/worker";
            case StaffAccounts.TRAINER -> "/training";
            default -> "/admin/accounts";
        };
    }

    /** Each mapped path with the methods it declares (GET when it declares none). */
    private Map<String, List<String>> endpoints() {
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                endpoints.computeIfAbsent(pattern, p -> new ArrayList<>()).addAll(methods.isEmpty()
                        ? List.of("GET") : methods);
            }
        }
        for (String extra : List.of("/", "/chat", "/js/lantern-chat.js", "/ws/chat", "/no-such-page")) {
            endpoints.putIfAbsent(extra, List.of("GET"));
        }
        assertThat(endpoints).as("mapped endpoints").hasSizeGreaterThan(30);
        return endpoints;
    }

    /** One request: method, target as sent, header lines and body. */
    private record Probe(String method, String target, String[] headers, String body) {
        @Override
        public String toString() {
            // Never the values themselves, so a failure message holds no canary.
            return method + " " + target.replace(CANARY, "…") + " " + String.join(",", headers).replace(CANARY, "…")
                    + (body == null ? "" : " [" + body.length() + " bytes]");
        }
    }

    private static List<Probe> probes(String pattern, List<String> declared) {
        String path = pattern.replaceAll("\\{[^}]*\\}", CANARY + "1");
        String badPath = pattern.contains("{") ? pattern.replaceAll("\\{[^}]*\\}", CANARY + "%zz%E0%A4") : path + "%zz";
        String query = "?q=" + CANARY + "q%zz&postcode=" + CANARY + "%ZZME7&page=" + CANARY + "&scope=" + CANARY;
        String[] json = {"Content-Type: application/json"};
        String[] form = {"Content-Type: application/x-www-form-urlencoded"};
        String formBody = "q=" + CANARY + "f%zz&postcode=" + CANARY + "pc&notes=" + CANARY + "n&reference=" + CANARY
                + "r&text=" + CANARY + "t&username=" + CANARY + "u&password=" + CANARY + "p&team=" + CANARY
                + "&followUpOn=" + CANARY + "&answer=" + CANARY;
        String brokenJson = "{\"answers\": {\"postcode\": \"" + CANARY + "pc\", \"age\": \"" + CANARY + "\"";
        List<Probe> probes = new ArrayList<>();
        for (String method : new TreeSet<>(declared)) {
            probes.add(new Probe(method, path + query, new String[0], null));
            probes.add(new Probe(method, path, json, brokenJson));
            probes.add(new Probe(method, path, json, "[" + CANARY + "]"));
            probes.add(new Probe(method, path, json, "{\"submissionId\":\"" + CANARY + "\",\"answers\":{\""
                    + CANARY + "\":1},\"consent\":\"" + CANARY + "\"}"));
            probes.add(new Probe(method, path, form, formBody));
            probes.add(new Probe(method, path, new String[] {"Content-Type: text/xml"}, "<q>" + CANARY + "</q>"));
            probes.add(new Probe(method, path, new String[] {"Content-Type: ;;" + CANARY + "/%%"}, formBody));
            probes.add(new Probe(method, path, new String[] {"Content-Type: multipart/form-data; boundary="
                + CANARY}, "--" + CANARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + CANARY));
            probes.add(new Probe(method, badPath + query, new String[0], null));
        }
        for (String odd : List.of("PROPFIND", "TRACE", "PATCH", "PUT", "DELETE", "OPTIONS", "HEAD", "POST", "GET")) {
            if (!declared.contains(odd)) {
                probes.add(new Probe(odd, path + query, form, formBody));
            }
        }
        return probes;
    }

    /** Requests about the server as a whole, sent once. */
    private static List<Probe> onceOnly() {
        String[] form = {"Content-Type: application/x-www-form-urlencoded"};
        return List.of(
                new Probe("GET", "/api/services?q=" + CANARY, new String[] {"X-Big: " + "a".repeat(20_000)}, null),
                new Probe("GET", "/api/services?q=" + CANARY + "a".repeat(20_000), new String[0], null),
                new Probe("GET", "/api/services?q=" + CANARY + "%", new String[0], null),
                new Probe("GET", "/%c0%ae%c0%ae/" + CANARY, new String[0], null),
                new Probe("GET", "/worker/screenings/..;/" + CANARY, new String[0], null),
                new Probe("POST", "/sign-in", form, "username=" + StaffAccounts.WORKER + "&password="
                        + CANARY + "é".repeat(80)),
                new Probe("POST", "/sign-in", form, "username=" + CANARY + "&password=" + "x".repeat(200)));
    }

    private int send(Identity who, Probe probe) throws IOException {
        String[] headers = new String[who.headers().length + probe.headers().length];
        System.arraycopy(who.headers(), 0, headers, 0, who.headers().length);
        System.arraycopy(probe.headers(), 0, headers, who.headers().length, probe.headers().length);
        return RawHttp.send(port, probe.method(), probe.target(), headers, probe.body());
    }

    private static List<String> linesWithCanaries(String log) {
        String canary = CANARY.toLowerCase(Locale.ROOT);
        return log.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains(canary))
                .map(line -> line.replaceAll("(?i)" + CANARY, "…"))
                .map(line -> line.length() > 300 ? line.substring(0, 300) : line).distinct().limit(30).toList();
    }
}
