package uk.lantern.web.chat.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.web.process.LanternProcess;

/**
 * Load harness for the chat across one or more instances. The servers run as JVMs of their own
 * ({@link LanternProcess}, the main classpath and shipped defaults), or are already running
 * elsewhere; the simulated people (JDK {@code HttpClient} WebSockets) run in this JVM. Each answers
 * each question after a pause; after an answer is asked for, a share of them leave and come back
 * on the next instance with their token, as a person behind a load balancer would after a
 * reconnect, and must find their conversation where they left it. It reports turn latency (from
 * a message sent to the next question or summary), resume latency (from {@code hello} with the
 * token to the history), turns per second, moves and conversations lost on a move.
 *
 * <p>Run: {@code ./mvnw -pl web-chat -am verify -Pbench -DskipTests}, with
 * {@code -Dbench.args="2000 60 4000 12000"} (conversations, measured seconds, shortest and longest
 * pause in ms) and these options after them:
 * <ul>
 * <li>{@code --instances=2}: start two servers on one PostgreSQL database (the {@code postgres}
 * profile, from {@code LANTERN_DB_URL}, {@code LANTERN_DB_USER}, {@code LANTERN_DB_PASSWORD}), the
 * second once the first has migrated it; one instance uses its own H2 file unless
 * {@code --postgres} is given;</li>
 * <li>{@code --move=0.1}: the share of questions after which a person moves to the next instance
 * (default 0.1 with more than one instance, else 0);</li>
 * <li>{@code --targets=ws://host:port/ws/chat,...}: use servers already running instead (their
 * allowed origins must include {@value #ORIGIN} and their per-client limits be lifted).</li>
 * </ul>
 * Figures go in docs/benchmarks.md.
 */
public final class ChatLoadHarness {

    private static final String ORIGIN = "http://load-harness.localhost";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Plain typed answers where a question has no quick replies, and safe answers to the safety questions. */
    private static final Map<String, String> TYPED = Map.of(
            "place", "ME7 1AB",
            "age", "seventy eight",
            "household_size", "just me",
            "eye_conditions", "2",
            "feel_safe_at_home", "yes",
            "thoughts_of_harm", "no");

    private final AtomicLong turns = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger summaries = new AtomicInteger();
    private final AtomicInteger moves = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> resumes = new ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean measuring;
    private volatile boolean stopping;

    /** What to run: the positional figures and the options after them. */
    record Plan(int conversations, int seconds, int minPause, int maxPause, int instances, boolean postgres,
            double move, List<URI> targets) {

        static Plan parse(String[] args) {
            List<String> figures = new ArrayList<>();
            Map<String, String> options = new HashMap<>();
            for (String arg : args) {
                if (arg.startsWith("--")) {
                    int eq = arg.indexOf('=');
                    options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
                } else {
                    figures.add(arg);
                }
            }
            List<URI> targets = options.containsKey("targets")
                    ? java.util.Arrays.stream(options.get("targets").split(",")).map(String::strip).map(URI::create).toList()
                    : List.of();
            int instances = targets.isEmpty() ? Integer.parseInt(options.getOrDefault("instances", "1")) : targets.size();
            double move = Double.parseDouble(options.getOrDefault("move", instances > 1 ? "0.1" : "0"));
            return new Plan(figure(figures, 0, 2000), figure(figures, 1, 60), figure(figures, 2, 4000),
                    figure(figures, 3, 12000), instances, options.containsKey("postgres") || instances > 1, move, targets);
        }

        private static int figure(List<String> figures, int i, int fallback) {
            return figures.size() > i ? Integer.parseInt(figures.get(i)) : fallback;
        }
    }

