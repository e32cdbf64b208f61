package uk.lantern.web.process;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.lantern.web.secondfactor.TimeBasedCodes;

/**
 * A member of staff's browser, minus the browser: real HTTP with a cookie jar, reading the CSRF
 * token from each page as a browser's form would send it.
 */
public final class StaffClient {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ENROL_KEY = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public StaffClient(LanternProcess server) {
        this("http://127.0.0.1:" + server.port());
    }

    /** A client of the server at {@code base}, e.g. {@code http://127.0.0.1:8080}. */
    public StaffClient(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private StaffClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (the same cookies) talking to another instance behind the same load balancer. */
    public StaffClient on(String otherBase) {
        return new StaffClient(otherBase, http);
    }

    /** Signs in through the sign-in form; fails unless it lands on {@code /home}. */
    public StaffClient signIn(String username, String password) throws IOException, InterruptedException {
        String token = token("/sign-in");
        HttpResponse<String> answer = postForm("/sign-in", Map.of("username", username, "password", password,
                "_csrf", token));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.endsWith("/home")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /**
     * For an admin just signed in: sets up an authenticator app as a person would, reading the key
     * off the enrolment page and typing the code it gives now. Returns the key, for later codes.
     */
    public String enrolSecondFactor() throws IOException, InterruptedException {
        String page = get("/sign-in/second-factor/enrol").body();
        Matcher key = ENROL_KEY.matcher(page);
        if (!key.find()) {
            throw new IllegalStateException("No authenticator key on the enrolment page");
        }
        String secret = key.group(1).replace(" ", "");
        HttpResponse<String> answer = postForm("/sign-in/second-factor/enrol", Map.of("code",
                new TimeBasedCodes().code(secret, Instant.now()), "_csrf", csrfIn(page)));
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("Enrolling a second factor failed: " + answer.statusCode());
        }
        return secret;
    }

    /** The CSRF token on the page at {@code path}, from its form or its meta tag. */
    public String token(String path) throws IOException, InterruptedException {
        return csrfIn(get(path).body());
    }

    private static String csrfIn(String page) {
        Matcher form = FORM_TOKEN.matcher(page);
        if (form.find()) {
            return form.group(1);
        }
        Matcher meta = META_TOKEN.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        throw new IllegalStateException("No CSRF token on the page");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with the given request headers, e.g. {@code If-None-Match} to revalidate a cached copy. */
    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a browser sends it when it opens a page: asking for HTML first. */
    public HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException,
            InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST as the tablet's script sends it, with the CSRF token in its header. */
    public HttpResponse<String> postJson(String path, String json, String csrfToken) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The session cookie's value, to send on requests made some other way. */
    public String sessionCookie() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> c.getValue()).findFirst().orElse(null);
    }
}
