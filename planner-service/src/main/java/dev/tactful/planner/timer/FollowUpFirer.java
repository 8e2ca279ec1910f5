package dev.tactful.planner.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fires one batch of due follow-ups: in ONE transaction it claims up to {@code batchSize} PLANNED rows whose
 * {@code due_at} has passed with {@code FOR UPDATE SKIP LOCKED}, publishes a {@code FollowUpDue} for each (all
 * sends first, then one wait for every broker acknowledgement), marks them FIRED with a single UPDATE and commits.
 *
 * <p>Exactly once between replicas: a claimed row stays locked until commit, so another replica's claim skips
 * it, and after the commit it is no longer PLANNED. At least once across crashes: the event is published before
 * the commit, so a crash (or a failed ack) between the two leaves the row PLANNED and it is published again
 * with the same {@code ce_id} (the follow-up id). The notifier's delivery key is that id, so the repeat is
 * recognised and dropped there; nothing is ever lost.
 *
 * <p>Blocking by design: it runs on the poller's own thread (never an event loop) and awaits each step.
 */
public final class FollowUpFirer {

    public static final String SOURCE = "/tactful/planner-service";

    static final String CLAIM = """
            SELECT f.id, f.interview_id, f.candidate_id, f.kind, f.channel, f.recipient_interviewer_id,
                   f.recipient_name, f.recipient_title, f.recipient_email, f.recipient_zone, f.due_at, f.rule,
                   f.reason, i.snapshot, i.revision, i.last_outcome, i.decision_expected_by
              FROM follow_up f JOIN interview i ON i.id = f.interview_id
             WHERE f.status = 'PLANNED' AND f.due_at <= $1
             ORDER BY f.due_at
             LIMIT $2
               FOR UPDATE OF f SKIP LOCKED""";

    static final String MARK_FIRED = """
            UPDATE follow_up SET status = 'FIRED', fired_at = $1, updated_at = $1
             WHERE id = ANY($2) AND status = 'PLANNED'""";

    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final Producer<String, byte[]> producer;
    private final Clock clock;
    private final int batchSize;
    private final Duration ackTimeout;
    private final String topic;

    public FollowUpFirer(Pool pool, Producer<String, byte[]> producer, Clock clock, int batchSize, Duration ackTimeout,
            String topic) {
        this.pool = pool;
        this.producer = producer;
        this.clock = clock;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.topic = topic;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Claims, publishes and marks one batch; returns what it fired (empty when nothing was due). */
    public FiredBatch fireDueBatch() {
        Instant claimedAt = clock.instant();
        SqlConnection conn = pool.getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = conn.begin().await().atMost(DB_TIMEOUT);
            try {
                RowSet<Row> rows = conn.preparedQuery(CLAIM).execute(Tuple.of(utc(claimedAt), batchSize))
                        .await().atMost(DB_TIMEOUT);
                if (rows.size() == 0) {
                    tx.commit().await().atMost(DB_TIMEOUT);
                    return FiredBatch.empty(claimedAt);
                }
                List<DueFollowUp> fired = publishAll(rows);
                UUID[] ids = fired.stream().map(DueFollowUp::followUpId).toArray(UUID[]::new);
                Instant firedAt = clock.instant();
                conn.preparedQuery(MARK_FIRED).execute(Tuple.of(utc(firedAt), ids)).await().atMost(DB_TIMEOUT);
                tx.commit().await().atMost(DB_TIMEOUT);
                return new FiredBatch(claimedAt, clock.instant(), fired);
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                throw e;
            }
        } finally {
            conn.close().await().atMost(DB_TIMEOUT);
        }
    }

    private List<DueFollowUp> publishAll(RowSet<Row> rows) {
        // One snapshot parse per interview per batch: an interview's follow-ups often fall due together.
        Map<UUID, InterviewLogged> snapshots = new HashMap<>();
        List<CompletableFuture<DueFollowUp>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            FollowUpDue due = toEvent(row, snapshots);
            Headers headers = TactfulEvents.headers(due.followUpId().toString(), SOURCE, due, clock.instant(), due.interviewId());
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, due.interviewId().toString(),
                    EventJson.toBytes(due), headers);
            CompletableFuture<DueFollowUp> ack = new CompletableFuture<>();
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(new DueFollowUp(due.followUpId(), due.interviewId(), due.dueAt(), clock.instant()));
                }
            });
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                // The producer failed this send before it reached the network (e.g. no metadata: the broker is down).
                // Stop here instead of blocking max.block.ms once per remaining record; the batch stays PLANNED.
                break;
            }
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for broker acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker did not acknowledge the batch; it stays PLANNED and is retried", e);
        }
        return acks.stream().map(CompletableFuture::join).toList();
    }

    private static FollowUpDue toEvent(Row row, Map<UUID, InterviewLogged> snapshots) {
        UUID interviewId = row.getUUID("interview_id");
        InterviewLogged interview = snapshots.computeIfAbsent(interviewId,
                id -> EventJson.fromJson(row.getString("snapshot"), InterviewLogged.class));
        String lastOutcome = row.getString("last_outcome");
        InterviewDetails details = new InterviewDetails(
                interview.company() == null ? null : interview.company().name(),
                interview.role(),
                interview.interviewedAt(),
                interview.format(),
                row.getLocalDate("decision_expected_by"),
                interview.topicsDiscussed(),
                interview.pointsToReinforce(),
                interview.concernsToAddress(),
                interview.promise(),
                lastOutcome == null ? null : OutcomeType.valueOf(lastOutcome));
        Recipient recipient = new Recipient(row.getString("recipient_interviewer_id"), row.getString("recipient_name"),
                row.getString("recipient_title"), row.getString("recipient_email"), ZoneId.of(row.getString("recipient_zone")));
        return new FollowUpDue(
                row.getUUID("id"),
                interviewId,
                row.getString("candidate_id"),
                FollowUpKind.valueOf(row.getString("kind")),
                row.getString("rule"),
                row.getString("reason"),
                Channel.valueOf(row.getString("channel")),
                recipient,
                row.getOffsetDateTime("due_at").toInstant(),
                interview.policy() == null ? Policy.STANDARD : interview.policy(),
                interview.deliveryMode() == null ? DeliveryMode.DRAFT_TO_CANDIDATE : interview.deliveryMode(),
                interview.candidate(),
                details);
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            tx.rollback().await().atMost(DB_TIMEOUT);
        } catch (RuntimeException ignored) {
            // The connection is closed next; PostgreSQL rolls back whatever is left.
        }
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
