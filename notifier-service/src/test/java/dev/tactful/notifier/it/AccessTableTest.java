package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.support.testing.AccessTable;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every /api/v1 operation of the notifier, from its own OpenAPI document, called with a second candidate's token
 * on the first candidate's delivery and interview: 404 for the delivery, nothing of A's in any list or preview,
 * and A's deliveries unchanged. The delivery is made as production makes it, from a due follow-up on the broker.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class AccessTableTest {

    @Test
    void anotherCandidateReachesNoneOfADeliverysData() {
        String owner = "cand-" + UUID.randomUUID();
        FollowUpDue due = due(UUID.randomUUID(), UUID.randomUUID(), owner, FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        Kafka.publish(due);
        String ownerToken = DevJwt.token(owner);
        // Settled (SENT), so only another candidate's calls could still change it.
        String delivery = await().atMost(WAIT).ignoreExceptions().until(() -> given().auth().oauth2(ownerToken)
                .queryParam("interviewId", due.interviewId().toString()).get("/api/v1/deliveries").then()
                .statusCode(200).body("", hasSize(1)).body("[0].status", equalTo("SENT")).extract().<String>path("[0].id"),
                id -> id != null);

        AccessTable.create()
                .id("id", delivery).id("interviewId", due.interviewId()).id("followUpId", due.followUpId())
                .othersGet404("GET /api/v1/deliveries/{id}")
                .scopedToCaller("GET /api/v1/deliveries?interviewId={interviewId}")
                .scopedToCaller("GET /api/v1/me/export")
                .scopedToCaller("POST /api/v1/previews",
                        ApiTest.PREVIEW.formatted("THANK_YOU", "EMAIL", "[\"moving billing to event streaming\"]"))
                // Last: it holds the caller's deliveries (an erasure under way), as for B so for A at the end.
                .scopedToCaller("PUT /api/v1/me/erasure", "{}")
                .stateOfA(() -> given().auth().oauth2(ownerToken).get("/api/v1/deliveries").then().statusCode(200)
                        .extract().asString())
                .run(DevJwt.token("cand-" + UUID.randomUUID()), ownerToken);
    }
}