    public static void main(String[] args) throws Exception {
        Plan plan = Plan.parse(args);
        System.out.printf("client JVM: cores %d, JDK %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        List<LanternProcess> servers = new ArrayList<>();
        try {
            List<URI> targets = plan.targets().isEmpty() ? start(plan, servers) : plan.targets();
            System.out.printf("targets %s; %.0f%% of questions followed by a move%n", targets, plan.move() * 100);
            new ChatLoadHarness().load(plan, targets);
        } finally {
            for (LanternProcess server : servers) {
                server.close();
            }
        }
        System.exit(0);
    }

    /** Starts the servers one after another (the first migrates the database), each in a JVM of its own. */
    private static List<URI> start(Plan plan, List<LanternProcess> servers) throws Exception {
        Path root = Files.createTempDirectory("lantern-load");
        int conversations = plan.conversations();
        List<String> settings = new ArrayList<>(List.of("--lantern.chat.allowed-origins=" + ORIGIN,
                "--lantern.chat.max-conversations=" + (conversations + 100),
                // Every simulated person comes from loopback: lift the per-client share and allowance.
                "--lantern.chat.max-conversations-per-client=" + (conversations + 100),
                "--lantern.chat.new-conversations-per-minute=" + (conversations * 60 + 100),
                "--logging.level.root=WARN"));
        Map<String, String> env = new HashMap<>();
        if (plan.postgres()) {
            if (System.getenv("LANTERN_DB_URL") == null) {
                throw new IllegalArgumentException("Several instances share one PostgreSQL database: set LANTERN_DB_URL,"
                        + " LANTERN_DB_USER and LANTERN_DB_PASSWORD");
            }
            settings.add("--spring.profiles.active=postgres");
        }
        // Instances that share a database share the second-factor key too (docs/deployment.md).
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        env.put("LANTERN_SECOND_FACTOR_KEY", Base64.getEncoder().encodeToString(key));
        List<URI> targets = new ArrayList<>();
        for (int i = 0; i < plan.instances(); i++) {
            LanternProcess server = LanternProcess.start(root.resolve("instance-" + (i + 1)), env,
                    List.of("-Xmx768m"), settings);
            servers.add(server);
            targets.add(URI.create("ws://127.0.0.1:" + server.port() + "/ws/chat"));
            System.out.printf("instance %d: pid %d, port %d%n", i + 1, server.pid(), server.port());
        }
        return targets;
    }

    private void load(Plan plan, List<URI> targets) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        long rampStart = System.nanoTime();
        for (int i = 0; i < plan.conversations(); i++) {
            new Person(timer, plan, targets, i % targets.size()).connect(null);
            if (i % 100 == 99) {
                Thread.sleep(250);
            }
        }
        System.out.printf("ramp: %d conversations opened in %.1f s%n", plan.conversations(),
                (System.nanoTime() - rampStart) / 1e9);
        Thread.sleep(Math.min(plan.maxPause(), 10_000));
        long startTurns = turns.get();
        int startMoves = moves.get();
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(plan.seconds() * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long measuredTurns = turns.get() - startTurns;
        int measuredMoves = moves.get() - startMoves;
        stopping = true;
        timer.shutdownNow();
        System.out.printf("window %.0f s, %d conversations on %d instance(s), %d turns = %.0f turns/s, %d summaries"
                + " reached, %d errors%n", elapsed, plan.conversations(), targets.size(), measuredTurns,
                measuredTurns / elapsed, summaries.get(), errors.get());
        print("turn latency", latencies);
        if (plan.move() > 0) {
            System.out.printf("moves to another instance: %d in the window, %d conversations not found after a move%n",
                    measuredMoves, lost.get());
            print("resume latency (hello with token to history)", resumes);
        }
    }

    private static void print(String what, ConcurrentLinkedQueue<Long> samples) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf("%s ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f (%d samples)%n", what,
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    sorted.length);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * One person: answers each question after a pause, starts again after the summary, and now and
     * then leaves for the next instance and comes back there with the token.
     */
    private final class Person {

        private final ScheduledExecutorService timer;
        private final Plan plan;
        private final List<URI> targets;
        private int target;
        private volatile String token;
        private volatile long sentAt;
        private volatile long helloAt;
        private volatile boolean resuming;

        Person(ScheduledExecutorService timer, Plan plan, List<URI> targets, int target) {
            this.timer = timer;
            this.plan = plan;
            this.targets = targets;
            this.target = target;
        }

        /** Opens a connection to the current target and says hello, with the token when coming back. */
        void connect(WebSocket leaving) {
            if (leaving != null) {
                resuming = true;
                leaving.sendClose(WebSocket.NORMAL_CLOSURE, "moving");
            }
            http.newWebSocketBuilder().header("Origin", ORIGIN).buildAsync(targets.get(target), new Connection())
                    .thenAccept(ws -> {
                        helloAt = System.nanoTime();
                        send(ws, token == null ? "{\"type\":\"hello\"}"
                                : "{\"type\":\"hello\",\"token\":" + JSON.writeValueAsString(token) + "}");
                    })
                    .exceptionally(e -> {
                        errors.incrementAndGet();
                        return null;
                    });
        }

        void send(WebSocket ws, String frame) {
            sentAt = System.nanoTime();
            ws.sendText(frame, true).exceptionally(e -> {
                errors.incrementAndGet();
                return null;
            });
        }

        void hear(WebSocket ws, JsonNode frame) {
            switch (frame.path("type").asString("")) {
                case "error" -> errors.incrementAndGet();
                case "welcome" -> welcome(frame);
                case "history" -> history(ws, frame);
                case "bot" -> bot(ws, frame);
                default -> { }
            }
        }

        private void welcome(JsonNode frame) {
            if (token != null && !frame.path("resumed").asBoolean(false)) {
                // Not found there: a new conversation starts, with no history to wait for.
                lost.incrementAndGet();
                resuming = false;
            }
            token = frame.path("token").asString();
        }

        /**
         * Back on another instance, or after "start again" (which redraws the conversation): the
         * history ends with the question waiting for an answer.
         */
        private void history(WebSocket ws, JsonNode frame) {
            if (resuming) {
                resuming = false;
                if (measuring) {
                    resumes.add(System.nanoTime() - helloAt);
                }
            } else {
                turns.incrementAndGet();
                if (measuring) {
                    latencies.add(System.nanoTime() - sentAt);
                }
            }
            JsonNode messages = frame.path("messages");
            JsonNode last = messages.isArray() && !messages.isEmpty() ? messages.get(messages.size() - 1) : null;
            if (last != null && "question".equals(last.path("kind").asString(""))) {
                reply(ws, answer(last));
            }
        }

        private void bot(WebSocket ws, JsonNode frame) {
            String kind = frame.path("kind").asString("");
            if (!(kind.equals("question") || kind.equals("summary"))) {
                return;
            }
            long latency = System.nanoTime() - sentAt;
            turns.incrementAndGet();
            if (measuring) {
                latencies.add(latency);
            }
            if (kind.equals("summary")) {
                summaries.incrementAndGet();
                reply(ws, say("start again"));
            } else if (targets.size() > 1 && ThreadLocalRandom.current().nextDouble() < plan.move()) {
                moves.incrementAndGet();
                target = (target + 1) % targets.size();
                connect(ws);
            } else {
                reply(ws, answer(frame));
            }
        }

        private void reply(WebSocket ws, String frame) {
            if (!stopping) {
                long pause = ThreadLocalRandom.current().nextLong(plan.minPause(), plan.maxPause() + 1L);
                timer.schedule(() -> send(ws, frame), pause, TimeUnit.MILLISECONDS);
            }
        }

        private String answer(JsonNode question) {
            String id = question.path("questionId").asString("");
            if (TYPED.containsKey(id)) {
                return say(TYPED.get(id));
            }
            JsonNode options = question.path("options");
            if (options.isArray() && !options.isEmpty()) {
                return "{\"type\":\"choose\",\"value\":" + JSON.writeValueAsString(options.get(0).path("value").asString()) + "}";
            }
            return say("no");
        }

        private String say(String text) {
            return "{\"type\":\"say\",\"text\":" + JSON.writeValueAsString(text) + "}";
        }

        /** One WebSocket of this person's: frames may arrive in parts. */
        private final class Connection implements WebSocket.Listener {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String frame = partial.toString();
                    partial.setLength(0);
                    hear(ws, JSON.readTree(frame));
                }
                ws.request(1);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                if (!stopping) {
                    errors.incrementAndGet();
                }
            }
        }
    }
}
