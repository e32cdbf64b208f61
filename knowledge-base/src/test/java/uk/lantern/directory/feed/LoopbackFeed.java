package uk.lantern.directory.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;

/**
 * A council's ORUK feed on a real HTTP server on loopback (the JDK's own server): {@code /oruk/services}
 * in pages ({@code page}, {@code per_page}) with the ORUK paging fields, honouring
 * {@code modified_after} against each service's {@code last_modified}. Tests change its services
 * between harvests and script failures: a status to answer a page with a number of times, a
 * page that stalls, or a refusal of {@code modified_after}.
 */
final class LoopbackFeed implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, ObjectNode> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Integer, Deque<Integer>> statuses = new ConcurrentHashMap<>();
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int stallPage = -1;
    private volatile boolean refuseModifiedAfter;
    private volatile Integer claimedTotal;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    LoopbackFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oruk/services", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The feed's API root, as a council would publish it. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oruk";
    }

    /** Puts in (or replaces) service {@code id} with the given name and last modification time. */
    LoopbackFeed service(String id, String name, Instant modified) {
        ObjectNode s = HsdsServiceWriter.JSON.createObjectNode();
        s.put("id", id);
        s.put("name", name);
        s.put("description", "A service for people in Medway: " + name + ".");
        s.put("status", "active");
        s.put("last_modified", modified.toString());
        services.put(id, s);
        return this;
    }

    LoopbackFeed services(int count, Instant modified) {
        for (int i = 1; i <= count; i++) {
            service(String.format("svc-%03d", i), "Service " + i, modified);
        }
        return this;
    }

    /** Gives service {@code id} a status HSDS does not have, so reading it reports a problem. */
    void badStatus(String id) {
        services.get(id).put("status", "closed-ish");
    }

    void remove(String id) {
        services.remove(id);
    }

    /** Answers {@code page} with {@code status} the next {@code times} times it is asked for. */
    void fail(int page, int status, int times) {
        Deque<Integer> queue = statuses.computeIfAbsent(page, p -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(status);
        }
    }

    /** Sends the headers of {@code page} and then nothing. */
    void stall(int page) {
        stallPage = page;
    }

    void refuseModifiedAfter() {
        refuseModifiedAfter = true;
    }

    /** Makes the pages claim a {@code total_items} other than the number of services they hold. */
    void claimTotal(int total) {
        claimedTotal = total;
    }

    /** The query parameters of every request, in order. */
    List<Map<String, String>> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        requests.add(query);
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "50"));
        Deque<Integer> scripted = statuses.get(page);
        Integer status = scripted == null ? null : scripted.poll();
        if (status != null) {
            send(exchange, status, "{\"error\":\"scripted\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (refuseModifiedAfter && query.containsKey("modified_after")) {
            send(exchange, 400, "{\"error\":\"modified_after is not supported\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<ObjectNode> matching = new ArrayList<>();
        synchronized (services) {
            for (ObjectNode s : services.values()) {
                if (!query.containsKey("modified_after") || Instant.parse(s.get("last_modified").asString())
                        .isAfter(Instant.parse(query.get("modified_after")))) {
                    matching.add(s);
                }
            }
        }
        int totalPages = Math.max(1, (matching.size() + perPage - 1) / perPage);
        ObjectNode body = HsdsServiceWriter.JSON.createObjectNode();
        body.put("total_items", claimedTotal == null ? matching.size() : claimedTotal);
        body.put("total_pages", totalPages);
        body.put("page_number", page);
        List<ObjectNode> onPage = matching.subList(Math.min(matching.size(), (page - 1) * perPage),
                Math.min(matching.size(), page * perPage));
        body.put("size", onPage.size());
        body.put("first_page", page == 1);
        body.put("last_page", page >= totalPages);
        body.put("empty", onPage.isEmpty());
        ArrayNode contents = body.putArray("contents");
        onPage.forEach(contents::add);
        byte[] bytes = HsdsServiceWriter.JSON.writeValueAsBytes(body);
        if (page == stallPage) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS); // the harvester gives up long before
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        send(exchange, 200, bytes);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
