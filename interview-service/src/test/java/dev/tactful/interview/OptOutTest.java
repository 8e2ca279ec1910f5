package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.support.optout.OptOutSecret;
import dev.tactful.support.optout.OptOutTokens;

/**
 * The one-click opt-out link of direct emails against the real PostgreSQL and Kafka: the POST records R3 for that
 * interviewer once and publishes the next revision once, the GET and every invalid link change nothing.
 */
@QuarkusTest
class OptOutTest {

    /** The secret of the test profile, as the notifier signs with it. */
    static final OptOutTokens TOKENS = new OptOutTokens(OptOutSecret.SHIPPED_DEV_SECRET.getBytes(StandardCharsets.UTF_8));
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    record Logged(String candidate, UUID id, String avery, String sam) {
    }

    @Test
    void theOneClickPostRecordsTheWishOnceAndPublishesOneRevision() throws Exception {
        Logged i = logInterview("Rowan <b>Tester</b> & \"Co\"");
        String token = TOKENS.sign(i.id(), i.sam());
        Instant beforeClick = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        String page = given().contentType(ContentType.URLENC).body(ONE_CLICK)
                .post("/optout/" + token).then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .extract().asString();
        assertThat(page).contains("no more follow-ups").doesNotContainIgnoringCase("<script")
                .contains("Rowan &lt;b&gt;Tester&lt;/b&gt; &amp; &quot;Co&quot;").doesNotContain("<b>Tester");

        List<ConsumerRecord<String, byte[]>> events = EventsTopic.publishedFor(i.id(), 2);
        assertThat(EventsTopic.types(events)).isEqualTo("tactful.interview.logged.v1,tactful.interview.logged.v1");
        InterviewLogged second = (InterviewLogged) TactfulEvents.parse(events.get(1)).data();
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.interviewers()).filteredOn(x -> x.id().equals(i.sam())).singleElement()
                .satisfies(x -> {
                    assertThat(x.askedNotToFollowUp()).isTrue();
                    // the time of the click, which the planner's notice to the candidate is due at
                    assertThat(x.optedOutAt()).isBetween(beforeClick, Instant.now());
                    assertThat(second.loggedAt()).isEqualTo(x.optedOutAt());
                });
        assertThat(second.interviewers()).filteredOn(x -> x.id().equals(i.avery())).singleElement()
                .satisfies(x -> {
                    assertThat(x.askedNotToFollowUp()).isFalse();
                    assertThat(x.optedOutAt()).isNull();
                });
        Requests.as(i.candidate()).get("/api/v1/interviews/" + i.id()).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("interviewers[1].askedNotToFollowUp", equalTo(true))
                .body("interviewers[0].askedNotToFollowUp", equalTo(false));

        // A second click (and the page's own button, which posts the same form) is harmless: same page, no event.
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/optout/" + token).then().statusCode(200).body(containsString("no more follow-ups"));
        assertThat(EventsTopic.outboxRows(i.id())).isEqualTo(2);
        Requests.as(i.candidate()).get("/api/v1/interviews/" + i.id()).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aSecondClickKeepsTheFirstTimeAndTheCandidatesOwnWishHasNone() throws Exception {
        Logged i = logInterview("Rowan Tester");
        String token = TOKENS.sign(i.id(), i.sam());
        given().contentType(ContentType.URLENC).body(ONE_CLICK).post("/optout/" + token).then().statusCode(200);
        Instant firstClick = samOf(EventsTopic.publishedFor(i.id(), 2).get(1)).optedOutAt();
        assertThat(firstClick).isNotNull();

        given().contentType(ContentType.URLENC).body(ONE_CLICK).post("/optout/" + token).then().statusCode(200);
        // The candidate marks Avery "do not contact" by hand: the next revision still carries Sam's first click, and
        // Avery has no time (the candidate needs no notice of their own choice).
        Requests.as(i.candidate()).body("{\"askedNotToFollowUp\": true}")
                .patch("/api/v1/interviews/" + i.id() + "/interviewers/" + i.avery()).then().statusCode(200);
        List<ConsumerRecord<String, byte[]>> events = EventsTopic.publishedFor(i.id(), 3);
        InterviewLogged third = (InterviewLogged) TactfulEvents.parse(events.get(2)).data();
        assertThat(third.revision()).isEqualTo(3);
        assertThat(samOf(events.get(2)).optedOutAt()).isEqualTo(firstClick);
        assertThat(third.interviewers()).filteredOn(x -> x.id().equals(i.avery())).singleElement()
                .satisfies(x -> assertThat(x.askedNotToFollowUp()).isTrue())
                .satisfies(x -> assertThat(x.optedOutAt()).isNull());

        // The candidate clears Sam's wish: the time goes with it.
        Requests.as(i.candidate()).body("{\"askedNotToFollowUp\": false}")
                .patch("/api/v1/interviews/" + i.id() + "/interviewers/" + i.sam()).then().statusCode(200);
        Interviewer cleared = samOf(EventsTopic.publishedFor(i.id(), 4).get(3));
        assertThat(cleared.askedNotToFollowUp()).isFalse();
        assertThat(cleared.optedOutAt()).isNull();
    }

