package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.tactful.events.Limits;
import dev.tactful.infra.BadJwt;
import dev.tactful.infra.DevJwt;

/**
 * Every 4xx is an {@code application/problem+json} document, including the ones the framework answers before
 * any endpoint runs: refused tokens, wrong methods and media types, unknown paths, very long paths.
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    /** No token (null) and every kind of refused token: 401 problem with the Bearer challenge, on reads and writes. */
    @ParameterizedTest
    @NullSource
    @EnumSource(BadJwt.Kind.class)
    void aMissingOrRefusedTokenIs401Problem(BadJwt.Kind kind) {
        String candidate = Requests.newCandidate();
        unauthorized(bearer(kind, candidate).get("/api/v1/interviews"), kind);
        unauthorized(bearer(kind, candidate).get("/api/v1/interviews/" + UUID.randomUUID()), kind);
        unauthorized(bearer(kind, candidate).contentType(ContentType.JSON).body(Requests.validInterview().toString())
                .post("/api/v1/interviews"), kind);
    }

    @Test
    void aWrongMethodIs405Problem() {
        // Quarkus REST's 405 carries no Allow header, so the problem cannot pass one on.
        Requests.as(Requests.newCandidate()).delete("/api/v1/interviews").then().statusCode(405)
                .contentType(startsWith(PROBLEM)).body("status", equalTo(405)).body("title", not(emptyOrNullString()));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemNamingContentType() {
        Requests.as(Requests.newCandidate()).contentType(ContentType.TEXT).body(Requests.validInterview().toString())
                .post("/api/v1/interviews").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("Content-Type"));
    }

    @Test
    void anAcceptThatCannotBeMetIs406Problem() {
        Requests.as(Requests.newCandidate()).accept("application/xml").get("/api/v1/interviews").then().statusCode(406)
                .contentType(startsWith(PROBLEM)).body("status", equalTo(406));
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        Requests.as(Requests.newCandidate()).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(startsWith(PROBLEM)).body("status", equalTo(404));
        Requests.as(Requests.newCandidate()).get("/api/v1/interviews/" + UUID.randomUUID() + "/nothing-here")
                .then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    /** The load fuzzer's long ids and queries reach the application and get its answer, not a bodiless 414. */
    @Test
    void veryLongPathsAndQueriesGetTheApplicationsAnswer() {
        String candidate = Requests.newCandidate();
        Requests.as(candidate).get("/api/v1/interviews/" + "x".repeat(5000)).then().statusCode(404)
                .contentType(startsWith(PROBLEM));
        Requests.as(candidate).get("/api/v1/interviews/" + "x".repeat(5000) + "/outcomes/" + "y".repeat(5000))
                .then().statusCode(404).contentType(startsWith(PROBLEM));
        Requests.as(candidate).queryParam("company", "x".repeat(3000)).queryParam("status", "y".repeat(3000))
                .get("/api/v1/interviews").then().statusCode(400).contentType(startsWith(PROBLEM));
    }

    static RequestSpecification bearer(BadJwt.Kind kind, String candidate) {
        // Accept as the load fuzzer sends it: the problem is still what comes back.
        RequestSpecification spec = given().accept(ContentType.JSON);
        return kind == null ? spec : spec.auth().oauth2(BadJwt.token(kind, candidate));
    }

    static void unauthorized(io.restassured.response.Response response, BadJwt.Kind kind) {
        ValidatableResponse then = response.then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("title", not(emptyOrNullString()))
                .body("type", equalTo("https://tactful.dev/problems/unauthorized"))
                .body("detail", not(emptyOrNullString()));
        if (kind != null) {
            then.header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void aGenuineTokenStillWorks() {
        given().auth().oauth2(DevJwt.token(Requests.newCandidate())).get("/api/v1/interviews").then().statusCode(200);
    }

    /** The longest subject a candidate_id column holds is accepted; BadJwt.Kind.LONG_SUBJECT, one more, is not. */
    @Test
    void aSubjectAsLongAsTheColumnIsAccepted() {
        String longest = (Requests.newCandidate() + "x".repeat(Limits.CANDIDATE_ID)).substring(0, Limits.CANDIDATE_ID);
        given().auth().oauth2(DevJwt.token(longest)).get("/api/v1/interviews").then().statusCode(200);
    }
}
