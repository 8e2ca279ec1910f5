package dev.tactful.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tactful.infra.DevJwt;

/** The asynchronous JDK client every phase drives the services with, and a token per candidate. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the services speak it, and the default h2c upgrade attempt would add a round trip per connection.
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "load-http");
                t.setDaemon(true);
                return t;
            })).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Http() {
    }

    static String token(String candidateId) {
        // The address the generator gives the candidate: interview-service writes only to the token's own.
        return TOKENS.computeIfAbsent(candidateId, c -> DevJwt.token(c, InterviewGenerator.emailOf(c), Duration.ofHours(6)));
    }

    static HttpRequest.Builder request(String url, String candidateId) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(candidateId)).header("Accept", "application/json");
    }

    static CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
