package dev.tactful.planner.intake;

import static dev.tactful.planner.support.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.events.deadletter.DeadLetterReplay;
import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.infra.TopicRecords;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The operator's path for a dead letter: an event the database refuses for its data goes to the DLQ (and only that
 * one); the cause is fixed; the replay puts it back and it is applied, once, however often it is replayed.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class DeadLetterReplayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void aRejectedEventIsReplayedAfterTheFixAndAppliedOnce() {
        String blocked = "blocked-" + UUID.randomUUID();
        String key = "replay-" + UUID.randomUUID();
        UUID interviewId = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        String constraint = "dlq_replay_test_" + UUID.randomUUID().toString().replace("-", "");
        // The poison: a schema that refuses this candidate's rows (SQLSTATE 23514), as a too-narrow column would.
        sql("ALTER TABLE interview ADD CONSTRAINT " + constraint + " CHECK (candidate_id <> '" + blocked + "') NOT VALID");
        try {
            publish(key, ceId, interviewId, blocked);
            awaitConsumedUpTo(key);
            List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.readUntil(Topics.dlq(Topics.INTERVIEW_EVENTS),
                    r -> ceId.equals(header(r, "ce_id")), kept -> !kept.isEmpty(), TIMEOUT);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(header(r, "dead-letter-reason")).isEqualTo("rejected");
                assertThat(header(r, "ce_source")).isEqualTo(KafkaTestClient.INTERVIEW_SOURCE);
                assertThat(r.key()).isEqualTo(key);
            });
            assertThat(TestData.processed(pool, ceId)).isFalse();
        } finally {
            // The fix.
            sql("ALTER TABLE interview DROP CONSTRAINT IF EXISTS " + constraint);
        }

        String group = "test-replay-" + UUID.randomUUID();
        List<DeadLetterReplay.Replayed> first = replay(group, false);
        assertThat(first).filteredOn(r -> ceId.equals(r.ceId())).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("rejected"))
                .satisfies(r -> assertThat(r.published()).isTrue());
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, ceId));
        List<String> planned = planIds(blocked, interviewId);
        assertThat(planned).isNotEmpty();

        // The group remembers: a second run does not replay it again...
        assertThat(replay(group, false)).noneMatch(r -> ceId.equals(r.ceId()));
        // ...and replaying it on purpose anyway changes nothing: the event id was applied already.
        double duplicatesBefore = duplicates();
        assertThat(replay(group, true)).filteredOn(r -> ceId.equals(r.ceId())).hasSize(1);
        awaitConsumedUpTo(key);
        assertThat(duplicates()).isGreaterThan(duplicatesBefore);
        assertThat(TestData.count(pool, "SELECT count(*) FROM processed_event WHERE event_id = $1", ceId)).isEqualTo(1);
        assertThat(TestData.count(pool, "SELECT count(*) FROM interview WHERE id = $1", interviewId)).isEqualTo(1);
        assertThat(planIds(blocked, interviewId)).containsExactlyInAnyOrderElementsOf(planned);
    }

    private static List<DeadLetterReplay.Replayed> replay(String group, boolean fromBeginning) {
        return DeadLetterReplay.replay(new DeadLetterReplay.Options(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrap()), Topics.INTERVIEW_EVENTS, group,
                fromBeginning, false), System.out);
    }

    private static void publish(String key, String ceId, UUID interviewId, String candidate) {
        Object payload = Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD);
        TopicRecords.send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, key, EventJson.toBytes(payload),
                TactfulEvents.headers(ceId, KafkaTestClient.INTERVIEW_SOURCE, payload, Instant.now(), interviewId)));
    }

    /** A fresh event on the same key (so the same partition) and its processing: everything before it was consumed. */
    private void awaitConsumedUpTo(String key) {
        String marker = UUID.randomUUID().toString();
        publish(key, marker, UUID.randomUUID(), Fixtures.candidateId());
        await().atMost(TIMEOUT).until(() -> TestData.processed(pool, marker));
    }

    private static List<String> planIds(String candidate, UUID interviewId) {
        return given().auth().oauth2(DevJwt.token(candidate)).get("/api/v1/plans/{id}", interviewId)
                .then().statusCode(200).extract().jsonPath().getList("followUps.id", String.class);
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(TIMEOUT);
    }

    private double duplicates() {
        Counter c = registry.find("tactful.planner.events").tag("effect", "DUPLICATE").counter();
        return c == null ? 0 : c.count();
    }
}