    private static Interviewer samOf(ConsumerRecord<String, byte[]> record) {
        InterviewLogged state = (InterviewLogged) TactfulEvents.parse(record).data();
        return state.interviewers().get(1);
    }

    @Test
    void theLinkPageShowsAButtonAndChangesNothing() throws Exception {
        Logged i = logInterview("Rowan Tester");
        String token = TOKENS.sign(i.id(), i.avery());

        String page = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/optout/" + token)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .extract().asString();
        assertThat(page).contains("<form method=\"post\">", "name=\"List-Unsubscribe\" value=\"One-Click\"", "<button")
                .contains("Rowan Tester", "Northwind").doesNotContainIgnoringCase("<script");
        // A scanner that prefetches with any Accept, or none, gets the page too and stops nothing.
        given().accept("*/*").get("/optout/" + token).then().statusCode(200);
        given().get("/optout/" + token).then().statusCode(200);

        assertUnchanged(i);
    }

    @Test
    void aTamperedOrForeignTokenIs404AndChangesNothing() throws Exception {
        Logged i = logInterview("Rowan Tester");
        String token = TOKENS.sign(i.id(), i.sam());
        byte[] raw = Base64.getUrlDecoder().decode(token);
        raw[5] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String otherSecret = new OptOutTokens("some-other-secret-that-is-long-enough-to-use".getBytes(StandardCharsets.UTF_8))
                .sign(i.id(), i.sam());

        List<String> invalid = List.of(tampered, token.substring(0, token.length() - 2), token + "x", otherSecret,
                "not-a-token", "x".repeat(3000),
                // Genuinely signed, but for an interview or an interviewer that does not exist.
                TOKENS.sign(UUID.randomUUID(), i.sam()), TOKENS.sign(i.id(), "nobody"));
        for (String bad : invalid) {
            given().accept("text/html").contentType(ContentType.URLENC).body(ONE_CLICK).post("/optout/" + bad)
                    .then().statusCode(404).contentType(startsWith("text/html"))
                    .body(containsString("not valid"), not(containsString("<script")));
            given().accept("text/html").get("/optout/" + bad).then().statusCode(404).contentType(startsWith("text/html"));
            given().accept("application/problem+json").contentType(ContentType.URLENC).body(ONE_CLICK)
                    .post("/optout/" + bad).then().statusCode(404).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(404)).body("title", not(equalTo(null)));
            given().accept(ContentType.JSON).get("/optout/" + bad).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
        assertUnchanged(i);
    }

    @Test
    void theOptOutIsPublicButEverythingElseStillNeedsAToken() {
        given().contentType(ContentType.JSON).get("/api/v1/interviews").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"askedNotToFollowUp\": true}")
                .patch("/api/v1/interviews/" + UUID.randomUUID() + "/interviewers/x").then().statusCode(401);
        given().get("/optout/whatever").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentListsTheOptOutAsPublic() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/optout/{token}'.post.security", equalTo(List.of()))
                .body("paths.'/optout/{token}'.get.security", equalTo(List.of()))
                .body("paths.'/optout/{token}'.post.responses.'404'", not(equalTo(null)))
                .body("paths.'/api/v1/interviews'.get.security", not(equalTo(List.of())));
    }

    /** Only the first revision exists and nobody opted out. */
    private static void assertUnchanged(Logged i) throws Exception {
        EventsTopic.publishedFor(i.id(), 1);
        assertThat(EventsTopic.outboxRows(i.id())).isEqualTo(1);
        Requests.as(i.candidate()).get("/api/v1/interviews/" + i.id()).then().statusCode(200)
                .body("revision", equalTo(1))
                .body("interviewers[0].askedNotToFollowUp", equalTo(false))
                .body("interviewers[1].askedNotToFollowUp", equalTo(false));
    }

    private static Logged logInterview(String candidateName) {
        String candidate = Requests.newCandidate();
        var body = Requests.validInterview();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("candidate")).put("name", candidateName);
        ExtractableResponse<Response> created = Requests.as(candidate).body(body.toString())
                .post("/api/v1/interviews").then().statusCode(201).extract();
        return new Logged(candidate, UUID.fromString(created.path("id")), created.path("interviewers[0].id"),
                created.path("interviewers[1].id"));
    }
}
