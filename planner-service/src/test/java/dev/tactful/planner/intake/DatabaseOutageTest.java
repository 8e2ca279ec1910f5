package dev.tactful.planner.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.infra.TopicRecords;
import dev.tactful.planner.support.Fixtures;
import dev.tactful.planner.support.KafkaTestClient;
import dev.tactful.planner.support.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * PostgreSQL goes away for about 30 seconds while interview events keep arriving: every event is applied exactly
 * once and in order once it is back, none is dead-lettered, and meanwhile the consumer reports itself degraded while
 * staying alive.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "planner"), @ResourceArg(name = "services", value = "kafka,postgres") })
class DatabaseOutageTest {

    /** Records sent during the outage, one every {@link #PERIOD}: about 30 s of traffic against a missing database. */
    private static final int DURING_OUTAGE = 60;
    private static final Duration PERIOD = Duration.ofMillis(500);

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureContractTopics();
    }

    @Test
    void aThirtySecondOutageUnderTrafficLosesNothingDeadLettersNothingAndKeepsTheOrder() {
        String candidate = Fixtures.candidateId();
        // One key for the whole run: one partition, so the order of processing must be the order of publishing.
        String key = "outage-" + UUID.randomUUID();
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        List<UUID> interviews = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            publish(key, i, candidate, published, interviews);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processedInOrder(published).size() == published.size());
        double retriesBefore = retries();

        TactfulInfra infra = TactfulInfra.get();
        ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<Throwable> trafficFailure = new AtomicReference<>();
        Instant stopped = Instant.now();
        infra.stopPostgres();
        try {
            traffic.scheduleAtFixedRate(() -> {
                try {
                    if (sent.get() < DURING_OUTAGE) {
                        publish(key, 4 + sent.get(), candidate, published, interviews);
                        sent.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    trafficFailure.compareAndSet(null, e);
                }
            }, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);

            // Stuck on the first record of the outage, and saying so, while liveness stays UP.
            await().atMost(Duration.ofSeconds(20)).until(() -> "degraded".equals(consumerHealth().get("interview-events.state")));
            Map<String, Object> degraded = consumerHealth();
            assertThat((String) degraded.get("interview-events.retrying")).startsWith(Topics.INTERVIEW_EVENTS + "-");
            assertThat((String) degraded.get("interview-events.lastError")).isNotBlank();
            given().get("/q/health/live").then().statusCode(200);

            await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() == DURING_OUTAGE || trafficFailure.get() != null);
            assertThat(trafficFailure.get()).isNull();
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            traffic.shutdownNow();
            infra.startPostgres();
        }
        Duration outage = Duration.between(stopped, Instant.now());
        assertThat(outage).isGreaterThanOrEqualTo(Duration.ofSeconds(28));

        await().atMost(Duration.ofSeconds(90)).until(() -> processedInOrder(published).size() == published.size());
        assertThat(processedInOrder(published)).as("each event applied once, in the order published").isEqualTo(published);
        assertThat(count("SELECT count(*) FROM interview WHERE id = ANY($1)", interviews)).isEqualTo(interviews.size());
        assertThat(count("SELECT count(*) FROM interview_outcome WHERE interview_id = ANY($1)", interviews))
                .isEqualTo(published.size() / 2);
        assertThat(retries()).as("the consumer retried in place").isGreaterThan(retriesBefore);
        assertThat(TopicRecords.readToEnd(Topics.dlq(Topics.INTERVIEW_EVENTS))).filteredOn(r -> key.equals(r.key()))
                .as("nothing dead-lettered").isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> "consuming".equals(consumerHealth().get("interview-events.state")));
    }

    /** Even i: a new interview; odd i: its rejection, which replans it (the outcome needs the interview stored first). */
    private static void publish(String key, int i, String candidate, List<String> published, List<UUID> interviews) {
        String ceId = UUID.randomUUID().toString();
        Object payload;
        UUID interviewId;
        if (i % 2 == 0) {
            interviewId = UUID.randomUUID();
            interviews.add(interviewId);
            payload = Fixtures.interview(interviewId, candidate, 1, Policy.STANDARD);
        } else {
            interviewId = interviews.get(interviews.size() - 1);
            payload = Fixtures.outcome(interviewId, candidate, OutcomeType.REJECTED, TestClock.START.minusSeconds(60));
        }
        TopicRecords.send(new ProducerRecord<>(Topics.INTERVIEW_EVENTS, null, key, EventJson.toBytes(payload),
                TactfulEvents.headers(ceId, KafkaTestClient.INTERVIEW_SOURCE, payload, Instant.now(), interviewId)));
        published.add(ceId);
    }

    private List<String> processedInOrder(List<String> ceIds) {
        List<String> ids = List.copyOf(ceIds);
        List<String> processed = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT event_id FROM processed_event WHERE event_id = ANY($1) ORDER BY processed_at")
                .execute(Tuple.of(ids.toArray(String[]::new))).await().atMost(Duration.ofSeconds(10))) {
            processed.add(row.getString(0));
        }
        return processed;
    }

    private long count(String sql, List<UUID> ids) {
        return pool.preparedQuery(sql).execute(Tuple.of(ids.toArray(UUID[]::new))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private double retries() {
        Counter c = registry.find("tactful.consumer.retries").tag("channel", Topics.INTERVIEW_EVENTS).counter();
        return c == null ? 0 : c.count();
    }

    private static Map<String, Object> consumerHealth() {
        List<Map<String, Object>> checks = given().get("/q/health/well").then().extract().jsonPath().getList("checks");
        return checks.stream().filter(c -> "kafka-consumers".equals(c.get("name"))).findFirst()
                .map(c -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) c.get("data");
                    return data == null ? Map.<String, Object>of() : data;
                })
                .orElse(Map.of());
    }
}
