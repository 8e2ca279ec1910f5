package dev.tactful.interview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the planner, the notifier and inbox-service in this module's tests: a real HTTP server on loopback
 * answering each service's {@code GET /api/v1/me/export} with a small part that names the token's subject, so a
 * test can see that the export asked each service with the caller's own token. A subject starting with
 * {@code unreachable-} gets a 500 from the notifier. The real parts are tested in their own modules.
 */
public class PartServices implements QuarkusTestResourceLifecycleManager {

    static final Map<String, String> LAST_AUTHORIZATION = new ConcurrentHashMap<>();
    /** "part:subject" of every erasure hold received. */
    static final java.util.Set<String> HOLDS = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] { "planner", "notifier", "inbox" }) {
            server.createContext("/" + part + "/api/v1/me/export", exchange -> answer(part, exchange));
            server.createContext("/" + part + "/api/v1/me/erasure", exchange -> hold(part, exchange));
        }
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.planner.url", base + "/planner",
                "quarkus.rest-client.notifier.url", base + "/notifier",
                "quarkus.rest-client.inbox.url", base + "/inbox");
    }

    private static void answer(String part, HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        int status;
        String body;
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            status = 401;
            body = "{}";
        } else {
            LAST_AUTHORIZATION.put(part, authorization);
            String subject = subject(authorization.substring("Bearer ".length()));
            boolean fail = part.equals("notifier") && subject.startsWith("unreachable-");
            status = fail ? 500 : 200;
            body = fail ? "{}" : JSON.createObjectNode().put("part", part).put("subject", subject).toString();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void hold(String part, HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        exchange.getRequestBody().readAllBytes();
        int status;
        if (authorization == null || !authorization.startsWith("Bearer ") || !"PUT".equals(exchange.getRequestMethod())) {
            status = 401;
        } else {
            String subject = subject(authorization.substring("Bearer ".length()));
            status = part.equals("notifier") && subject.startsWith("unreachable-") ? 500 : 204;
            if (status == 204) {
                HOLDS.add(part + ":" + subject);
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static String subject(String jwt) throws IOException {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return claims.path("sub").asText();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
