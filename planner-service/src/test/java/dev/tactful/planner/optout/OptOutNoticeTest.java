package dev.tactful.planner.optout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
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
 * An interviewer's own opt-out (optedOutAt, set by the one-click link) through the real broker and database: the next
 * revision cancels what was pending for them under R3 and plans one notice to the candidate, which fires once; the
 * same revision delivered again changes nothing. A do-not-contact the candidate set by hand plans no notice.
 *
 * <p>The fixture interview (Friday 20 November, Berlin) plans Avery's thank-you for Monday 23 November 09:00 and the
 * status check to Avery for Tuesday 1 December; the test clock stands at Saturday 21 November 12:00 UTC.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class OptOutNoticeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Saturday 12:30 in Berlin, the candidate's zone: waking hours, so the notice is due at once (to the minute). */
    private static final Instant OPTED_OUT = Instant.parse("2026-11-21T11:30:17Z");

    @Inject
    Pool pool;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void anOptOutThroughTheLinkCancelsUnderR3AndTellsTheCandidateOnce() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = planned(candidate);

        String ceId = UUID.randomUUID().toString();
        InterviewLogged optedOut = averyOptedOut(interviewId, candidate, OPTED_OUT);
        KafkaTestClient.publish(ceId, optedOut, interviewId);

        // The notice was due at the opt-out, before the test clock's now: it fires straight away.
        JsonPath plan = awaitPlan(candidate, interviewId, p -> notices(p).size() == 1
                && "FIRED".equals(notices(p).get(0).get("status")));
        Map<String, Object> notice = notices(plan).get(0);
        assertThat(notice.get("rule")).isEqualTo("R3");
        assertThat(notice.get("channel")).isEqualTo("EMAIL");
        assertThat(notice.get("dueAt")).isEqualTo("2026-11-21T11:31:00Z");
        assertThat(((Map<?, ?>) notice.get("recipient")).get("email")).isEqualTo("rowan@example.org");
        assertThat((String) notice.get("reason")).contains("Avery Stone", "not to be followed up", "cancelled")
                .doesNotContain("avery@northwind.example");
        // Everything still to go to Avery is cancelled under R3; Sam's thank-you still goes out.
        List<Map<String, Object>> toAvery = plan.getList(
                "followUps.findAll { it.recipient.email == 'avery@northwind.example' }");
        assertThat(toAvery).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("status")).isEqualTo("CANCELLED");
            assertThat(f.get("statusRule")).isEqualTo("R3");
        });
        assertThat(plan.getList("followUps.findAll { it.kind == 'THANK_YOU' && it.recipient.email == 'sam@northwind.example' }"))
                .singleElement().satisfies(f -> assertThat(((Map<?, ?>) f).get("status")).isEqualTo("PLANNED"));

        // The notice reached followups-due for the candidate, with the planner's reason.
        List<ConsumerRecord<String, byte[]>> fired = KafkaTestClient.readUntil(Topics.FOLLOWUPS_DUE,
                r -> interviewId.toString().equals(r.key()) && dueOf(r).kind() == FollowUpKind.OPTED_OUT_NOTICE,
                records -> !records.isEmpty(), TIMEOUT);
        assertThat(dueOf(fired.get(0)).recipient().email()).isEqualTo("rowan@example.org");
        assertThat(dueOf(fired.get(0)).reason()).contains("Avery Stone");

        // The same event redelivered, and the same revision under another event id: nothing changes.
        KafkaTestClient.publish(ceId, optedOut, interviewId);
        String again = UUID.randomUUID().toString();
        KafkaTestClient.publish(again, optedOut, interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, again));

        assertThat(plan(candidate, interviewId).getList("followUps")).isEqualTo(plan.getList("followUps"));
        assertThat(TestData.count(pool, "select count(*) from follow_up where interview_id = $1 and kind = 'OPTED_OUT_NOTICE'",
                interviewId)).isEqualTo(1);
        assertThat(KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE, r -> interviewId.toString().equals(r.key())
                && dueOf(r).kind() == FollowUpKind.OPTED_OUT_NOTICE)).hasSize(1);
    }

    @Test
    void aDoNotContactSetByTheCandidatePlansNoNotice() {
        String candidate = Fixtures.candidateId();
        UUID interviewId = planned(candidate);

        String ceId = UUID.randomUUID().toString();
        KafkaTestClient.publish(ceId, averyOptedOut(interviewId, candidate, null), interviewId);

        JsonPath plan = awaitPlan(candidate, interviewId, p -> p.getList(
                "followUps.findAll { it.kind == 'STATUS_CHECK' && it.status == 'CANCELLED' }").size() == 1);
        assertThat(plan.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }"))
                .singleElement().satisfies(f -> assertThat(((Map<?, ?>) f).get("statusRule")).isEqualTo("R3"));
        assertThat(notices(plan)).isEmpty();
        assertThat(TestData.count(pool, "select count(*) from follow_up where interview_id = $1 and kind = 'OPTED_OUT_NOTICE'",
                interviewId)).isZero();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private UUID planned(String candidate) {
        UUID interviewId = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD),
                interviewId);
        awaitPlan(candidate, interviewId, p -> !p.getList("followUps.findAll { it.kind == 'STATUS_CHECK' }").isEmpty());
        return interviewId;
    }

    /** Revision 2: Avery (the primary contact) asked not to be followed up, through the link when optedOutAt is set. */
    private static InterviewLogged averyOptedOut(UUID interviewId, String candidate, Instant optedOutAt) {
        InterviewLogged first = Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD);
        List<Interviewer> interviewers = first.interviewers().stream().map(i -> !i.id().equals("iv-1") ? i
                : new Interviewer(i.id(), i.name(), i.title(), i.email(), i.linkedinUrl(), i.preferredChannel(), true,
                        i.primaryContact(), i.timeZone(), optedOutAt)).toList();
        Instant loggedAt = optedOutAt != null ? optedOutAt : OPTED_OUT;
        return new InterviewLogged(first.interviewId(), first.candidateId(), 2, first.candidate(), first.company(),
                first.role(), first.interviewedAt(), first.endsAt(), first.format(), interviewers, first.agency(),
                first.decisionExpectedBy(), first.topicsDiscussed(), first.pointsToReinforce(), first.concernsToAddress(),
                first.promise(), first.policy(), first.deliveryMode(), loggedAt);
    }

    private static FollowUpDue dueOf(ConsumerRecord<String, byte[]> r) {
        return EventJson.fromBytes(r.value(), FollowUpDue.class);
    }

    private static List<Map<String, Object>> notices(JsonPath plan) {
        return plan.getList("followUps.findAll { it.kind == 'OPTED_OUT_NOTICE' }");
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
