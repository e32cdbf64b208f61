package uk.lantern.web.chat.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.web.LanternApplication;
import uk.lantern.web.chat.Conversation;
import uk.lantern.web.chat.ConversationStore;
import uk.lantern.web.chat.Dialogue;

/**
 * Load harness for the chat: starts the application on a loopback port, opens many WebSocket
 * conversations that answer each question after a pause, and reports turn latency (from a
 * message sent to the next question or summary received), turns per second and heap per idle
 * conversation. Clients and server share this JVM and its two cores, so the figures are a
 * floor on what the server alone would do. It stops by itself after the measured window.
 *
 * <p>Run: {@code ./mvnw -pl web-chat -am verify -Pbench -DskipTests}; arguments
 * (conversations, measured seconds, shortest and longest pause in ms) through
 * {@code -Dbench.args="2000 60 4000 12000"}. Figures go in docs/benchmarks.md.
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
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private volatile boolean measuring;
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int minPause = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int maxPause = args.length > 3 ? Integer.parseInt(args[3]) : 12000;
        new ChatLoadHarness().run(conversations, seconds, minPause, maxPause);
        System.exit(0);
    }

    private void run(int conversations, int seconds, int minPause, int maxPause) throws Exception {
        Path index = Files.createTempDirectory("lantern-load-index");
        ConfigurableApplicationContext app = SpringApplication.run(LanternApplication.class,
                "--server.port=0", "--lantern.chat.allowed-origins=" + ORIGIN,
                "--lantern.chat.max-conversations=" + (conversations + 100),
                // Every simulated person comes from loopback: lift the per-client share and allowance.
                "--lantern.chat.max-conversations-per-client=" + (conversations + 100),
                "--lantern.chat.new-conversations-per-minute=" + (conversations * 60 + 100),
                "--lantern.directory.index-path=" + index, "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            System.out.printf("cores %d, JDK %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("heap per idle conversation: %.1f KiB (mid-screening, 5,000 measured)%n",
                    heapPerIdleConversation(app.getBean(Dialogue.class)) / 1024.0);
            load(port, conversations, seconds, minPause, maxPause);
        } finally {
            app.close();
        }
    }

    /** Heap held by conversations waiting at their first question, measured on a store of their own. */
    private static double heapPerIdleConversation(Dialogue dialogue) throws InterruptedException {
        int n = 5000;
        ConversationStore store = new ConversationStore(
                new ConversationStore.Capacity(Duration.ofMinutes(30), n, n, n, Duration.ofMinutes(5)), Clock.systemUTC());
        long before = usedHeapAfterGc();
        for (int i = 0; i < n; i++) {
            Conversation c = store.start("harness").conversation();
            dialogue.open(c);
            dialogue.hear(c, "ME7 1AB");
        }
        long after = usedHeapAfterGc();
        if (store.size() != n) {
            throw new IllegalStateException("store lost conversations");
        }
        return (after - before) / (double) n;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void load(int port, int conversations, int seconds, int minPause, int maxPause) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws/chat");
        long rampStart = System.nanoTime();
        for (int i = 0; i < conversations; i++) {
            Client client = new Client(timer, minPause, maxPause);
            http.newWebSocketBuilder().header("Origin", ORIGIN).buildAsync(uri, client)
                    .thenAccept(ws -> client.send(ws, "{\"type\":\"hello\"}"))
                    .exceptionally(e -> {
                        errors.incrementAndGet();
                        return null;
                    });
            if (i % 100 == 99) {
                Thread.sleep(250);
            }
        }
        System.out.printf("ramp: %d conversations opened in %.1f s%n", conversations,
                (System.nanoTime() - rampStart) / 1e9);
        Thread.sleep(Math.min(maxPause, 10_000));
        long startTurns = turns.get();
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long measuredTurns = turns.get() - startTurns;
        stopping = true;
        timer.shutdownNow();
        report(conversations, elapsed, measuredTurns);
    }

    private void report(int conversations, double elapsed, long measuredTurns) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("window %.0f s, %d conversations, %d turns = %.0f turns/s, %d summaries reached, %d errors%n",
                elapsed, conversations, measuredTurns, measuredTurns / elapsed, summaries.get(), errors.get());
        if (sorted.length > 0) {
            System.out.printf("turn latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f (%d turns)%n",
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    sorted.length);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** One person: answers each question after a pause, starts again after the summary. */
    private final class Client implements WebSocket.Listener {

        private final ScheduledExecutorService timer;
        private final int minPause;
        private final int maxPause;
        private final StringBuilder partial = new StringBuilder();
        private volatile long sentAt;

        Client(ScheduledExecutorService timer, int minPause, int maxPause) {
            this.timer = timer;
            this.minPause = minPause;
            this.maxPause = maxPause;
        }

        void send(WebSocket ws, String frame) {
            sentAt = System.nanoTime();
            ws.sendText(frame, true).exceptionally(e -> {
                errors.incrementAndGet();
                return null;
            });
        }

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

        private void hear(WebSocket ws, JsonNode frame) {
            String type = frame.path("type").asString("");
            if (type.equals("error")) {
                errors.incrementAndGet();
                return;
            }
            String kind = frame.path("kind").asString("");
            if (!type.equals("bot") || !(kind.equals("question") || kind.equals("summary"))) {
                return;
            }
            long latency = System.nanoTime() - sentAt;
            turns.incrementAndGet();
            if (measuring) {
                latencies.add(latency);
            }
            if (kind.equals("summary")) {
                summaries.incrementAndGet();
            }
            String reply = kind.equals("summary") ? say("start again") : answer(frame);
            if (!stopping) {
                long pause = ThreadLocalRandom.current().nextLong(minPause, maxPause + 1L);
                timer.schedule(() -> send(ws, reply), pause, TimeUnit.MILLISECONDS);
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

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (!stopping) {
                errors.incrementAndGet();
            }
        }
    }
}
