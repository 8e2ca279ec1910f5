package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Limits;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class ApiTest {

    static final String PREVIEW = """
            {"kind": "%s", "channel": "%s", "deliveryMode": "SEND_DIRECT",
             "recipient": {"name": "Avery Stone", "title": "Engineering Manager", "email": "avery@northwind.example", "timeZone": "Asia/Tokyo"},
             "candidate": {"name": "Rowan Tester", "email": "rowan@example.org", "timeZone": "Europe/Berlin"},
             "interview": {"companyName": "Northwind", "role": "Platform Engineer", "interviewedAt": "2026-11-19T10:00:00+09:00",
                           "decisionExpectedBy": "2026-11-26", "topicsDiscussed": %s, "pointsToReinforce": [], "concernsToAddress": []}}
            """;

    @Test
    void candidatesSeeTheirOwnDeliveriesOnly() {
        String candidate = "cand-" + UUID.randomUUID();
        FollowUpDue due = due(UUID.randomUUID(), UUID.randomUUID(), candidate, FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        Kafka.publish(due);
        String token = DevJwt.token(candidate);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).queryParam("interviewId", due.interviewId().toString())
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].followUpId", equalTo(due.followUpId().toString()))
                .body("[0].status", equalTo("SENT")));

        given().auth().oauth2(token).when().get("/api/v1/deliveries/" + due.followUpId())
                .then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("attempts", equalTo(1))
                .body("rule", equalTo("R1"))
                .body("content.text", containsString("moving billing to event streaming"))
                .body("email.messageId", equalTo("<followup-" + due.followUpId() + "@tactful.dev>"))
                .body("sentAt", org.hamcrest.Matchers.notNullValue());

        String other = DevJwt.token("cand-" + UUID.randomUUID());
        given().auth().oauth2(other).when().get("/api/v1/deliveries/" + due.followUpId())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).queryParam("interviewId", due.interviewId().toString()).when().get("/api/v1/deliveries")
                .then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/v1/deliveries/" + due.followUpId()).then().statusCode(401);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  " })
    void aTokenWithoutAUsableSubjectIs401Problem(String subject) {
        given().auth().oauth2(DevJwt.tokenWithSubject(subject)).when().get("/api/v1/deliveries")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://tactful.dev/problems/unauthorized"))
                .body("detail", containsString("subject"));
    }

    @Test
    void aMalformedInterviewIdIsA400NamingTheField() {
        given().auth().oauth2(DevJwt.token("cand-x")).queryParam("interviewId", "nope").when().get("/api/v1/deliveries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("interviewId"));
    }

    @Test
    void previewRendersAnyKindWithTheGatesVerdictWithoutSending() {
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("LINKEDIN_CONNECT", "LINKEDIN", "[\"moving billing to event streaming\"]"))
                .when().post("/api/v1/previews")
                .then().statusCode(200)
                .body("verdict.passed", equalTo(true))
                .body("characters", lessThanOrEqualTo(300))
                .body("text", containsString("moving billing to event streaming"))
                // A LinkedIn request can only come from the candidate, so even in direct mode it goes to them.
                .body("email.to", equalTo("rowan@example.org"));

        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", "[]"))
                .when().post("/api/v1/previews")
                .then().statusCode(200)
                .body("verdict.passed", equalTo(false))
                .body("verdict.reasons.code", hasItem("NO_INTERVIEW_DETAIL"))
                .body("email.to", equalTo("avery@northwind.example"))
                .body("email.replyTo", equalTo("rowan@example.org"))
                .body("email.from", equalTo("Rowan Tester via Tactful <no-reply@tactful.dev>"));
    }

    @Test
    void previewInputErrorsAre400sNamingTheField() {
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", "[]").replace("\"kind\": \"THANK_YOU\",", ""))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "PIGEON", "[]"))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channel"));
        // Missing or null, even for a candidate-facing kind: a 400 naming it, not a 500 from building the FollowUpDue.
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", "[]").replaceFirst("\"recipient\": \\{[^}]*},", ""))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("recipient")));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("KEEP_SEARCHING", "EMAIL", "[]").replaceFirst("\"recipient\": \\{[^}]*}", "\"recipient\": null"))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("recipient")));
    }

    /** The interview request's limits (the contract's Limits): at the limit fine, one over it a 400 naming the field. */
    @Test
    void previewsHaveTheInterviewRequestsSizeLimits() {
        String atLimit = PREVIEW.formatted("THANK_YOU", "EMAIL", topics(Limits.TOPICS, Limits.TOPIC))
                .replace("Platform Engineer", "r".repeat(Limits.ROLE)).replace("Avery Stone", "a".repeat(Limits.NAME));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON).body(atLimit)
                .when().post("/api/v1/previews").then().statusCode(200);

        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", "[]").replace("Platform Engineer", "r".repeat(Limits.ROLE + 1)))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("interview.role"));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", topics(Limits.TOPICS + 1, 10)))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("interview.topicsDiscussed"));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", topics(1, Limits.TOPIC + 1)))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("interview.topicsDiscussed")));
        given().auth().oauth2(DevJwt.token("cand-p")).contentType(ContentType.JSON)
                .body(PREVIEW.formatted("THANK_YOU", "EMAIL", "[]").replace("Avery Stone", "a".repeat(Limits.NAME + 1)))
                .when().post("/api/v1/previews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("recipient.name"));
    }

    private static String topics(int count, int length) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "\"" + ("topic " + i + " moving billing to event streaming " + "x".repeat(length)).substring(0, length) + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/deliveries/{id}"))
                .body(containsString("/api/v1/previews"));
    }
}
