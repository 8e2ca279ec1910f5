package dev.tactful.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dev.tactful.events.Limits;
import dev.tactful.infra.DevJwt;

/**
 * Every kind of bad input answers 400 {@code application/problem+json} naming the offending field in
 * {@code errors[].field}; none of them reaches a 500 or leaks a stack trace.
 */
@QuarkusTest
class BadInputTest {

    static final String CANDIDATE = Requests.newCandidate();
    private static String interviewId;
    private static String primaryId;
    private static String secondId;

    record Case(String name, String method, String path, String contentType, String body, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String future = Instant.now().plus(3, ChronoUnit.DAYS).atOffset(ZoneOffset.ofHours(2)).toString();
        // Two years and a day after the interview, on any clock: past the contract's date horizon.
        String tooFar = java.time.LocalDate.now(ZoneOffset.UTC).plus(Limits.DATE_HORIZON).plusDays(2).toString();
        // --- POST /interviews: required fields, formats, zones, enums, limits, cross-field rules
        c.add(log("missing candidate", r -> r.remove("candidate"), "candidate"));
        c.add(log("blank candidate name", r -> cand(r).put("name", "  "), "candidate.name"));
        c.add(log("malformed candidate email", r -> cand(r).put("email", "not-an-email"), "candidate.email"));
        c.add(log("candidate email without domain dot", r -> cand(r).put("email", "rowan@example"), "candidate.email"));
        c.add(log("missing candidate time zone", r -> cand(r).remove("timeZone"), "candidate.timeZone"));
        c.add(log("unknown candidate time zone", r -> cand(r).put("timeZone", "Mars/Olympus_Mons"), "candidate.timeZone"));
        c.add(log("offset instead of IANA zone", r -> cand(r).put("timeZone", "+02:00"), "candidate.timeZone"));
        c.add(log("missing company name", r -> ((ObjectNode) r.get("company")).remove("name"), "company.name"));
        c.add(log("unknown company time zone", r -> ((ObjectNode) r.get("company")).put("timeZone", "Europe/Atlantis"), "company.timeZone"));
        c.add(log("blank role", r -> r.put("role", ""), "role"));
        c.add(log("role over its limit", r -> r.put("role", "x".repeat(Limits.ROLE + 1)), "role"));
        c.add(log("NUL in the role", r -> r.put("role", "Engi\u0000neer"), "role"));
        c.add(log("NUL in an interviewer's name", r -> iv(r, 1).put("name", "Sam\u0000"), "interviewers[1].name"));
        c.add(log("NUL in a topic", r -> r.putArray("topicsDiscussed").add("ok").add("bad\u0000"), "topicsDiscussed[1]"));
        c.add(log("missing interviewedAt", r -> r.remove("interviewedAt"), "interviewedAt"));
        c.add(log("malformed interviewedAt", r -> r.put("interviewedAt", "yesterday afternoon"), "interviewedAt"));
        c.add(log("interview three days in the future", r -> r.put("interviewedAt", future), "interviewedAt"));
        c.add(log("negative duration", r -> r.put("durationMinutes", -30), "durationMinutes"));
        c.add(log("duration as text", r -> r.put("durationMinutes", "sixty"), "durationMinutes"));
        c.add(log("end before start", r -> r.put("endsAt", Instant.parse("2020-01-01T00:00:00Z").toString()), "endsAt"));
        c.add(log("unknown format", r -> r.put("format", "CARRIER_PIGEON"), "format"));
        c.add(log("zero interviewers", r -> r.putArray("interviewers"), "interviewers"));
        c.add(log("missing interviewers", r -> r.remove("interviewers"), "interviewers"));
        c.add(log("two primary contacts", r -> iv(r, 1).put("primaryContact", true), "interviewers"));
        c.add(log("one person listed twice (address in another case)", r -> iv(r, 1).put("email", "Avery@Northwind.example"), "interviewers[1].email"));
        c.add(log("21 interviewers", r -> {
            ArrayNode list = r.putArray("interviewers");
            for (int i = 0; i < 21; i++) {
                list.addObject().put("name", "Person " + i).put("email", "p" + i + "@northwind.example");
            }
        }, "interviewers"));
        c.add(log("blank interviewer name", r -> iv(r, 0).put("name", " "), "interviewers[0].name"));
        c.add(log("malformed interviewer email", r -> iv(r, 1).put("email", "sam at northwind"), "interviewers[1].email"));
        c.add(log("interviewer email missing for EMAIL channel", r -> iv(r, 1).remove("email"), "interviewers[1].email"));
        c.add(log("unknown preferred channel", r -> iv(r, 0).put("preferredChannel", "FAX"), "interviewers[0].preferredChannel"));
        c.add(log("unknown interviewer time zone", r -> iv(r, 1).put("timeZone", "Nowhere/Special"), "interviewers[1].timeZone"));
        c.add(log("LinkedIn URL that is no URL", r -> iv(r, 0).put("linkedinUrl", "avery-stone"), "interviewers[0].linkedinUrl"));
        c.add(log("interviewer title over its limit", r -> iv(r, 0).put("title", "x".repeat(Limits.TITLE + 1)), "interviewers[0].title"));
        c.add(log("21 topics", r -> {
            ArrayNode topics = r.putArray("topicsDiscussed");
            for (int i = 0; i < 21; i++) {
                topics.add("topic " + i);
            }
        }, "topicsDiscussed"));
        c.add(log("topic over its limit", r -> r.putArray("topicsDiscussed").add("x".repeat(Limits.TOPIC + 1)), "topicsDiscussed[0]"));
        c.add(log("blank point to reinforce", r -> r.putArray("pointsToReinforce").add("ok").add(" "), "pointsToReinforce[1]"));
        c.add(log("concerns as a string, not a list", r -> r.put("concernsToAddress", "none"), "concernsToAddress"));
        c.add(log("unknown policy", r -> r.put("policy", "AGGRESSIVE"), "policy"));
        c.add(log("unknown delivery mode", r -> r.put("deliveryMode", "CARRIER"), "deliveryMode"));
        c.add(log("malformed decision date", r -> r.put("decisionExpectedBy", "next week"), "decisionExpectedBy"));
        c.add(log("decision date before the interview", r -> r.put("decisionExpectedBy", "2001-01-01"), "decisionExpectedBy"));
        c.add(log("decision date more than two years after the interview", r -> r.put("decisionExpectedBy", tooFar), "decisionExpectedBy"));
        c.add(log("promise more than two years after the interview", r -> r.putObject("promise").put("channel", "PHONE").put("by", tooFar), "promise.by"));
        c.add(log("promise without channel", r -> r.putObject("promise").put("by", "2099-01-01"), "promise.channel"));
        c.add(log("agency routing without email", r -> r.putObject("agency").put("name", "Talent Bridge").put("requiresRouting", true), "agency.email"));
        c.add(raw("malformed JSON", "POST", "/api/v1/interviews", "application/json", "{\"candidate\": {\"name\": ", "body"));
        c.add(raw("JSON array instead of object", "POST", "/api/v1/interviews", "application/json", "[1, 2]", "body"));
        c.add(raw("empty body", "POST", "/api/v1/interviews", "application/json", "", "body"));
        c.add(raw("wrong content type", "POST", "/api/v1/interviews", "text/plain", Requests.validInterview().toString(), "Content-Type"));
        c.add(raw("form content type", "POST", "/api/v1/interviews", "application/x-www-form-urlencoded", "role=x", "Content-Type"));
        c.add(new Case("Idempotency-Key over 200 characters", "POST", "/api/v1/interviews", "application/json|Idempotency-Key=" + "k".repeat(201),
                Requests.validInterview().toString(), "Idempotency-Key"));
        // --- outcomes
        c.add(raw("unknown outcome type", "POST", "/api/v1/interviews/{id}/outcomes", "application/json", "{\"type\":\"GHOSTED\"}", "type"));
        c.add(raw("missing outcome type", "POST", "/api/v1/interviews/{id}/outcomes", "application/json", "{\"note\":\"hm\"}", "type"));
        c.add(raw("outcome in the future", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"at\":\"" + future + "\"}", "at"));
        c.add(raw("outcome before the interview", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"at\":\"2001-01-01T00:00:00Z\"}", "at"));
        c.add(raw("outcome note over its limit", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"note\":\"" + "x".repeat(Limits.OUTCOME_NOTE + 1) + "\"}", "note"));
        c.add(raw("new decision date more than two years after the interview", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"newDecisionExpectedBy\":\"" + tooFar + "\"}", "newDecisionExpectedBy"));
        c.add(raw("new decision date before the interview", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"newDecisionExpectedBy\":\"2001-01-01\"}", "newDecisionExpectedBy"));
        c.add(raw("malformed outcome date", "POST", "/api/v1/interviews/{id}/outcomes", "application/json",
                "{\"type\":\"OFFER\",\"newDecisionExpectedBy\":\"soon\"}", "newDecisionExpectedBy"));
        // --- interviewer patch
        c.add(raw("patch: malformed email", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "application/json", "{\"email\":\"nope\"}", "email"));
        c.add(raw("patch: another interviewer's address", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "application/json", "{\"email\":\"AVERY@northwind.example\"}", "email"));
        c.add(raw("patch: blank name", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "application/json", "{\"name\":\"  \"}", "name"));
        c.add(raw("patch: unknown channel", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "application/json", "{\"preferredChannel\":\"SMOKE_SIGNAL\"}", "preferredChannel"));
        c.add(raw("patch: unknown time zone", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "application/json", "{\"timeZone\":\"Moon/Base\"}", "timeZone"));
        c.add(raw("patch: primary contact removed", "PATCH", "/api/v1/interviews/{id}/interviewers/{primary}", "application/json", "{\"primaryContact\":false}", "primaryContact"));
        c.add(raw("patch: wrong content type", "PATCH", "/api/v1/interviews/{id}/interviewers/{second}", "text/plain", "{}", "Content-Type"));
        // --- list query parameters
        c.add(raw("list: size 0", "GET", "/api/v1/interviews?size=0", null, null, "size"));
        c.add(raw("list: page not a number", "GET", "/api/v1/interviews?page=first", null, null, "page"));
        c.add(raw("list: unknown status", "GET", "/api/v1/interviews?status=GHOSTED", null, null, "status"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsA400ProblemNamingTheField(Case c) {
        Response response = send(c);
        String body = response.asString();
        assertThat(response.statusCode()).as(c.name() + ": " + body).isEqualTo(400);
        assertThat(response.contentType()).as(c.name()).startsWith("application/problem+json");
        List<String> fields = response.jsonPath().getList("errors.field");
        assertThat(fields).as(c.name() + ": " + body).contains(c.field());
        assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
        assertThat(body).as("no internals leak").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.tactful");
    }

    @Test
    void atLeastTwentyFiveCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(25);
    }

    /** Every top-level field replaced by every JSON kind: the answer is 201 or a 400 problem, never a 500. */
    @Test
    void noValueOfAnyTypeInAnyFieldProducesA500() {
        ObjectNode valid = Requests.validInterview();
        List<JsonNode> junk = List.of(Requests.JSON.nullNode(), Requests.JSON.getNodeFactory().numberNode(-1),
                Requests.JSON.getNodeFactory().textNode("x".repeat(600)), Requests.JSON.createArrayNode().add(1),
                Requests.JSON.createObjectNode().put("a", 1), Requests.JSON.getNodeFactory().booleanNode(true));
        List<String> failures = new ArrayList<>();
        valid.fieldNames().forEachRemaining(field -> {
            for (JsonNode value : junk) {
                ObjectNode r = valid.deepCopy();
                r.set(field, value);
                Response response = Requests.as(CANDIDATE).body(r.toString()).post("/api/v1/interviews");
                int status = response.statusCode();
                boolean ok = status == 201 || (status == 400 && response.contentType().startsWith("application/problem+json"));
                if (!ok) {
                    failures.add(field + "=" + value + " -> " + status + " " + response.asString());
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    private static Response send(Case c) {
        ensureInterview();
        String path = c.path().replace("{id}", interviewId).replace("{primary}", primaryId).replace("{second}", secondId);
        var spec = given().auth().oauth2(DevJwt.token(CANDIDATE));
        if (c.contentType() != null) {
            String[] parts = c.contentType().split("\\|");
            spec = spec.contentType(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] h = parts[i].split("=", 2);
                spec = spec.header(h[0], h[1]);
            }
            // RestAssured would otherwise add "; charset=ISO-8859-1" to text types.
            spec = spec.config(io.restassured.RestAssured.config().encoderConfig(
                    io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        }
        if (c.body() != null) {
            spec = spec.body(c.body());
        }
        return switch (c.method()) {
            case "POST" -> spec.post(path);
            case "PATCH" -> spec.patch(path);
            default -> spec.get(path);
        };
    }

    private static synchronized void ensureInterview() {
        if (interviewId == null) {
            var created = Requests.as(CANDIDATE).body(Requests.validInterview().toString()).post("/api/v1/interviews")
                    .then().statusCode(201).extract();
            interviewId = created.path("id");
            primaryId = created.path("interviewers[0].id");
            secondId = created.path("interviewers[1].id");
        }
    }

    private static Case log(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode r = Requests.validInterview();
        change.accept(r);
        return new Case(name, "POST", "/api/v1/interviews", "application/json", r.toString(), field);
    }

    private static Case raw(String name, String method, String path, String contentType, String body, String field) {
        return new Case(name, method, path, contentType, body, field);
    }

    private static ObjectNode cand(ObjectNode r) {
        return (ObjectNode) r.get("candidate");
    }

    private static ObjectNode iv(ObjectNode r, int index) {
        return (ObjectNode) r.get("interviewers").get(index);
    }
}
