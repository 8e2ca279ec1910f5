package dev.tactful.planner.inbox;

import static dev.tactful.planner.support.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.BounceDetected;
import dev.tactful.events.MatchedBy;
import dev.tactful.events.OutOfOfficeDetected;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * inbox-events from the real broker to the plan: an out-of-office with a return date moves the status check past
 * it in the recipient's business hours (R17), one without a date changes nothing, a bounce cancels what was still
 * to go to the address and plans one notice for the candidate (R18), and a duplicate changes nothing.
 *
 * <p>The fixture interview (Friday 20 November, Berlin, decision expected Thursday 26th) plans Avery's thank-you
 * for Monday 23 November 09:00 and the status check for Tuesday 1 December 09:00 Berlin time.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class InboxEffectsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String AVERY = "avery@northwind.example";
    private static final Instant AFTER_THANK_YOU = Instant.parse("2026-11-23T09:30:00Z");

    @Inject
    Pool pool;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
        KafkaTestClient.ensureTopics(Topics.INBOX_EVENTS, Topics.dlq(Topics.INBOX_EVENTS));
    }

    @Test
    void outOfOfficeWithAReturnDateMovesTheCheckPastItInTheirBusinessHours() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = planned(candidate);

        // "Back on Monday 7 December": one business day later is Tuesday 8 December, 09:00 Berlin (08:00 UTC).
        KafkaTestClient.publishInbox(UUID.randomUUID().toString(), away(interviewId, candidate, LocalDate.parse("2026-12-07")),
                interviewId);

        JsonPath plan = awaitPlan(candidate, interviewId, p -> "R17".equals(check(p).get("rule")));
        Map<String, Object> check = check(plan);
        assertThat(check.get("status")).isEqualTo("PLANNED");
        assertThat(check.get("dueAt")).isEqualTo("2026-12-08T08:00:00Z");
        assertThat((String) check.get("dueAtLocal")).startsWith("2026-12-08T09:00");
        assertThat((String) check.get("reason")).contains("Avery Stone", "away until Monday 7 December",
                "Nothing is cancelled");
        // the thank-you had gone out before the answer came: untouched; nothing is cancelled
        assertThat(thankYou(plan, AVERY).get("dueAt")).isEqualTo("2026-11-23T08:00:00Z");
        assertThat(thankYou(plan, AVERY).get("rule")).isEqualTo("R1");
        assertThat(plan.getList("followUps.findAll { it.status == 'CANCELLED' }")).isEmpty();
    }

    @Test
    void outOfOfficeWithoutADateChangesNothing() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = planned(candidate);
        List<Object> before = plan(candidate, interviewId).getList("followUps");

        String ceId = UUID.randomUUID().toString();
        KafkaTestClient.publishInbox(ceId, away(interviewId, candidate, null), interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, ceId));

        assertThat(plan(candidate, interviewId).getList("followUps")).isEqualTo(before);
        assertThat(TestData.count(pool, "select count(*) from inbox_fact where event_id = $1", ceId)).isEqualTo(1);
    }

    @Test
    void bounceCancelsWhatIsLeftForTheAddressAndPlansOneNoticeEvenWhenRepeated() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = planned(candidate);

        String ceId = UUID.randomUUID().toString();
        BounceDetected bounce = bounce(interviewId, candidate);
        KafkaTestClient.publishInbox(ceId, bounce, interviewId);

        JsonPath plan = awaitPlan(candidate, interviewId, p -> "CANCELLED".equals(check(p).get("status")));
        Map<String, Object> check = check(plan);
        assertThat(check.get("statusRule")).isEqualTo("R18");
        assertThat((String) check.get("statusReason")).contains(AVERY, "undeliverable", "5.1.1");
        List<Map<String, Object>> notices = plan.getList("followUps.findAll { it.kind == 'ADDRESS_BOUNCED' }");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.get("status")).isEqualTo("PLANNED");
            assertThat(n.get("rule")).isEqualTo("R18");
            assertThat(((Map<?, ?>) n.get("recipient")).get("email")).isEqualTo("rowan@example.org");
            assertThat((String) n.get("reason")).contains("Avery Stone", AVERY, "corrected address");
        });
        // Sam's mail still goes out
        assertThat(thankYou(plan, "sam@northwind.example").get("status")).isEqualTo("PLANNED");

        // the same event redelivered, and a second bounce of the same address: nothing changes
        KafkaTestClient.publishInbox(ceId, bounce, interviewId);
        String second = UUID.randomUUID().toString();
        KafkaTestClient.publishInbox(second, new BounceDetected(interviewId, candidate, "<dsn-2@mx.example>",
                AFTER_THANK_YOU.plusSeconds(3600), "Avery@Northwind.example", MatchedBy.FAILED_RECIPIENT, null,
                "5.1.1", "second delivery report", AFTER_THANK_YOU.plusSeconds(3600)), interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, second));

        assertThat(plan(candidate, interviewId).getList("followUps")).isEqualTo(plan.getList("followUps"));
        assertThat(TestData.count(pool, "select count(*) from inbox_fact where interview_id = $1", interviewId)).isEqualTo(2);
        assertThat(TestData.count(pool, "select count(*) from follow_up where interview_id = $1 and kind = 'ADDRESS_BOUNCED'",
                interviewId)).isEqualTo(1);
    }

    @Test
    void aBounceBeforeItsInterviewIsAppliedWhenTheInterviewArrives() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        KafkaTestClient.publishInbox(ceId, bounce(interviewId, candidate), interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, ceId));

        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD),
                interviewId);

        JsonPath plan = awaitPlan(candidate, interviewId,
                p -> !p.getList("followUps.findAll { it.kind == 'ADDRESS_BOUNCED' }").isEmpty());
        // never planned, so nothing to cancel: the check is simply not in the plan, and the suppression says why
        assertThat(plan.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }")).isEmpty();
        assertThat(plan.getList("suppressions.findAll { it.rule == 'R18' }")).isNotEmpty();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReason() {
        String key = UUID.randomUUID().toString();
        KafkaTestClient.publishRawInbox(key, "{not json".getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", KafkaTestClient.INBOX_SOURCE,
                "ce_type", "tactful.inbox.bounce.v1", "content-type", "application/json"));

        var dead = KafkaTestClient.readUntil(Topics.dlq(Topics.INBOX_EVENTS), r -> key.equals(r.key()),
                records -> !records.isEmpty(), TIMEOUT);
        assertThat(header(dead.get(0), "dead-letter-reason")).isEqualTo("unparseable");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private UUID planned(String candidate) {
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD),
                interviewId);
        JsonPath plan = awaitPlan(candidate, interviewId, p -> !p.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }").isEmpty());
        assertThat(check(plan).get("dueAt")).isEqualTo("2026-12-01T08:00:00Z");
        return interviewId;
    }

    private static OutOfOfficeDetected away(UUID interviewId, String candidate, LocalDate back) {
        return new OutOfOfficeDetected(interviewId, candidate, "<ooo-" + UUID.randomUUID() + "@northwind.example>",
                AFTER_THANK_YOU, AVERY, MatchedBy.THREAD, null, back, "subject: Out of office", AFTER_THANK_YOU);
    }

    private static BounceDetected bounce(UUID interviewId, String candidate) {
        return new BounceDetected(interviewId, candidate, "<dsn-1@mx.example>", AFTER_THANK_YOU, AVERY,
                MatchedBy.FAILED_RECIPIENT, null, "5.1.1", "multipart/report; report-type=delivery-status", AFTER_THANK_YOU);
    }

    private static Map<String, Object> check(JsonPath plan) {
        List<Map<String, Object>> checks = plan.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }");
        return checks.isEmpty() ? Map.of() : checks.get(0);
    }

    private static Map<String, Object> thankYou(JsonPath plan, String email) {
        List<Map<String, Object>> found = plan.getList("followUps.findAll { it.kind == 'THANK_YOU' && it.recipient.email == '"
                + email + "' }");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static JsonPath plan(String candidate, UUID interviewId) {
        return given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitPlan(String candidate, UUID interviewId, Predicate<JsonPath> ready) {
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
