package dev.tactful.systemtest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.Limits;
import dev.tactful.systemtest.Interviews.Interviewer;

import static dev.tactful.systemtest.Interviews.COMPANY_ZONE;
import static dev.tactful.systemtest.Interviews.followUps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's limits (events module, {@link Limits}) at the edge and all the way down: for every bounded field of
 * the interview request, a value exactly at the limit is accepted and becomes a plan whose first message is
 * delivered (so the planner's and the notifier's columns hold it), and one character, entry or day more is refused
 * with a 400 problem naming the field. The same for the token subject (the candidate id) and an outcome's note and
 * new decision date. Before these limits, a value the interview-service took could be one the planner could not
 * store, and the interview silently never got a plan.
 */
@Execution(ExecutionMode.CONCURRENT)
class BoundaryValuesTest extends ScenarioSupport {

    private static final String PROBLEM = "application/problem+json";

    /** One way to set a field: {@code over} false puts it exactly at its limit, true one step past it. */
    record Row(String field, BiConsumer<Request, Boolean> set) {
        @Override
        public String toString() {
            return field;
        }
    }

    /** A request under construction, and the candidate it is sent for (the body's address must be the token's). */
    static final class Request {
        final String candidateId = "candidate-" + UUID.randomUUID();
        String candidateEmail = Interviews.address("candidate");
        final Instant interviewedAt;
        final ObjectNode body;
        /** The value the row put in, when the plan should show it as the recipient's name or address. */
        String recipientName;
        String recipientEmail;

        Request(Instant interviewedAt) {
            this.interviewedAt = interviewedAt;
            Interviewer avery = new Interviewer("Avery Stone", "Engineering Manager", Interviews.address("avery"), false, true);
            body = Interviews.interview(candidateEmail, interviewedAt, List.of(avery), null, "STANDARD", "DRAFT_TO_CANDIDATE");
            // The interview's day at the employer is what the date limits count from.
            body.put("interviewedAt", interviewedAt.atZone(COMPANY_ZONE).toOffsetDateTime().toString());
        }

        ObjectNode interviewer() {
            return (ObjectNode) body.get("interviewers").get(0);
        }

        LocalDate interviewDay() {
            return interviewedAt.atZone(COMPANY_ZONE).toLocalDate();
        }

        String token() {
            return Suite.token(candidateId, candidateEmail);
        }
    }

