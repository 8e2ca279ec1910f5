package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.tactful.infra.DevJwt;

@QuarkusTest
class IdempotencyAndAccessTest {

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        String candidate = Requests.newCandidate();
        String key = UUID.randomUUID().toString();
        ObjectNode body = Requests.validInterview();
        ExtractableResponse<Response> first = Requests.as(candidate).header("Idempotency-Key", key).body(body.toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        UUID id = UUID.fromString(first.path("id"));

        // Same request, formatted differently: the same answer, byte for byte.
        String reformatted = Requests.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        ExtractableResponse<Response> retry = Requests.as(candidate).header("Idempotency-Key", key).body(reformatted)
                .post("/api/v1/interviews").then().statusCode(201).extract();
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", candidate)).isEqualTo(1);
        assertThat(EventsTopic.publishedFor(id, 1)).hasSize(1);

        // Same key, another request: refused.
        body.put("role", "Staff Engineer");
        Requests.as(candidate).header("Idempotency-Key", key).body(body.toString()).post("/api/v1/interviews")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422));
        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", candidate)).isEqualTo(1);

        // Keys belong to a candidate: someone else may use the same one.
        String other = Requests.newCandidate();
        Requests.as(other).header("Idempotency-Key", key).body(body.toString()).post("/api/v1/interviews")
                .then().statusCode(201);

        // Outcomes too.
        String outcomeKey = UUID.randomUUID().toString();
        String outcome = "{\"type\":\"OFFER\",\"note\":\"verbal offer\"}";
        String o1 = Requests.as(candidate).header("Idempotency-Key", outcomeKey).body(outcome)
                .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(201).extract().path("id");
        String o2 = Requests.as(candidate).header("Idempotency-Key", outcomeKey).body(outcome)
                .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(201).extract().path("id");
        assertThat(o2).isEqualTo(o1);
        assertThat(EventsTopic.rows("outcome", "interview_id", id)).isEqualTo(1);
        Requests.as(candidate).header("Idempotency-Key", outcomeKey).body("{\"type\":\"REJECTED\"}")
                .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(422);
        assertThat(EventsTopic.publishedFor(id, 2)).hasSize(2);
    }

    @Test
    void racingRetriesWithOneKeyCreateOneInterview() throws Exception {
        String candidate = Requests.newCandidate();
        String key = UUID.randomUUID().toString();
        String body = Requests.validInterview().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> Requests.as(candidate).header("Idempotency-Key", key).body(body)
                        .post("/api/v1/interviews").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            // Winners answer 201 (first or replayed); a request that raced the first one's commit gets 409.
            assertThat(statuses).containsAnyOf(201).allMatch(s -> s == 201 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", candidate)).isEqualTo(1);
        // After the race, a retry gets the stored answer.
        Requests.as(candidate).header("Idempotency-Key", key).body(body).post("/api/v1/interviews").then().statusCode(201);
    }

    @Test
    void anotherCandidatesInterviewIsNotFoundForEveryOperation() {
        String owner = Requests.newCandidate();
        String intruder = Requests.newCandidate();
        ExtractableResponse<Response> created = Requests.as(owner).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        String id = created.path("id");
        String interviewer = created.path("interviewers[0].id");

        Requests.as(intruder).get("/api/v1/interviews/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Requests.as(intruder).body("{\"type\":\"REJECTED\"}").post("/api/v1/interviews/" + id + "/outcomes")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        Requests.as(intruder).body("{\"askedNotToFollowUp\":true}").patch("/api/v1/interviews/" + id + "/interviewers/" + interviewer)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        Requests.as(intruder).get("/api/v1/interviews").then().statusCode(200).body("total", equalTo(0));

        // Nothing changed for the owner.
        Requests.as(owner).get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("status", equalTo("AWAITING_RESPONSE")).body("revision", equalTo(1))
                .body("interviewers[0].askedNotToFollowUp", equalTo(false));
        Requests.as(owner).get("/api/v1/interviews/" + UUID.randomUUID()).then().statusCode(404);
        Requests.as(owner).body("{\"name\":\"X\"}").patch("/api/v1/interviews/" + id + "/interviewers/nobody").then().statusCode(404);
    }

    @Test
    void withoutAValidTokenEveryApiCallIs401ButHealthMetricsAndOpenApiAreOpen() {
        given().get("/api/v1/interviews").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Requests.validInterview().toString()).post("/api/v1/interviews").then().statusCode(401);
        given().get("/api/v1/interviews/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2("not.a.token").get("/api/v1/interviews").then().statusCode(401);

        given().get("/q/health").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("tactful_claim_parked{queue=\"outbox\""));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("Idempotency-Key")).body(containsString("moving billing to event streaming"))
                .body(containsString("/api/v1/interviews/{id}/interviewers/{interviewerId}"));
    }

    /** A genuine token that names no candidate must not read or write as the "null" or "" candidate. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   " })
    void aTokenWithoutAUsableSubjectIs401Problem(String subject) {
        String token = DevJwt.tokenWithSubject(subject);
        given().auth().oauth2(token).get("/api/v1/interviews").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("type", equalTo("https://tactful.dev/problems/unauthorized"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aSubjectLongerThanTheCandidateIdColumnIs401Problem() throws Exception {
        String tooLong = "c".repeat(dev.tactful.events.Limits.CANDIDATE_ID + 1);
        given().auth().oauth2(DevJwt.token(tooLong)).contentType(ContentType.JSON).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(Integer.toString(dev.tactful.events.Limits.CANDIDATE_ID)));
        assertThat(EventsTopic.count("SELECT count(*) FROM interview WHERE candidate_id = ?", tooLong)).isZero();
    }

    @Test
    void theListShowsOwnInterviewsNewestFirstPagedAndFiltered() {
        String candidate = Requests.newCandidate();
        String oldest = log(candidate, "Northwind", 5);
        String middle = log(candidate, "Contoso", 4);
        String newest = log(candidate, "northwind", 3);
        Requests.as(candidate).body("{\"type\":\"REJECTED\"}").post("/api/v1/interviews/" + middle + "/outcomes").then().statusCode(201);

        Response page0 = Requests.as(candidate).get("/api/v1/interviews?size=2");
        page0.then().statusCode(200).body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0));
        assertThat(page0.jsonPath().getList("items.id", String.class)).containsExactly(newest, middle);
        Response page1 = Requests.as(candidate).get("/api/v1/interviews?size=2&page=1");
        assertThat(page1.jsonPath().getList("items.id", String.class)).containsExactly(oldest);

        List<String> northwind = Requests.as(candidate).get("/api/v1/interviews?company=NORTHWIND").jsonPath().getList("items.id", String.class);
        assertThat(northwind).containsExactly(newest, oldest);
        List<String> rejected = Requests.as(candidate).get("/api/v1/interviews?status=REJECTED").jsonPath().getList("items.id", String.class);
        assertThat(rejected).containsExactly(middle);
    }

    @Test
    void defaultsAreFilledAndTheFirstInterviewerBecomesPrimary() {
        ObjectNode r = Requests.validInterview();
        r.remove("durationMinutes");
        r.remove("policy");
        r.remove("deliveryMode");
        r.put("endsAt", java.time.OffsetDateTime.parse(r.get("interviewedAt").asText()).plusMinutes(45)
                .withOffsetSameInstant(ZoneOffset.UTC).toString());
        for (JsonNode i : r.get("interviewers")) {
            ((ObjectNode) i).remove("primaryContact");
        }
        Requests.as(Requests.newCandidate()).body(r.toString()).post("/api/v1/interviews").then().statusCode(201)
                .body("durationMinutes", equalTo(45)).body("policy", equalTo("STANDARD"))
                .body("deliveryMode", equalTo("DRAFT_TO_CANDIDATE"))
                .body("interviewers[0].primaryContact", equalTo(true)).body("interviewers[1].primaryContact", equalTo(false))
                .body("interviewers[1].preferredChannel", equalTo("EMAIL"))
                .body("candidate.timeZone", equalTo("Europe/Berlin"));
    }

    private static String log(String candidate, String company, int daysAgo) {
        ObjectNode r = Requests.validInterview();
        ((ObjectNode) r.get("company")).put("name", company);
        r.put("interviewedAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC).toString());
        r.remove("decisionExpectedBy");
        return Requests.as(candidate).body(r.toString()).post("/api/v1/interviews").then().statusCode(201).extract().path("id");
    }
}
