package dev.tactful.planner.intake;

import static dev.tactful.planner.support.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestClock;
import dev.tactful.planner.support.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/** interview-events from the real broker to the plan the REST API shows. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class InterviewEventConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void loggedInterviewBecomesAReadablePlan() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);

        JsonPath plan = awaitPlan(candidate, interviewId, p -> p.getList("followUps").size() >= 3);

        assertThat(plan.getString("interviewId")).isEqualTo(interviewId.toString());
        assertThat(plan.getString("policy")).isEqualTo("STANDARD");
        List<Map<String, Object>> followUps = plan.getList("followUps");
        // R1: one thank-you per interviewer, each at their own first business hour after the 24 hours (a Saturday).
        assertThat(followUps).filteredOn(f -> "THANK_YOU".equals(f.get("kind")))
                .extracting(f -> (Object) ((Map<?, ?>) f.get("recipient")).get("email"))
                .containsExactlyInAnyOrder("avery@northwind.example", "sam@northwind.example");
        Map<String, Object> avery = followUps.stream()
                .filter(f -> "THANK_YOU".equals(f.get("kind")) && "avery@northwind.example".equals(((Map<?, ?>) f.get("recipient")).get("email")))
                .findFirst().orElseThrow();
        assertThat(avery.get("rule")).isEqualTo("R1");
        assertThat(avery.get("status")).isEqualTo("PLANNED");
        assertThat(avery.get("dueAt")).isEqualTo("2026-11-23T08:00:00Z");
        assertThat((String) avery.get("dueAtLocal")).startsWith("2026-11-23T09:00");
        assertThat((String) avery.get("reason")).isNotBlank();
        assertThat(avery.get("id")).isNotNull();
        // R6/R7: one status check, to the primary contact only.
        assertThat(followUps).filteredOn(f -> "STATUS_CHECK".equals(f.get("kind")))
                .singleElement()
                .satisfies(f -> assertThat(((Map<?, ?>) f.get("recipient")).get("name")).isEqualTo("Avery Stone"));
    }

    @Test
    void redeliveredEventChangesNothingAndOlderRevisionIsIgnored() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ceId, Fixtures.interview(interviewId, candidate, 2, Policy.STANDARD), interviewId);
        JsonPath before = awaitPlan(candidate, interviewId, p -> !p.getList("followUps").isEmpty());

        // The same event id again, carrying something that WOULD change the plan if it were applied a second time.
        KafkaTestClient.publish(ceId, Fixtures.interview(interviewId, candidate, 3, Policy.PERSISTENT), interviewId);
        // A new event with an older revision: recorded, but must not win over revision 2.
        String stale = UUID.randomUUID().toString();
        KafkaTestClient.publish(stale, Fixtures.interview(interviewId, candidate, 1, Policy.ONE_AND_DONE), interviewId);
        // Same key, so same partition: once the stale one is processed, the redelivery before it was too.
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, stale));

        JsonPath after = plan(candidate, interviewId);
        assertThat(after.getInt("revision")).isEqualTo(2);
        assertThat(after.getString("policy")).isEqualTo("STANDARD");
        // Statuses may move on (the nudge fires), but no follow-up may be added, dropped or re-timed.
        String identity = "followUps.collect { it.id + '|' + it.kind + '|' + it.dueAt + '|' + it.rule + '|' + it.recipient.email }";
        assertThat(after.getList(identity, String.class)).containsExactlyInAnyOrderElementsOf(before.getList(identity, String.class));
        assertThat(after.getList("followUps.status", String.class)).doesNotContain("CANCELLED");
    }

    @Test
    void newerRevisionReplansKeepingIdsOfUnchangedFollowUps() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);
        JsonPath before = awaitPlan(candidate, interviewId, p -> !p.getList("followUps").isEmpty());

        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 2, Policy.ONE_AND_DONE), interviewId);
        JsonPath after = awaitPlan(candidate, interviewId, p -> p.getInt("revision") == 2);

        assertThat(after.getString("policy")).isEqualTo("ONE_AND_DONE");
        // ONE_AND_DONE has no status check: the planned one is cancelled, and thank-yous keep their ids.
        assertThat(after.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }.status", String.class)).containsOnly("CANCELLED");
        assertThat(after.getList("followUps.findAll { it.kind == 'THANK_YOU' }.id", String.class))
                .containsExactlyInAnyOrderElementsOf(before.getList("followUps.findAll { it.kind == 'THANK_YOU' }.id", String.class));
    }

    @Test
    void rejectionCancelsTheStatusCheckAndAddsAGraciousClose() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);
        awaitPlan(candidate, interviewId, p -> p.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }").size() == 1);

        KafkaTestClient.publish(UUID.randomUUID().toString(),
                Fixtures.outcome(interviewId, candidate, OutcomeType.REJECTED, TestClock.START.minusSeconds(600)), interviewId);
        JsonPath plan = awaitPlan(candidate, interviewId,
                p -> p.getList("followUps.findAll { it.kind == 'GRACIOUS_CLOSE' }").size() == 1);

        assertThat(plan.getString("followUps.find { it.kind == 'STATUS_CHECK' }.status")).isEqualTo("CANCELLED");
        assertThat(plan.getString("followUps.find { it.kind == 'STATUS_CHECK' }.statusRule")).isEqualTo("R8");
        assertThat(plan.getString("followUps.find { it.kind == 'GRACIOUS_CLOSE' }.rule")).isEqualTo("R9");
        assertThat(plan.getString("followUps.find { it.kind == 'GRACIOUS_CLOSE' }.status")).isEqualTo("PLANNED");
        assertThat(plan.getString("followUps.find { it.kind == 'GRACIOUS_CLOSE' }.recipient.name")).isEqualTo("Avery Stone");
    }

    @Test
    void outcomeArrivingBeforeItsInterviewIsAppliedWhenTheInterviewArrives() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        String outcomeEvent = UUID.randomUUID().toString();
        KafkaTestClient.publish(outcomeEvent,
                Fixtures.outcome(interviewId, candidate, OutcomeType.REJECTED, TestClock.START.minusSeconds(600)), interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, outcomeEvent));
        given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId).then().statusCode(404);

        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);
        JsonPath plan = awaitPlan(candidate, interviewId, p -> !p.getList("followUps").isEmpty());

        assertThat(plan.getList("followUps.findAll { it.kind == 'STATUS_CHECK' && it.status == 'PLANNED' }")).isEmpty();
        assertThat(plan.getList("followUps.findAll { it.kind == 'GRACIOUS_CLOSE' }")).hasSize(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndConsumptionContinues() {
        String noHeaders = "poison-" + UUID.randomUUID();
        String badJson = "poison-" + UUID.randomUUID();
        String unknownType = "poison-" + UUID.randomUUID();
        String wrongType = "poison-" + UUID.randomUUID();
        String invalid = "poison-" + UUID.randomUUID();
        KafkaTestClient.publishRaw(noHeaders, "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        KafkaTestClient.publishRaw(badJson, "{not json".getBytes(StandardCharsets.UTF_8), ceHeaders("tactful.interview.logged.v1"));
        KafkaTestClient.publishRaw(unknownType, "{}".getBytes(StandardCharsets.UTF_8), ceHeaders("tactful.something.else.v1"));
        KafkaTestClient.publishRaw(wrongType, "{}".getBytes(StandardCharsets.UTF_8), ceHeaders("tactful.followup.due.v1"));
        KafkaTestClient.publishRaw(invalid, "{\"interviewId\": 42, \"revision\": \"one\"}".getBytes(StandardCharsets.UTF_8),
                ceHeaders("tactful.interview.logged.v1"));
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);

        Map<String, String> expected = Map.of(noHeaders, "not-a-cloudevent", badJson, "unparseable", unknownType, "unknown-type",
                wrongType, "unexpected-type", invalid, "invalid");
        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.readUntil(Topics.dlq(Topics.INTERVIEW_EVENTS),
                r -> expected.containsKey(r.key()), kept -> kept.size() >= expected.size(), TIMEOUT);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, "dead-letter-reason")).as(r.key()).isEqualTo(expected.get(r.key()));
            assertThat(header(r, "dead-letter-detail")).isNotBlank();
            assertThat(header(r, "dead-letter-topic")).isEqualTo(Topics.INTERVIEW_EVENTS);
            assertThat(header(r, "dead-letter-consumer")).isEqualTo("planner-service");
        });
        // Copied as it was: value and the original CloudEvents headers.
        assertThat(dead).filteredOn(r -> r.key().equals(badJson)).singleElement()
                .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"))
                .satisfies(r -> assertThat(header(r, "ce_type")).isEqualTo("tactful.interview.logged.v1"));

        awaitPlan(candidate, interviewId, p -> !p.getList("followUps").isEmpty());
    }

    @Test
    void anInterviewEventFromAnyProducerButInterviewServiceIsDeadLetteredAndNotPlanned() {
        String candidate = Fixtures.candidateId();
        UUID spoofed = UUID.randomUUID();
        String spoofedEvent = UUID.randomUUID().toString();
        InterviewLogged interview = Fixtures.interview(spoofed, candidate, 1, Policy.STANDARD);
        KafkaTestClient.publishRaw(spoofed.toString(), EventJson.toBytes(interview), Map.of(
                "ce_specversion", "1.0", "ce_id", spoofedEvent, "ce_source", "/tactful/notifier-service",
                "ce_type", "tactful.interview.logged.v1", "content-type", "application/json"));
        // A genuine event on the same key (same partition) after it: once it is planned, the spoofed one was consumed.
        UUID genuine = UUID.randomUUID();
        KafkaTestClient.publishRaw(spoofed.toString(), EventJson.toBytes(Fixtures.interview(genuine, candidate, 1, Policy.STANDARD)),
                ceHeaders("tactful.interview.logged.v1"));
        awaitPlan(candidate, genuine, p -> !p.getList("followUps").isEmpty());

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.readUntil(Topics.dlq(Topics.INTERVIEW_EVENTS),
                r -> spoofedEvent.equals(header(r, "ce_id")), kept -> !kept.isEmpty(), TIMEOUT);
        assertThat(header(dead.get(0), "dead-letter-reason")).isEqualTo("unexpected-source");
        given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", spoofed).then().statusCode(404);
        assertThat(TestData.processed(pool, spoofedEvent)).isFalse();
    }

    private static Map<String, String> ceHeaders(String type) {
        return Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", KafkaTestClient.INTERVIEW_SOURCE,
                "ce_type", type, "content-type", "application/json");
    }

    @Test
    void firesTheCandidatesKeepSearchingNudgeThatIsDueRightAway() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        InterviewLogged interview = Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD);
        KafkaTestClient.publish(UUID.randomUUID().toString(), interview, interviewId);

        // R15: the nudge is due at once (logged Saturday 12:00 Berlin, not night), so the poller fires it.
        JsonPath plan = awaitPlan(candidate, interviewId,
                p -> "FIRED".equals(p.getString("followUps.find { it.kind == 'KEEP_SEARCHING' }.status")));
        String id = plan.getString("followUps.find { it.kind == 'KEEP_SEARCHING' }.id");
        assertThat(plan.getString("followUps.find { it.kind == 'KEEP_SEARCHING' }.firedAt")).isNotNull();

        List<ConsumerRecord<String, byte[]>> due = KafkaTestClient.readUntil(Topics.FOLLOWUPS_DUE,
                r -> id.equals(header(r, "ce_id")), kept -> !kept.isEmpty(), TIMEOUT);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).key()).isEqualTo(interviewId.toString());
        assertThat(EventJson.fromBytes(due.get(0).value(), dev.tactful.events.FollowUpDue.class).candidate().email())
                .isEqualTo("rowan@example.org");
        // Other employer-facing follow-ups are due next week and must not have fired.
        assertThat(plan.getList("followUps.findAll { it.kind == 'THANK_YOU' }.status", String.class)).containsOnly("PLANNED");
        assertThat(Instant.parse(plan.getString("followUps.find { it.kind == 'KEEP_SEARCHING' }.dueAt"))).isBeforeOrEqualTo(TestClock.START);
    }

    @Test
    void aSecondInterviewWithTheSamePersonKeepsAWeekBetweenTheirStatusChecks() {
        String candidate = Fixtures.candidateId();
        UUID first = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(first, candidate, 1, Policy.STANDARD), first);
        JsonPath firstPlan = awaitPlan(candidate, first, p -> !p.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }").isEmpty());
        Instant firstCheck = Instant.parse(firstPlan.getString("followUps.find { it.kind == 'STATUS_CHECK' }.dueAt"));

        // Round two, three days later, decision a day later: its own check would land a day after the first
        // round's. Avery has another interviewer id there and her address is written in capitals.
        InterviewLogged a = Fixtures.interview(UUID.randomUUID(), candidate, 1, Policy.STANDARD);
        Duration later = Duration.ofDays(3);
        InterviewLogged secondRound = new InterviewLogged(UUID.randomUUID(), candidate, 1, a.candidate(), a.company(),
                a.role(), a.interviewedAt().plus(later), a.endsAt().plus(later), a.format(),
                List.of(new dev.tactful.events.Interviewer("iv-round2-avery", "Avery Stone", "Engineering Manager",
                        "AVERY@Northwind.example", null, dev.tactful.events.Channel.EMAIL, false, true, null)),
                a.agency(), a.decisionExpectedBy().plusDays(1), a.topicsDiscussed(), a.pointsToReinforce(),
                a.concernsToAddress(), a.promise(), a.policy(), a.deliveryMode(), a.loggedAt().plus(later));
        UUID second = secondRound.interviewId();
        KafkaTestClient.publish(UUID.randomUUID().toString(), secondRound, second);
        JsonPath secondPlan = awaitPlan(candidate, second, p -> !p.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }").isEmpty());

        Instant secondCheck = Instant.parse(secondPlan.getString("followUps.find { it.kind == 'STATUS_CHECK' }.dueAt"));
        assertThat(Duration.between(firstCheck, secondCheck)).as("R7 across the candidate's interviews")
                .isGreaterThanOrEqualTo(Duration.ofDays(7));
        assertThat(secondPlan.getString("followUps.find { it.kind == 'STATUS_CHECK' }.reason"))
                .contains("R7", "your other interviews");
    }

    private static JsonPath plan(String candidate, UUID interviewId) {
        return given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitPlan(String candidate, UUID interviewId, java.util.function.Predicate<JsonPath> ready) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return ready.test(last[0]);
        });
        return last[0];
    }
}