    private static int n(int limit, boolean over) {
        return over ? limit + 1 : limit;
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("candidate.name", (r, over) -> ((ObjectNode) r.body.get("candidate"))
                .put("name", Maximal.text("Rowan", n(Limits.NAME, over)))));
        rows.add(new Row("candidate.email", (r, over) -> {
            r.candidateEmail = Maximal.address("candidate", n(Limits.EMAIL, over));
            ((ObjectNode) r.body.get("candidate")).put("email", r.candidateEmail);
        }));
        rows.add(new Row("company.name", (r, over) -> ((ObjectNode) r.body.get("company"))
                .put("name", Maximal.text("Northwind", n(Limits.COMPANY, over)))));
        rows.add(new Row("role", (r, over) -> r.body.put("role", Maximal.text("Platform Engineer", n(Limits.ROLE, over)))));
        rows.add(new Row("interviewers[0].name", (r, over) -> {
            r.recipientName = Maximal.text("Avery", n(Limits.NAME, over));
            r.interviewer().put("name", r.recipientName);
        }));
        rows.add(new Row("interviewers[0].title", (r, over) -> r.interviewer().put("title", Maximal.text("Manager", n(Limits.TITLE, over)))));
        rows.add(new Row("interviewers[0].email", (r, over) -> {
            r.recipientEmail = Maximal.address("avery", n(Limits.EMAIL, over));
            r.interviewer().put("email", r.recipientEmail);
        }));
        rows.add(new Row("interviewers[0].linkedinUrl", (r, over) -> r.interviewer().put("linkedinUrl", Maximal.url(n(Limits.URL, over)))));
        rows.add(new Row("interviewers", (r, over) -> {
            ArrayNode list = (ArrayNode) r.body.get("interviewers");
            while (list.size() < n(Limits.INTERVIEWERS, over)) {
                list.addObject().put("name", "Person " + list.size()).put("email", Interviews.address("p" + list.size()));
            }
        }));
        rows.add(new Row("agency.name", (r, over) -> r.body.putObject("agency")
                .put("name", Maximal.text("Talent Bridge", n(Limits.NAME, over))).put("email", Interviews.address("agency"))
                .put("requiresRouting", false)));
        rows.add(new Row("agency.email", (r, over) -> r.body.putObject("agency").put("name", "Talent Bridge")
                .put("email", Maximal.address("agency", n(Limits.EMAIL, over))).put("requiresRouting", false)));
        for (String list : List.of("topicsDiscussed", "pointsToReinforce", "concernsToAddress")) {
            rows.add(new Row(list + "[0]", (r, over) -> r.body.putArray(list).add(Maximal.text("moving billing", n(Limits.TOPIC, over)))));
            rows.add(new Row(list, (r, over) -> {
                ArrayNode items = r.body.putArray(list);
                for (int i = 0; i < n(Limits.TOPICS, over); i++) {
                    items.add("moving billing to event streaming, part " + i);
                }
            }));
        }
        rows.add(new Row("promise.note", (r, over) -> r.body.putObject("promise").put("channel", "PHONE")
                .put("by", r.interviewDay().plusDays(7).toString()).put("note", Maximal.text("Call Avery", n(Limits.PROMISE_NOTE, over)))));
        rows.add(new Row("promise.by", (r, over) -> r.body.putObject("promise").put("channel", "PHONE")
                .put("by", Limits.latestDate(r.interviewDay()).plusDays(over ? 1 : 0).toString()).putNull("note")));
        rows.add(new Row("decisionExpectedBy", (r, over) -> r.body.put("decisionExpectedBy",
                Limits.latestDate(r.interviewDay()).plusDays(over ? 1 : 0).toString())));
        return rows;
    }

    @ParameterizedTest(name = "{0} at its limit reaches a plan and a delivery")
    @MethodSource("rows")
    void atTheLimitTheInterviewIsPlannedAndDelivered(Row row) {
        Request r = new Request(anHourAgo());
        row.set().accept(r, false);
        Api.Answer answer = suite.api.tryLogInterview(r.token(), r.body);
        assertThat(answer.status()).as("%s at its limit: %s", row, answer.body()).isEqualTo(201);
        String id = answer.json().path("id").asText();

        JsonNode plan = awaitPlan(r.token(), id, p -> !followUps(p, "THANK_YOU").isEmpty());
        JsonNode thankYou = followUps(plan, "THANK_YOU").get(0);
        if (r.recipientName != null) {
            assertThat(thankYou.path("recipient").path("name").asText()).isEqualTo(r.recipientName);
        }
        if (r.recipientEmail != null) {
            assertThat(thankYou.path("recipient").path("email").asText()).isEqualTo(r.recipientEmail);
        }
        awaitSent(r.token(), id, thankYou.path("id").asText());
    }

    @ParameterizedTest(name = "{0} one over its limit is a 400 naming it")
    @MethodSource("rows")
    void oneOverTheLimitIsRefusedNamingTheField(Row row) {
        Request r = new Request(anHourAgo());
        row.set().accept(r, true);
        Api.Answer answer = suite.api.tryLogInterview(r.token(), r.body);
        assertThat(answer.status()).as("%s over its limit: %s", row, answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.fields()).as(answer.body()).contains(row.field());
    }

    @Test
    void aTokenSubjectAsLongAsOpenIdConnectAllowsIsACandidateOneMoreIsNot() {
        Request r = new Request(anHourAgo());
        String longest = (r.candidateId + "-" + "s".repeat(Limits.CANDIDATE_ID)).substring(0, Limits.CANDIDATE_ID);
        String token = Suite.token(longest, r.candidateEmail);
        Api.Answer answer = suite.api.tryLogInterview(token, r.body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().path("id").asText();
        JsonNode plan = awaitPlan(token, id, p -> !followUps(p, "THANK_YOU").isEmpty());
        awaitSent(token, id, followUps(plan, "THANK_YOU").get(0).path("id").asText());

        Api.Answer refused = suite.api.tryLogInterview(Suite.token(longest + "s", r.candidateEmail), new Request(anHourAgo()).body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.json().path("detail").asText()).contains("sub");
    }

    @Test
    void anOutcomeAtTheLimitsIsAppliedAndOneOverIsRefused() {
        Request r = new Request(anHourAgo());
        r.body.put("decisionExpectedBy", r.interviewDay().plusDays(10).toString());
        String token = r.token();
        String id = suite.api.logInterview(token, r.body).path("id").asText();
        JsonNode planned = awaitPlan(token, id, p -> !followUps(p, "STATUS_CHECK").isEmpty());
        String checkId = followUps(planned, "STATUS_CHECK").get(0).path("id").asText();
        LocalDate latest = Limits.latestDate(r.interviewDay());

        Api.Answer longNote = suite.api.tryLogOutcome(token, id, outcome(Maximal.text("They", Limits.OUTCOME_NOTE + 1), latest));
        assertThat(longNote.status()).as(longNote.body()).isEqualTo(400);
        assertThat(longNote.fields()).contains("note");
        Api.Answer farDate = suite.api.tryLogOutcome(token, id, outcome(null, latest.plusDays(1)));
        assertThat(farDate.status()).as(farDate.body()).isEqualTo(400);
        assertThat(farDate.contentType()).startsWith(PROBLEM);
        assertThat(farDate.fields()).contains("newDecisionExpectedBy");
        Api.Answer early = suite.api.tryLogOutcome(token, id, outcome(null, r.interviewDay().minusDays(1)));
        assertThat(early.fields()).contains("newDecisionExpectedBy");

        Api.Answer atLimits = suite.api.tryLogOutcome(token, id, outcome(Maximal.text("They", Limits.OUTCOME_NOTE), latest));
        assertThat(atLimits.status()).as(atLimits.body()).isEqualTo(201);
        // The planner stored the outcome: the reply stopped the pending check (R8).
        awaitPlan(token, id, p -> followUps(p, "STATUS_CHECK").stream()
                .anyMatch(f -> checkId.equals(f.path("id").asText()) && hasStatus(f, "CANCELLED")));
    }

    private ObjectNode outcome(String note, LocalDate newDecisionExpectedBy) {
        ObjectNode body = Api.JSON.createObjectNode().put("type", "REPLY_RECEIVED").put("at", suite.now().toString());
        if (note == null) {
            body.putNull("note");
        } else {
            body.put("note", note);
        }
        body.put("newDecisionExpectedBy", newDecisionExpectedBy.toString());
        return body;
    }

    private JsonNode awaitPlan(String token, String interviewId, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        waiting("plan of " + interviewId).until(() -> {
            last[0] = suite.api.plan(token, interviewId).orElse(null);
            return last[0] != null && condition.test(last[0]);
        });
        return last[0];
    }

    /** The notifier stored and sent the follow-up: its delivery record is SENT. */
    private void awaitSent(String token, String interviewId, String followUpId) {
        waiting("delivery of " + followUpId).until(() -> Stream.of(suite.api.deliveries(token, interviewId))
                .flatMap(d -> java.util.stream.StreamSupport.stream(d.spliterator(), false))
                .anyMatch(d -> followUpId.equals(d.path("followUpId").asText()) && "SENT".equals(d.path("status").asText())));
    }
}
