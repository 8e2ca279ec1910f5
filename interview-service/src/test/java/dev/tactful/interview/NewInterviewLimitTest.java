package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * No bulk mail, first brake: the shipped 10 new interviews per candidate per hour, exact under parallel posts;
 * and the write rate limit per candidate (20 a minute here, so the test stays short).
 */
@QuarkusTest
@TestProfile(NewInterviewLimitTest.ShippedLimit.class)
class NewInterviewLimitTest {

    public static class ShippedLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The module's %test profile lifts the limit for the other tests; this one uses the shipped value.
            return Map.of("tactful.limits.new-interviews", "10", "tactful.rate-limit.writes", "20");
        }
    }

    @Test
    void theEleventhInterviewWithinAnHourIsRefusedWith429AndRetryAfter() throws Exception {
        String candidate = Requests.newCandidate();
        String firstKey = UUID.randomUUID().toString();
        String firstBody = Requests.validInterview().toString();
        String firstAnswer = Requests.as(candidate).header("Idempotency-Key", firstKey).body(firstBody)
                .post("/api/v1/interviews").then().statusCode(201).extract().asString();

        // Eleven more at once: the lock makes exactly nine of them fit, whatever the interleaving.
        ExecutorService pool = Executors.newFixedThreadPool(11);
        List<CompletableFuture<Response>> posts = new ArrayList<>();
        try {
            for (int i = 0; i < 11; i++) {
                posts.add(CompletableFuture.supplyAsync(() -> Requests.as(candidate)
                        .body(Requests.validInterview().toString()).post("/api/v1/interviews"), pool));
            }
            List<Response> answers = posts.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(Response::statusCode).containsOnly(201, 429);
            assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(9);
            Response refused = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
            refused.then().contentType(startsWith("application/problem+json")).body("status", equalTo(429));
            assertThat(refused.jsonPath().getString("detail")).contains("10 interviews", "hour");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3500L, 3600L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", candidate)).isEqualTo(10);

        // A retry of an accepted request is not a new interview: it still gets its first answer.
        String replay = Requests.as(candidate).header("Idempotency-Key", firstKey).body(firstBody)
                .post("/api/v1/interviews").then().statusCode(201).extract().asString();
        assertThat(replay).isEqualTo(firstAnswer);

        // The limit is the candidate's own: someone else logs as usual.
        Requests.as(Requests.newCandidate()).body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(201);
    }

    @Test
    void writesOverTheRateLimitGet429WithRetryAfterAndReadsStillWork() {
        String candidate = Requests.newCandidate();
        String id = Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(201).extract().path("id");
        // 19 more writes fill the allowance of 20; what they answer (201, or 409 for an outcome after a closing
        // one) does not matter here, only that none is refused for the rate.
        for (int i = 0; i < 19; i++) {
            int status = Requests.as(candidate).body("{\"type\":\"REPLY_RECEIVED\"}")
                    .post("/api/v1/interviews/" + id + "/outcomes").statusCode();
            assertThat(status).as("write %d", i + 2).isNotEqualTo(429);
        }
        Response refused = Requests.as(candidate).body("{\"type\":\"REPLY_RECEIVED\"}").post("/api/v1/interviews/" + id + "/outcomes");
        refused.then().statusCode(429).contentType(startsWith("application/problem+json")).body("status", equalTo(429));
        // 20 a minute refill one every 3 s.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3L);
        Requests.as(candidate).get("/api/v1/interviews/" + id).then().statusCode(200);
        Requests.as(Requests.newCandidate()).body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(201);
    }
}
