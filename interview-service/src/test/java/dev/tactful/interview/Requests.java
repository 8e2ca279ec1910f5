package dev.tactful.interview;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import dev.tactful.infra.DevJwt;

/** Request bodies and authenticated calls shared by the tests. */
final class Requests {

    static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    static String newCandidate() {
        return "candidate-" + UUID.randomUUID();
    }

    static RequestSpecification as(String candidateId) {
        return given().auth().oauth2(DevJwt.token(candidateId)).contentType(ContentType.JSON);
    }

    /** The contract's example request, moved to two days ago so it is never "in the future". */
    static ObjectNode validInterview() {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("candidate").put("name", "Rowan Tester").put("email", "rowan@example.org").put("timeZone", "Europe/Berlin");
        r.putObject("company").put("name", "Northwind").put("timeZone", "Asia/Tokyo");
        r.put("role", "Platform Engineer");
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        r.put("interviewedAt", start.atOffset(ZoneOffset.ofHours(9)).toString());
        r.put("durationMinutes", 60);
        r.put("format", "VIDEO");
        ArrayNode interviewers = r.putArray("interviewers");
        interviewers.addObject().put("name", "Avery Stone").put("title", "Engineering Manager")
                .put("email", "avery@northwind.example").putNull("linkedinUrl").put("preferredChannel", "EMAIL")
                .put("askedNotToFollowUp", false).put("primaryContact", true);
        interviewers.addObject().put("name", "Sam Okafor").put("title", "Staff Engineer")
                .put("email", "sam@northwind.example").put("timeZone", "Europe/London");
        r.putNull("agency");
        r.put("decisionExpectedBy", start.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7).toString());
        r.putArray("topicsDiscussed").add("moving billing to event streaming");
        r.putArray("pointsToReinforce").add("on-call experience with Kafka");
        r.putArray("concernsToAddress");
        r.putNull("promise");
        r.put("policy", "STANDARD");
        r.put("deliveryMode", "DRAFT_TO_CANDIDATE");
        return r;
    }
}
