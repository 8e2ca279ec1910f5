package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Load shedding at the door (service-support's InFlightLimit), with the limit at zero so that every API request is
 * over it: an immediate 503 problem with Retry-After, before authentication or any database work, while health stays
 * reachable.
 */
@QuarkusTest
@TestProfile(OverloadTest.NoRoom.class)
class OverloadTest {

    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tactful.http.max-in-flight", "0");
        }
    }

    @Test
    void anApiRequestOverTheLimitIs503ProblemWithRetryAfter() {
        Requests.as(Requests.newCandidate()).contentType(ContentType.JSON).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(503).header("Retry-After", "1")
                .contentType(startsWith("application/problem+json")).body("status", equalTo(503))
                .body("title", equalTo("Overloaded"));
        // Not even the token is looked at: shedding costs nothing.
        given().get("/api/v1/interviews").then().statusCode(503);
    }

    @Test
    void healthIsNeverShed() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
