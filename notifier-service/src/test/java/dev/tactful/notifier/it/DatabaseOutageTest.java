package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.messageId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.Topics;
import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PostgreSQL goes away for about 30 seconds while follow-ups keep falling due: once it is back every follow-up is
 * accepted once, in order, and its mail sent once; nothing is dead-lettered, and meanwhile the consumer reports
 * itself degraded while staying alive.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class DatabaseOutageTest {

    private static final int DURING_OUTAGE = 60;
    private static final Duration PERIOD = Duration.ofMillis(500);

    @Inject
    MeterRegistry registry;

    @Test
    void aThirtySecondOutageUnderTrafficLosesNothingSendsNothingTwiceAndDeadLettersNothing() {
        // One interview, so one key and one partition: processing order must be publishing order.
        UUID interviewId = UUID.randomUUID();
        String candidate = "cand-outage-" + UUID.randomUUID();
        List<FollowUpDue> published = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            publish(interviewId, candidate, published);
        }
        await().atMost(DeliveryFlowTest.WAIT).until(() -> acceptedInOrder(interviewId).size() == published.size());
        // No send in flight when the database goes: what happens to a send whose result cannot be recorded is the
        // delivery loop's business (ReliabilityTest, LostAnswerAfterDataTest), not the consumer's.
        await().atMost(DeliveryFlowTest.WAIT).until(() -> sent(interviewId) == published.size());
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
                        publish(interviewId, candidate, published);
                        sent.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    trafficFailure.compareAndSet(null, e);
                }
            }, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);

            await().atMost(Duration.ofSeconds(20)).until(() -> "degraded".equals(consumerHealth().get("followups-due.state")));
            assertThat((String) consumerHealth().get("followups-due.retrying")).startsWith(Topics.FOLLOWUPS_DUE + "-");
            given().get("/q/health/live").then().statusCode(200);

            await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() == DURING_OUTAGE || trafficFailure.get() != null);
            assertThat(trafficFailure.get()).isNull();
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            traffic.shutdownNow();
            infra.startPostgres();
        }
        assertThat(Duration.between(stopped, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(28));

        List<UUID> expected = published.stream().map(FollowUpDue::followUpId).toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> acceptedInOrder(interviewId).size() == expected.size());
        assertThat(acceptedInOrder(interviewId)).as("each follow-up accepted once, in the order published").isEqualTo(expected);
        await().atMost(Duration.ofSeconds(120)).until(() -> sent(interviewId) == expected.size());
        Map<String, Long> mails = TactfulInfra.get().receivedMessages().stream()
                .collect(Collectors.groupingBy(Mailbox::id, Collectors.counting()));
        assertThat(published).allSatisfy(d -> assertThat(mails.get(messageId(d))).as("mails for %s", d.followUpId()).isEqualTo(1L));
        assertThat(retries()).as("the consumer retried in place").isGreaterThan(retriesBefore);
        assertThat(Kafka.readAll(Topics.dlq(Topics.FOLLOWUPS_DUE))).filteredOn(r -> interviewId.toString().equals(r.key()))
                .as("nothing dead-lettered").isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> "consuming".equals(consumerHealth().get("followups-due.state")));
    }

    private static void publish(UUID interviewId, String candidate, List<FollowUpDue> published) {
        FollowUpDue due = due(UUID.randomUUID(), interviewId, candidate, FollowUpKind.THANK_YOU, Channel.EMAIL,
                DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        Kafka.publish(due);
        published.add(due);
    }

    /** Follow-up ids of the interview's deliveries in the order the consumer accepted them. */
    private static List<UUID> acceptedInOrder(UUID interviewId) {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement("select follow_up_id from delivery where interview_id = ? order by created_at")) {
            ps.setObject(1, interviewId);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sent(UUID interviewId) {
        return Db.count("select count(*) from delivery where interview_id = ? and status = 'SENT'", interviewId);
    }

    private double retries() {
        Counter c = registry.find("tactful.consumer.retries").tag("channel", Topics.FOLLOWUPS_DUE).counter();
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
