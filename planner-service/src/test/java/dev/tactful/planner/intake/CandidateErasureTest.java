package dev.tactful.planner.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestClock;
import dev.tactful.planner.support.TestData;
import dev.tactful.planner.timer.FollowUpFirer;
import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.kafka.KafkaPublisher;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import dev.tactful.support.testing.TableScan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** tactful.candidate.erased.v1 from the real broker: the candidate's plans and timers go, and nothing fires for them. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class CandidateErasureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
        KafkaTestClient.ensureTopics(dev.tactful.events.Topics.INBOX_EVENTS,
                dev.tactful.events.Topics.dlq(dev.tactful.events.Topics.INBOX_EVENTS));
    }

    @Test
    void theErasureDeletesEveryRowNamingTheCandidateAndLateEventsAreDropped() {
        double base = erasedEffects();
        String candidate = Fixtures.candidateId();
        String other = Fixtures.candidateId();
        UUID interviewId = UUID.randomUUID();
        UUID othersInterview = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD), interviewId);
        KafkaTestClient.publish(UUID.randomUUID().toString(),
                Fixtures.outcome(UUID.randomUUID(), candidate, OutcomeType.NEXT_ROUND_SCHEDULED, TestClock.START), UUID.randomUUID());
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(othersInterview, other, 1, Policy.STANDARD), othersInterview);
        await().atMost(TIMEOUT).until(() -> TestData.count(pool, "SELECT count(*) FROM follow_up WHERE candidate_id = $1", candidate) > 0
                && TestData.count(pool, "SELECT count(*) FROM interview_outcome WHERE candidate_id = $1", candidate) == 1
                && TestData.count(pool, "SELECT count(*) FROM follow_up WHERE candidate_id = $1", other) > 0);
        // What the candidate's mailbox told the planner is theirs too.
        KafkaTestClient.publishInbox(UUID.randomUUID().toString(), bounce(interviewId, candidate), interviewId);
        await().atMost(TIMEOUT).until(() -> TestData.count(pool, "SELECT count(*) FROM inbox_fact WHERE candidate_id = $1",
                candidate) == 1);
        // The export part shows the plan with its rules and reasons before the erasure.
        String exported = given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/me/export").then().statusCode(200)
                .extract().asString();
        assertThat(exported).contains(interviewId.toString()).contains("\"rule\":\"R1\"").doesNotContain(othersInterview.toString());

        CandidateErased erased = new CandidateErased(UUID.randomUUID(), candidate, TestClock.START);
        KafkaTestClient.publishErasure(erased);
        // Twice: the consumer is idempotent.
        KafkaTestClient.publishErasure(erased);

        await().atMost(TIMEOUT).until(() -> erasedEffects() >= base + 2);
        assertThat(TestData.processed(pool, erased.erasureId().toString())).isTrue();
        assertThat(rowsMentioning(candidate)).isEmpty();
        assertThat(TestData.count(pool, "SELECT count(*) FROM erased_candidate WHERE candidate_hash = $1",
                CandidateErasure.hash(candidate))).isEqualTo(1);
        assertThat(TestData.count(pool, "SELECT count(*) FROM follow_up WHERE candidate_id = $1", other)).isPositive();
        given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId).then().statusCode(404);

        // An interview event of the erased candidate that was still on the topic (or is replayed) plans nothing.
        UUID late = UUID.randomUUID();
        KafkaTestClient.publish(UUID.randomUUID().toString(), Fixtures.interview(late, candidate, 1, Policy.STANDARD), late);
        await().atMost(TIMEOUT).until(() -> erasedEffects() >= base + 3);
        assertThat(rowsMentioning(candidate)).isEmpty();
        // Nor does a late inbox fact.
        double inboxBase = erasedInboxEffects();
        KafkaTestClient.publishInbox(UUID.randomUUID().toString(), bounce(late, candidate), late);
        await().atMost(TIMEOUT).until(() -> erasedInboxEffects() >= inboxBase + 1);
        assertThat(rowsMentioning(candidate)).isEmpty();
    }

    private static dev.tactful.events.BounceDetected bounce(UUID interviewId, String candidate) {
        return new dev.tactful.events.BounceDetected(interviewId, candidate, "<dsn-" + UUID.randomUUID() + "@mx.example>",
                TestClock.START, "gone@northwind.example", dev.tactful.events.MatchedBy.FAILED_RECIPIENT, null, "5.1.1",
                "multipart/report; report-type=delivery-status", TestClock.START);
    }

    private double erasedInboxEffects() {
        var counter = registry.find("tactful.planner.inbox-events").tag("effect", "ERASED").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aTimerOfAnErasedCandidateIsNeverClaimedEvenWhileItsRowsStillExist() {
        InterviewLogged interview = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        InterviewLogged kept = Fixtures.interview(UUID.randomUUID(), Fixtures.candidateId(), 1, Policy.STANDARD);
        TestData.insertInterview(pool, interview);
        TestData.insertInterview(pool, kept);
        // Due in two hours by the service's clock, so only this test's round (three hours ahead) sees them.
        Instant due = TestClock.START.plus(Duration.ofHours(2));
        UUID erasedTimer = TestData.insertFollowUp(pool, interview, "THANK_YOU/iv-1/EMAIL", FollowUpKind.THANK_YOU, "iv-1",
                "Avery Stone", "avery@northwind.example", "Europe/Berlin", due);
        UUID keptTimer = TestData.insertFollowUp(pool, kept, "THANK_YOU/iv-1/EMAIL", FollowUpKind.THANK_YOU, "iv-1",
                "Avery Stone", "avery@northwind.example", "Europe/Berlin", due);
        // The erasure's first step (its tombstone) has committed; its deletes have not run yet.
        pool.withTransaction(tx -> CandidateErasure.remember(tx, interview.candidateId(), UUID.randomUUID(), TestClock.START,
                Instant.now())).await().atMost(TIMEOUT);

        try (KafkaPublisher publisher = KafkaPublishers.create(Map.of("bootstrap.servers", KafkaTestClient.bootstrap()),
                "erasure-test-firer", new ProducerTuning(5, 262_144, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(30)))) {
            FollowUpFirer firer = new FollowUpFirer(publisher, Clock.fixed(TestClock.START.plus(Duration.ofHours(3)), ZoneOffset.UTC),
                    ClaimSettings.locked("erasure-test-timers", 50, Duration.ofMillis(200), 10, Duration.ofMillis(200), Duration.ofSeconds(1)),
                    Topics.FOLLOWUPS_DUE, batch -> {
                    });
            ClaimLoop<FollowUpFirer.DueRow> loop = new ClaimLoop<>(firer, pool, Clock.systemUTC(), new SimpleMeterRegistry());
            ClaimLoop.Round round = loop.runOnce();
            assertThat(round.failed()).isFalse();
        }

        assertThat(TestData.followUp(pool, keptTimer).getString("status")).isEqualTo("FIRED");
        assertThat(TestData.followUp(pool, erasedTimer).getString("status")).isEqualTo("PLANNED");
        assertThat(KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE, r -> r.key().equals(interview.interviewId().toString()))).isEmpty();
        assertThat(KafkaTestClient.readAll(Topics.FOLLOWUPS_DUE, r -> r.key().equals(kept.interviewId().toString()))).hasSize(1);
    }

    private double erasedEffects() {
        var counter = registry.find("tactful.planner.events").tag("effect", "ERASED").counter();
        return counter == null ? 0 : counter.count();
    }

    private static java.util.List<String> rowsMentioning(String candidate) {
        return TableScan.rowsMentioning(TactfulInfra.get().jdbcUrl("planner"), TactfulInfra.POSTGRES_USER,
                TactfulInfra.POSTGRES_PASSWORD, candidate);
    }
}
