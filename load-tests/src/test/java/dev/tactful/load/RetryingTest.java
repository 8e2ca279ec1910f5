package dev.tactful.load;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The POST retry loop against a local server that answers late or badly on purpose. */
class RetryingTest {

    private HttpServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private static void answer(HttpExchange exchange, int status) {
        byte[] body = "{\"id\":\"i-1\"}".getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client gave up on this request: nothing to answer.
        }
    }

    /** {@code behaviour} maps the call number (1-based) to a status, or to -1 for "answer 201 after 3 s". */
    private URI serve(IntFunction<Integer> behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            int status = behaviour.apply(calls.incrementAndGet());
            if (status < 0) {
                // A slow server: the answer leaves 3 s later from another thread, the handler returns at once.
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS).execute(() -> answer(exchange, 201));
            } else {
                answer(exchange, status);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/interviews");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static HttpRequest post(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1)).header("Idempotency-Key", "key-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    @Test
    void aTimedOutPostIsSentAgainWithTheSameKeyUntilItsAnswerIsKnown() throws Exception {
        // Timed out, then "still in progress", then the stored answer.
        URI uri = serve(n -> n == 1 ? -1 : n == 2 ? 409 : 201);
        AtomicInteger retries = new AtomicInteger();
        List<Throwable> transport = new CopyOnWriteArrayList<>();
        Retrying.Outcome outcome = Retrying.send(post(uri), Retrying.Policy.recoverOnly(5), retries, transport::add)
                .get(30, TimeUnit.SECONDS);
        assertThat(outcome.response().statusCode()).isEqualTo(201);
        assertThat(outcome.tries()).isEqualTo(3);
        assertThat(outcome.firstFailure()).startsWith("HttpTimeoutException");
        assertThat(retries).hasValue(2);
        assertThat(transport).hasSize(1);
        assertThat(keys).containsOnly("key-1").hasSize(3);
    }

    @Test
    void withoutATransportFailureAnAnswerIsKeptAsItIs() throws Exception {
        URI uri = serve(n -> 500);
        Retrying.Outcome outcome = Retrying.send(post(uri), Retrying.Policy.recoverOnly(5), new AtomicInteger(), e -> {
        }).get(30, TimeUnit.SECONDS);
        assertThat(outcome.response().statusCode()).isEqualTo(500);
        assertThat(outcome.tries()).isEqualTo(1);
        assertThat(outcome.firstFailure()).isNull();
    }

    @Test
    void theTriesAreBounded() throws Exception {
        URI uri = serve(n -> -1);
        AtomicInteger retries = new AtomicInteger();
        assertThatThrownBy(() -> Retrying.send(post(uri), Retrying.Policy.recoverOnly(2), retries, e -> {
        }).get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(retries).hasValue(1);
    }

    @Test
    void theChaosClientRetriesA5xxFromTheFirstTry() throws Exception {
        URI uri = serve(n -> n < 3 ? 503 : 201);
        AtomicInteger retries = new AtomicInteger();
        Retrying.Outcome outcome = Retrying.send(post(uri), Retrying.Policy.client(Duration.ofSeconds(20)), retries, e -> {
        }).get(30, TimeUnit.SECONDS);
        assertThat(outcome.response().statusCode()).isEqualTo(201);
        assertThat(outcome.tries()).isEqualTo(3);
        assertThat(retries).hasValue(2);
    }
}
