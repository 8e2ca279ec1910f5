package dev.tactful.planner.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.Policy;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.support.testing.AccessTable;
import dev.tactful.support.time.BusinessTime;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every /api/v1 operation of the planner, from its own OpenAPI document, called with a second candidate's token
 * on the first candidate's plan and follow-ups: 404 for each, and the owner's plan is unchanged. The plan is made
 * the way production makes it, from an interview event on the broker.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class AccessTableTest {

    @Inject
    @BusinessTime
    Clock clock;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void anotherCandidateReachesNoneOfAPlansData() {
        String owner = Fixtures.candidateId();
        UUID interview = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interview, owner, 1, Policy.STANDARD), interview);
        String ownerToken = DevJwt.token(owner);

        // Settled: the plan exists, and whatever was due at once has been fired, so only B could change it now.
        JsonPath plan = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(ownerToken).get("/api/v1/plans/{id}", interview);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, p -> p != null && settled(p));
        String followUp = plan.<Map<String, Object>>getList("followUps").stream()
                .filter(f -> "PLANNED".equals(f.get("status"))).map(f -> (String) f.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no PLANNED follow-up in " + plan.prettify()));

        AccessTable.create()
                .id("interviewId", interview).id("id", followUp)
                .othersGet404("GET /api/v1/plans/{interviewId}")
                .othersGet404("POST /api/v1/followups/{id}/skip")
                .othersGet404("POST /api/v1/followups/{id}/snooze", "{\"until\":\"2026-11-28T03:00:00Z\"}")
                .scopedToCaller("GET /api/v1/rules")
                .scopedToCaller("GET /api/v1/me/export")
                // Last: it holds the caller's timers (an erasure under way), as for B so for A at the end.
                .scopedToCaller("PUT /api/v1/me/erasure", "{}")
                .stateOfA(() -> given().auth().oauth2(ownerToken).get("/api/v1/plans/{id}", interview).then()
                        .statusCode(200).extract().asString())
                .run(DevJwt.token(Fixtures.candidateId()), ownerToken);
    }

    private boolean settled(JsonPath plan) {
        List<Map<String, Object>> followUps = plan.getList("followUps");
        Instant now = clock.instant();
        return !followUps.isEmpty() && followUps.stream().noneMatch(
                f -> "PLANNED".equals(f.get("status")) && !Instant.parse((String) f.get("dueAt")).isAfter(now));
    }
}
