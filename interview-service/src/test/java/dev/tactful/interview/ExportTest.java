package dev.tactful.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportTest {

    @Test
    void theExportHoldsTheCandidatesInterviewsAndEveryServicesPartAskedWithTheirToken() throws Exception {
        String candidate = Requests.newCandidate();
        UUID id = UUID.fromString(Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(201).extract().path("id"));
        Requests.as(candidate).body("{\"type\":\"REPLY_RECEIVED\",\"note\":\"they will decide on Friday\"}")
                .post("/api/v1/interviews/" + id + "/outcomes").then().statusCode(201);
        UUID othersInterview = UUID.fromString(Requests.as(Requests.newCandidate()).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id"));

        String body = Requests.as(candidate).get("/api/v1/me/export").then().statusCode(200)
                .contentType("application/json").header("Content-Disposition", equalTo("attachment; filename=\"tactful-export.json\""))
                .extract().asString();
        JsonNode export = Requests.JSON.readTree(body);

        assertThat(export.path("candidateId").asText()).isEqualTo(candidate);
        JsonNode interviews = export.path("interviewService").path("interviews");
        assertThat(interviews).hasSize(1);
        JsonNode interview = interviews.get(0);
        assertThat(interview.path("id").asText()).isEqualTo(id.toString());
        assertThat(interview.path("status").asText()).isEqualTo("REPLIED");
        assertThat(interview.path("interview").path("role").asText()).isEqualTo("Platform Engineer");
        assertThat(interview.path("interview").path("interviewers").get(0).path("email").asText()).isEqualTo("avery@northwind.example");
        assertThat(interview.path("outcomes")).hasSize(1);
        assertThat(interview.path("outcomes").get(0).path("note").asText()).isEqualTo("they will decide on Friday");
        assertThat(body).doesNotContain(othersInterview.toString());
        // Each other service was asked for its part with the caller's own token (its part names the token's subject).
        for (String part : new String[] { "planner", "notifier", "inbox" }) {
            JsonNode p = export.path(part + "Service");
            assertThat(p.path("part").asText()).as(part).isEqualTo(part);
            assertThat(p.path("subject").asText()).as(part).isEqualTo(candidate);
            assertThat(PartServices.LAST_AUTHORIZATION.get(part)).as(part).startsWith("Bearer ey");
        }
    }

    @Test
    void aServiceThatCannotBeAskedGivesA503ProblemAndNoHalfExport() {
        String candidate = "unreachable-" + UUID.randomUUID();
        Requests.as(candidate).body(Requests.validInterview().toString()).post("/api/v1/interviews").then().statusCode(201);
        Requests.as(candidate).get("/api/v1/me/export").then().statusCode(503).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("notifier-service"));
    }
}
