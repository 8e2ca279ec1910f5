package dev.tactful.planner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Policy;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

/** The candidate's API over plans written straight into the database (the test clock stands on Saturday 2026-11-21). */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class PlanApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Pool pool;

    private InterviewLogged interview;
    private UUID thankYou;
    private UUID statusCheck;

    @BeforeEach
    void plan() {
        interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        // Avery works in Tokyo here: Monday 09:00 Tokyo is Monday 00:00 UTC.
        thankYou = TestData.insertFollowUp(pool, interview, "THANK_YOU/iv-1/EMAIL", FollowUpKind.THANK_YOU, "iv-1",
                "Avery Stone", "avery@northwind.example", "Asia/Tokyo", Instant.parse("2026-11-23T00:00:00Z"));
        statusCheck = TestData.insertFollowUp(pool, interview, "STATUS_CHECK/1/iv-1", FollowUpKind.STATUS_CHECK, "iv-1",
                "Avery Stone", "avery@northwind.example", "Asia/Tokyo", Instant.parse("2026-12-10T00:00:00Z"));
    }

    private String token() {
        return DevJwt.token(interview.candidateId());
    }

    @Test
    void planShowsEveryFollowUpInUtcAndTheRecipientsLocalTime() {
        given().auth().oauth2(token()).get("/api/v1/plans/{id}", interview.interviewId())
                .then().statusCode(200)
                .body("interviewId", equalTo(interview.interviewId().toString()))
                .body("policy", equalTo("STANDARD"))
                .body("followUps", hasSize(2))
                .body("followUps[0].id", equalTo(thankYou.toString()))
                .body("followUps[0].kind", equalTo("THANK_YOU"))
                .body("followUps[0].recipient.name", equalTo("Avery Stone"))
                .body("followUps[0].recipient.email", equalTo("avery@northwind.example"))
                .body("followUps[0].channel", equalTo("EMAIL"))
                .body("followUps[0].status", equalTo("PLANNED"))
                .body("followUps[0].dueAt", equalTo("2026-11-23T00:00:00Z"))
                .body("followUps[0].dueAtLocal", equalTo("2026-11-23T09:00:00"))
                .body("followUps[0].timeZone", equalTo("Asia/Tokyo"))
                .body("followUps[0].rule", equalTo("R1"))
                .body("followUps[0].reason", equalTo("Test follow-up."))
                .body("suppressions", hasSize(0));
    }

    @Test
    void anotherCandidatesPlanAndFollowUpsAreNotFound() {
        String stranger = DevJwt.token(Fixtures.candidateId());
        given().auth().oauth2(stranger).get("/api/v1/plans/{id}", interview.interviewId())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(stranger).post("/api/v1/followups/{id}/skip", thankYou)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body("{\"until\":\"2026-11-28T03:00:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", thankYou)
                .then().statusCode(404).contentType(PROBLEM);
        assertThat(TestData.followUp(pool, thankYou).getString("status")).isEqualTo("PLANNED");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  " })
    void aTokenWithoutAUsableSubjectIs401Problem(String subject) {
        String token = DevJwt.tokenWithSubject(subject);
        given().auth().oauth2(token).get("/api/v1/plans/{id}", interview.interviewId())
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("https://tactful.dev/problems/unauthorized"));
        given().auth().oauth2(token).post("/api/v1/followups/{id}/skip", thankYou)
                .then().statusCode(401).contentType(PROBLEM);
        assertThat(TestData.followUp(pool, thankYou).getString("status")).isEqualTo("PLANNED");
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().get("/api/v1/plans/{id}", interview.interviewId()).then().statusCode(401);
        given().post("/api/v1/followups/{id}/skip", thankYou).then().statusCode(401);
    }

    @Test
    void unknownInterviewOrFollowUpIs404() {
        given().auth().oauth2(token()).get("/api/v1/plans/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(token()).post("/api/v1/followups/{id}/skip", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void skipMarksAPlannedFollowUpSkippedOnlyOnce() {
        given().auth().oauth2(token()).post("/api/v1/followups/{id}/skip", thankYou)
                .then().statusCode(200).body("status", equalTo("SKIPPED")).body("id", equalTo(thankYou.toString()));
        assertThat(TestData.followUp(pool, thankYou).getString("status")).isEqualTo("SKIPPED");

        given().auth().oauth2(token()).post("/api/v1/followups/{id}/skip", thankYou)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("SKIPPED"));
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"2026-11-28T03:00:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", thankYou)
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void snoozeMovesToTheRecipientsNextSendWindow() {
        // Saturday 12:00 in Tokyo: the next business hour there is Monday 09:00 Tokyo = Monday 00:00 UTC.
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"2026-11-28T03:00:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", thankYou)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("dueAt", equalTo("2026-11-30T00:00:00Z"))
                .body("dueAtLocal", equalTo("2026-11-30T09:00:00"))
                .body("snoozedUntil", equalTo("2026-11-28T03:00:00Z"));
        given().auth().oauth2(token()).get("/api/v1/plans/{id}", interview.interviewId())
                .then().statusCode(200)
                .body("followUps.find { it.kind == 'THANK_YOU' }.dueAt", equalTo("2026-11-30T00:00:00Z"));
    }

    @Test
    void snoozeInsideBusinessHoursKeepsTheWish() {
        // Tuesday 10:30 Tokyo is inside the window, so the follow-up is due exactly then.
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"2026-11-24T01:30:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", thankYou)
                .then().statusCode(200).body("dueAt", equalTo("2026-11-24T01:30:00Z"));
    }

    @Test
    void snoozeThatBreaksTheTouchSpacingIsRefused() {
        // Saturday 5 Dec -> Monday 7 Dec, three days before the status check to the same person on the same channel (R7).
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"2026-12-05T03:00:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", thankYou)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("R7: that would put this thank-you note within 7 days of the status check"));
        assertThat(TestData.followUp(pool, thankYou).getOffsetDateTime("due_at").toInstant())
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void snoozeNeedsAFutureInstant() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"2026-11-01T00:00:00Z\"}")
                .post("/api/v1/followups/{id}/snooze", statusCheck)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("until"));
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/followups/{id}/snooze", statusCheck)
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"until\":\"next week\"}")
                .post("/api/v1/followups/{id}/snooze", statusCheck)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rulesCatalogueListsR1ToR18WithSources() {
        given().auth().oauth2(token()).get("/api/v1/rules")
                .then().statusCode(200)
                .body("", hasSize(18))
                .body("[0].id", equalTo("R1"))
                .body("[15].id", equalTo("R16"))
                .body("[16].id", equalTo("R17"))
                .body("[17].id", equalTo("R18"))
                .body("[17].summary", org.hamcrest.Matchers.containsString("corrected address"))
                .body("[0].summary", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))
                .body("[0].sources.id", hasItem("000"));
    }

    @Test
    void openApiDescribesThePlanEndpoint() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{interviewId}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/followups/{id}/snooze"));
    }

    @Test
    void healthAndMetricsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("tactful_followups_fired_total"));
    }
}
