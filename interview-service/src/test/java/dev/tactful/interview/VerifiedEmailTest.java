package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.infra.DevJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Not a relay: with the shipped setting, drafts can only go to the address the candidate's token vouches for,
 * so nobody can make Tactful mail an address of their choosing by writing it into a request.
 */
@QuarkusTest
@TestProfile(VerifiedEmailTest.Shipped.class)
class VerifiedEmailTest {

    public static class Shipped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tactful.security.require-verified-email", "true");
        }
    }

    @Test
    void theTokensVerifiedAddressIsTheOnlyOneAccepted() {
        String candidate = Requests.newCandidate();
        ObjectNode body = Requests.validInterview(); // candidate.email rowan@example.org
        String vouched = DevJwt.token(candidate, "Rowan@Example.org", Duration.ofMinutes(10));
        given().auth().oauth2(vouched).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/interviews")
                .then().statusCode(201).body("candidate.email", equalTo("rowan@example.org"));

        // Someone else's address in the body: refused, naming the field.
        ((ObjectNode) body.get("candidate")).put("email", "victim@example.com");
        given().auth().oauth2(vouched).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/interviews")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("candidate.email"));

        // A token that vouches for no address: nothing to send drafts to, refused.
        given().auth().oauth2(DevJwt.token(candidate)).contentType(ContentType.JSON)
                .body(Requests.validInterview().toString()).post("/api/v1/interviews")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("candidate.email"));
    }
}
