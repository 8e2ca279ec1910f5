package dev.tactful.notifier.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.tactful.notifier.support.Sql;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks each published after the broker acknowledged
 * it (acks=all, idempotent producer). If Kafka is down the rows simply wait. A crash between the ack and the mark
 * republishes a row with the same ce_id, which consumers already de-duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String SOURCE = "/tactful/notifier-service";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    @Channel("notification-events")
    MutinyEmitter<byte[]> emitter;

    @Scheduled(every = "${tactful.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return relayBatch()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay paused: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Publishes up to 50 rows in one transaction; returns how many were published. */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(conn -> conn.query("select id, event_type, record_key, payload, occurred_at from outbox"
                + " where published_at is null order by occurred_at, id limit 50 for update skip locked")
                .execute()
                .chain(rows -> {
                    java.util.List<Row> list = new java.util.ArrayList<>();
                    rows.forEach(list::add);
                    if (list.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Multi.createFrom().iterable(list)
                            .onItem().transformToUniAndConcatenate(row -> publish(conn, row))
                            .collect().asList()
                            .map(java.util.List::size);
                }));
    }

    private Uni<Void> publish(SqlConnection conn, Row row) {
        UUID id = row.getUUID("id");
        String key = row.getString("record_key");
        byte[] payload = row.getString("payload").getBytes(StandardCharsets.UTF_8);
        var headers = dev.tactful.events.cloudevents.CloudEventHeaders.write(
                new org.apache.kafka.common.header.internals.RecordHeaders(),
                dev.tactful.events.cloudevents.CloudEventAttributes.json(id.toString(), SOURCE, row.getString("event_type"),
                        Sql.instant(row, "occurred_at"), key));
        Message<byte[]> message = Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build());
        return emitter.sendMessage(message)
                .ifNoItem().after(Duration.ofSeconds(15)).fail()
                .chain(() -> conn.preparedQuery("update outbox set published_at = $2 where id = $1")
                        .execute(Sql.args(id, clock.instant())))
                .replaceWithVoid();
    }
}
