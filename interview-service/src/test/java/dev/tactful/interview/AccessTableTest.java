package dev.tactful.interview;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.tactful.infra.DevJwt;
import dev.tactful.support.testing.AccessTable;

/**
 * Every /api/v1 operation of this service, from its own OpenAPI document, called with a second candidate's token
 * on the first candidate's interview, interviewer and outcome: 404 for each, and nothing changes for the owner.
 */
@QuarkusTest
class AccessTableTest {

    @Test
    void anotherCandidateReachesNoneOfAnInterviewsData() throws Exception {
        String owner = Requests.newCandidate();
        ExtractableResponse<Response> created = Requests.as(owner).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        UUID interview = UUID.fromString(created.path("id"));
        String interviewer = created.path("interviewers[0].id");
        String outcome = Requests.as(owner).body("{\"type\":\"OFFER\",\"note\":\"verbal offer\"}")
                .post("/api/v1/interviews/" + interview + "/outcomes").then().statusCode(201).extract().path("id");
        EventsTopic.publishedFor(interview, 2);

        AccessTable.create()
                .id("id", interview).id("interviewerId", interviewer).id("outcomeId", outcome)
                .scopedToCaller("GET /api/v1/interviews")
                .scopedToCaller("POST /api/v1/interviews", Requests.validInterview().toString())
                .othersGet404("GET /api/v1/interviews/{id}")
                .othersGet404("POST /api/v1/interviews/{id}/outcomes", "{\"type\":\"REJECTED\"}")
                .othersGet404("GET /api/v1/interviews/{id}/outcomes/{outcomeId}")
                .othersGet404("PATCH /api/v1/interviews/{id}/interviewers/{interviewerId}", "{\"askedNotToFollowUp\":true}")
                .scopedToCaller("GET /api/v1/me/export")
                // Last: it erases the caller, after which the caller's new interviews are refused (409).
                .scopedToCaller("DELETE /api/v1/me")
                .stateOfA(() -> {
                    try {
                        return List.of(
                                Requests.as(owner).get("/api/v1/interviews/" + interview).then().statusCode(200)
                                        .extract().asString(),
                                Requests.as(owner).get("/api/v1/interviews").then().statusCode(200).extract().asString(),
                                EventsTopic.outboxRows(interview));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .run(DevJwt.token(Requests.newCandidate()), DevJwt.token(owner));
    }
}
