package dev.tactful.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.tactful.events.cloudevents.CloudEventAttributes;
import dev.tactful.events.cloudevents.CloudEventHeaders;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.claim.ClaimSql;
import dev.tactful.support.kafka.KafkaPublisher;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The outbox as a claim queue, in locked mode: the rows stay locked from claim to commit, so two replicas never
 * publish the same row at once, and a crash between the broker's ack and the commit republishes with the same
 * {@code ce_id} (consumers drop the repeat). Order per key is strict: only the oldest unpublished row of a key is
 * claimed, so a later event of an interview never overtakes an earlier one, even on another replica.
 */
final class OutboxQueue implements ClaimQueue<OutboxRow> {

    private static final String CLAIM = """
            SELECT o.id, o.aggregate_id::text AS record_key, o.topic, o.type, o.source, o.event_time, o.payload, o.attempts
              FROM outbox o
             WHERE o.published_at IS NULL AND o.parked_at IS NULL
               AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= $1)
               AND %s
             ORDER BY o.sequence
             LIMIT $2
               FOR UPDATE SKIP LOCKED""".formatted(ClaimSql.oldestPendingOfKey("o", "outbox", "aggregate_id", "sequence",
            "e.published_at IS NULL"));

    private static final String MARK_PUBLISHED = "UPDATE outbox SET published_at = $1, last_error = NULL WHERE id = ANY($2)";

    private final ClaimSettings settings;
    private final KafkaPublisher publisher;

    OutboxQueue(ClaimSettings settings, KafkaPublisher publisher) {
        this.settings = settings;
        this.publisher = publisher;
    }

    @Override
    public ClaimSettings settings() {
        return settings;
    }

    @Override
    public String table() {
        return Outbox.TABLE;
    }

    @Override
    public Uni<List<OutboxRow>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Tuple.of(ClaimSql.utc(now), limit)).map(rows -> {
            List<OutboxRow> list = new ArrayList<>();
            for (Row r : rows) {
                list.add(new OutboxRow(r.getUUID("id"), r.getString("record_key"), r.getString("topic"), r.getString("type"),
                        r.getString("source"), r.getOffsetDateTime("event_time").toInstant(), r.getString("payload"),
                        r.getInteger("attempts")));
            }
            return list;
        });
    }

    @Override
    public Uni<List<Attempt<OutboxRow>>> act(List<OutboxRow> rows) {
        // Blocking (it waits for the broker's acks), so it runs on a worker thread: the claim's result arrives on a
        // Vert.x event loop, and blocking that would stall every HTTP request and query sharing it.
        return Uni.createFrom().item(() -> {
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>(rows.size());
            List<OutboxRow> sent = new ArrayList<>(rows.size());
            List<Attempt<OutboxRow>> attempts = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                try {
                    records.add(record(row));
                    sent.add(row);
                } catch (RuntimeException e) {
                    // A row that cannot even be turned into a record will never publish: park it, send the rest.
                    attempts.add(Attempt.failed(row, e, true));
                }
            }
            List<Throwable> errors = records.isEmpty() ? List.of() : publisher.publish(records);
            for (int i = 0; i < sent.size(); i++) {
                Throwable error = errors.get(i);
                attempts.add(error == null ? Attempt.done(sent.get(i)) : Attempt.failed(sent.get(i), error, false));
            }
            return attempts;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    static ProducerRecord<String, byte[]> record(OutboxRow row) {
        var headers = CloudEventHeaders.write(new RecordHeaders(),
                CloudEventAttributes.json(row.id().toString(), row.source(), row.type(), row.time(), row.key()));
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<OutboxRow> rows, Instant now) {
        UUID[] ids = rows.stream().map(OutboxRow::id).toArray(UUID[]::new);
        return tx.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(ClaimSql.utc(now), ids)).replaceWithVoid();
    }
}
