package dev.tactful.notifier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tactful.infra.TactfulInfra;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.support.outbox.Outbox;
import dev.tactful.support.outbox.OutboxEvent;
import dev.tactful.support.outbox.OutboxRelay;
import dev.tactful.support.retention.Retention;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** The shared outbox relay across a broker outage, and retention of what has served its purpose. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class HousekeepingTest {

    @Inject
    Pool pool;

    @Inject
    Retention retention;

    @Inject
    OutboxRelay relay;

    /** A topic of its own, so these made-up events never reach the readers of notification-events. */
    static final String TOPIC = "tactful-test-housekeeping";

    @Test
    void eventsCommittedWhileTheBrokerIsAwayArePublishedOnceItIsBack() {
        UUID key = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        TactfulInfra infra = TactfulInfra.get();
        infra.stopKafka();
        try {
            for (int i = 0; i < 3; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                String payload = "{\"n\":" + i + "}";
                pool.withTransaction(tx -> Outbox.append(tx, new OutboxEvent(id, key.toString(), TOPIC,
                        "tactful.test.v1", "/tactful/notifier-service", Instant.now(), payload), Instant.now()))
                        .await().atMost(Duration.ofSeconds(10));
            }
            relay.wake();
            // The relay tries, finds the broker away and backs off; the broker's absence is no row's fault.
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.loop().lastFailure() != null);
            assertThat(relay.loop().lastFailure()).contains("BrokerUnavailable");
            assertThat(Db.count("select count(*) from outbox where aggregate_id = ? and published_at is null and attempts = 0"
                    + " and parked_at is null", key.toString())).isEqualTo(3);
        } finally {
            infra.startKafka();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("select count(*) from outbox where aggregate_id = ?"
                + " and published_at is not null", key.toString()) == 3);
        var records = Kafka.readAll(TOPIC).stream().filter(r -> key.toString().equals(r.key())).toList();
        assertThat(records).extracting(r -> new String(r.headers().lastHeader("ce_id").value()))
                .as("each event once, in the order written").containsExactly(ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    @Test
    void retentionDeletesOnlyWhatIsOldEnoughInBatches() {
        String key = UUID.randomUUID().toString();
        Timestamp old = Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS));
        Timestamp recent = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        for (int i = 0; i < 5; i++) {
            insertPublished(key, old);
        }
        insertPublished(key, recent);
        // Parked, so the running relay leaves it alone too.
        Db.update("insert into outbox (id, aggregate_id, topic, type, source, event_time, payload, created_at, parked_at)"
                + " values (?, ?, ?, 't', 's', ?, '{}', ?, ?)", UUID.randomUUID(), key, TOPIC, old, old, old);

        Map<String, Long> deleted = retention.sweep();

        assertThat(deleted.get("published outbox rows")).isGreaterThanOrEqualTo(5);
        assertThat(Db.count("select count(*) from outbox where aggregate_id = ? and published_at < now() - interval '7 days'", key))
                .isZero();
        assertThat(Db.count("select count(*) from outbox where aggregate_id = ? and published_at is not null", key))
                .as("a day-old row stays").isEqualTo(1);
        assertThat(Db.count("select count(*) from outbox where aggregate_id = ? and published_at is null", key))
                .as("an unpublished row is never swept, however old").isEqualTo(1);
        // Leave no parked row behind for the wellness check of the tests that follow.
        Db.update("delete from outbox where aggregate_id = ?", key);
    }

    private static void insertPublished(String key, Timestamp at) {
        Db.update("insert into outbox (id, aggregate_id, topic, type, source, event_time, payload, created_at, published_at)"
                + " values (?, ?, ?, 't', 's', ?, '{}', ?, ?)", UUID.randomUUID(), key, TOPIC, at, at, at);
    }
}
