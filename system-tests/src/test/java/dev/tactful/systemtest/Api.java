package dev.tactful.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The services' public REST APIs, called with a candidate's bearer token, as any client would. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String interview;
    private final String planner;
    private final String notifier;

    Api(String interview, String planner, String notifier) {
        this.interview = interview;
        this.planner = planner;
        this.notifier = notifier;
    }

    /** POST /api/v1/interviews; returns the stored interview (with its id). */
    JsonNode logInterview(String token, ObjectNode body) {
        Response r = send(token, "POST", interview + "/api/v1/interviews", body);
        r.expect(201);
        return r.json();
    }

    /** POST /api/v1/interviews as given, for requests that may be refused: the status, content type and body. */
    Answer tryLogInterview(String token, JsonNode body) {
        return send(token, "POST", interview + "/api/v1/interviews", body).answer();
    }

    /** POST /api/v1/interviews/{id}/outcomes as given, for requests that may be refused. */
    Answer tryLogOutcome(String token, String interviewId, JsonNode body) {
        return send(token, "POST", interview + "/api/v1/interviews/" + interviewId + "/outcomes", body).answer();
    }

    /** What a request that may be refused answered. */
    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("no JSON: " + body, e);
            }
        }

        /** The fields a 400 problem names ({@code errors[].field}). */
        java.util.List<String> fields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }
    }

    /** POST /api/v1/interviews/{id}/outcomes. */
    JsonNode logOutcome(String token, String interviewId, String type, Instant at) {
        ObjectNode body = JSON.createObjectNode().put("type", type).put("at", at.toString());
        body.putNull("note");
        body.putNull("newDecisionExpectedBy");
        Response r = send(token, "POST", interview + "/api/v1/interviews/" + interviewId + "/outcomes", body);
        r.expect(200, 201, 202);
        return r.json();
    }

    /** DELETE /api/v1/me on interview-service: erases the candidate everywhere; returns the 202's body. */
    JsonNode erase(String token) {
        Response r = send(token, "DELETE", interview + "/api/v1/me", null);
        r.expect(202);
        return r.json();
    }

    /** GET /api/v1/me/export on interview-service: everything Tactful holds about the candidate. */
    JsonNode export(String token) {
        Response r = send(token, "GET", interview + "/api/v1/me/export", null);
        r.expect(200);
        return r.json();
    }

    /** GET /api/v1/plans/{interviewId}; empty while the planner has not planned it yet. */
    Optional<JsonNode> plan(String token, String interviewId) {
        Response r = send(token, "GET", planner + "/api/v1/plans/" + interviewId, null);
        if (r.status == 404) {
            return Optional.empty();
        }
        r.expect(200);
        return Optional.of(r.json());
    }

    /** GET /api/v1/deliveries?interviewId=: the notifier's delivery records (array, or a page with items). */
    JsonNode deliveries(String token, String interviewId) {
        Response r = send(token, "GET", notifier + "/api/v1/deliveries?interviewId=" + interviewId, null);
        r.expect(200);
        JsonNode body = r.json();
        if (body.isArray()) {
            return body;
        }
        for (String field : new String[] { "items", "deliveries", "content", "data" }) {
            if (body.path(field).isArray()) {
                return body.get(field);
            }
        }
        throw new AssertionError("Unexpected deliveries body: " + body);
    }

    /**
     * The RFC 8058 one-click POST a mail provider sends to a {@code List-Unsubscribe} URL: no token, the form body
     * {@code List-Unsubscribe=One-Click}. Returns the status and the page.
     */
    static String[] oneClick(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new String[] { Integer.toString(response.statusCode()), response.body() };
        } catch (IOException e) {
            throw new AssertionError("POST " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private Response send(String token, String method, String url, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method + " " + url, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private record Response(String call, int status, String contentType, String body) {

        Answer answer() {
            return new Answer(status, contentType, body);
        }

        void expect(int... statuses) {
            for (int s : statuses) {
                if (status == s) {
                    return;
                }
            }
            throw new AssertionError(call + " answered " + status + ": " + body);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(call + " answered no JSON: " + body, e);
            }
        }
    }
}
