package dev.tactful.inbox.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.api.Test;

import dev.tactful.infra.BadJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every 4xx of this service is application/problem+json, the framework's included. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @NullSource
    @EnumSource(BadJwt.Kind.class)
    void aMissingOrRefusedTokenIs401Problem(BadJwt.Kind kind) {
        String candidate = "cand-" + UUID.randomUUID();
        for (var response : java.util.List.of(bearer(kind, candidate).get("/api/v1/mailbox"),
                bearer(kind, candidate).delete("/api/v1/mailbox"),
                bearer(kind, candidate).contentType(ContentType.JSON).body("{}").put("/api/v1/mailbox"))) {
            var then = response.then().statusCode(401).contentType(startsWith(PROBLEM))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("https://tactful.dev/problems/unauthorized"));
            if (kind != null) {
                then.header("WWW-Authenticate", containsString("invalid_token"));
            }
        }
    }

    @Test
    void wrongMethodMediaTypeAndPathAreProblems() {
        String candidate = "cand-" + UUID.randomUUID();
        Fixtures.as(candidate).post("/api/v1/mailbox").then().statusCode(405).contentType(startsWith(PROBLEM));
        Fixtures.as(candidate).contentType(ContentType.TEXT).body("host=x").put("/api/v1/mailbox").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("Content-Type"));
        Fixtures.as(candidate).body("{not json").put("/api/v1/mailbox").then().statusCode(400).contentType(startsWith(PROBLEM));
        Fixtures.as(candidate).body("{\"host\": \"a.example\", \"port\": 993, \"username\": \"u\", \"password\": \"p\", "
                + "\"tls\": \"maybe\"}").put("/api/v1/mailbox").then().statusCode(400)
                .body("errors.field", hasItem("tls"));
        Fixtures.as(candidate).get("/api/v1/nothing-here").then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    static RequestSpecification bearer(BadJwt.Kind kind, String candidate) {
        RequestSpecification spec = given().accept(ContentType.JSON);
        return kind == null ? spec : spec.auth().oauth2(BadJwt.token(kind, candidate));
    }
}
