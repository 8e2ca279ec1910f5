package dev.tactful.planner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

import dev.tactful.infra.BadJwt;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every 4xx is an {@code application/problem+json} document, including the ones the framework answers before
 * any endpoint runs: refused tokens, wrong methods and media types, unknown paths, very long paths.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    /** No token (null) and every kind of refused token: 401 problem with the Bearer challenge, on reads and writes. */
    @ParameterizedTest
    @NullSource
    @EnumSource(BadJwt.Kind.class)
    void aMissingOrRefusedTokenIs401Problem(BadJwt.Kind kind) {
        String candidate = "cand-" + UUID.randomUUID();
        unauthorized(bearer(kind, candidate).get("/api/v1/plans/" + UUID.randomUUID()), kind);
        unauthorized(bearer(kind, candidate).get("/api/v1/rules"), kind);
        unauthorized(bearer(kind, candidate).post("/api/v1/followups/" + UUID.randomUUID() + "/skip"), kind);
        unauthorized(bearer(kind, candidate).contentType(ContentType.JSON).body("{\"until\":\"2030-01-07T10:00:00Z\"}")
                .post("/api/v1/followups/" + UUID.randomUUID() + "/snooze"), kind);
    }

    @Test
    void aWrongMethodIs405Problem() {
        as().delete("/api/v1/rules").then().statusCode(405).contentType(startsWith(PROBLEM))
                .body("status", equalTo(405)).body("title", not(emptyOrNullString()));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblemNamingContentType() {
        as().contentType(ContentType.TEXT).body("{\"until\":\"2030-01-07T10:00:00Z\"}")
                .post("/api/v1/followups/" + UUID.randomUUID() + "/snooze").then().statusCode(400)
                .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("Content-Type"));
    }

    @Test
    void anAcceptThatCannotBeMetIs406Problem() {
        as().accept("application/xml").get("/api/v1/rules").then().statusCode(406).contentType(startsWith(PROBLEM))
                .body("status", equalTo(406));
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        as().get("/api/v1/nothing-here").then().statusCode(404).contentType(startsWith(PROBLEM))
                .body("status", equalTo(404));
        as().get("/api/v1/followups/" + UUID.randomUUID()).then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    /** The load fuzzer's long ids reach the application and get its answer, not a bodiless 414. */
    @Test
    void veryLongPathsGetTheApplicationsAnswer() {
        as().get("/api/v1/plans/" + "x".repeat(5000)).then().statusCode(404).contentType(startsWith(PROBLEM));
        as().post("/api/v1/followups/" + "x".repeat(10_000) + "/skip").then().statusCode(404)
                .contentType(startsWith(PROBLEM));
    }

    @Test
    void aGenuineTokenStillWorks() {
        as().get("/api/v1/rules").then().statusCode(200);
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(DevJwt.token("cand-" + UUID.randomUUID()));
    }

    private static RequestSpecification bearer(BadJwt.Kind kind, String candidate) {
        // Accept as the load fuzzer sends it: the problem is still what comes back.
        RequestSpecification spec = given().accept(ContentType.JSON);
        return kind == null ? spec : spec.auth().oauth2(BadJwt.token(kind, candidate));
    }

    private static void unauthorized(Response response, BadJwt.Kind kind) {
        ValidatableResponse then = response.then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("title", not(emptyOrNullString()))
                .body("type", equalTo("https://tactful.dev/problems/unauthorized"))
                .body("detail", not(emptyOrNullString()));
        if (kind != null) {
            then.header("WWW-Authenticate", containsString("invalid_token"));
        }
    }
}
