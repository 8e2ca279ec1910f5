package dev.tactful.planner.timer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

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
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.claim.ClaimedRow;
import dev.tactful.support.kafka.KafkaPublisher;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;
import dev.tactful.support.erasure.CandidateErasure;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The durable timers as a claim queue in locked mode: in ONE transaction a round claims up to {@code batchSize}
 * PLANNED rows whose {@code due_at} has passed on the business clock ({@code FOR UPDATE SKIP LOCKED}), publishes a
 * {@code FollowUpDue} for each (all sends first, then one wait for every acknowledgement), marks them FIRED with a
 * single UPDATE and commits. The shared {@link dev.tactful.support.claim.ClaimLoop} runs the rounds.
 *
 * <p>Exactly once between replicas: a claimed row stays locked until commit, so another replica's claim skips
 * it, and after the commit it is no longer PLANNED; a re-plan of the same row (the intake) waits for that lock, so
 * a follow-up cancelled by a reply is never fired after the cancel committed. At least once across crashes: the
 * event is published before the commit, so a crash (or a failed ack) between the two leaves the row PLANNED and
 * it is published again with the same {@code ce_id} (the follow-up id), which the notifier recognises. A row whose
 * event cannot even be built (a corrupt snapshot) is parked instead of failing every batch it is in.
 */
public final class FollowUpFirer implements ClaimQueue<FollowUpFirer.DueRow> {

    public static final String SOURCE = "/tactful/planner-service";

    /** One claimed timer and the event built from it (null when it could not be built). */
    public record DueRow(UUID id, int attempts, Instant dueAt, FollowUpDue event, RuntimeException buildError)
            implements ClaimedRow {
    }

    static final String CLAIM = """
            SELECT f.id, f.interview_id, f.candidate_id, f.kind, f.channel, f.recipient_interviewer_id,
                   f.recipient_name, f.recipient_title, f.recipient_email, f.recipient_zone, f.due_at, f.rule,
                   f.reason, f.attempts, i.snapshot, i.revision, i.last_outcome, i.decision_expected_by
              FROM follow_up f JOIN interview i ON i.id = f.interview_id
             WHERE f.status = 'PLANNED' AND f.due_at <= $1 AND f.parked_at IS NULL
               AND (f.next_attempt_at IS NULL OR f.next_attempt_at <= $3)
               AND %s
             ORDER BY f.due_at
             LIMIT $2
               FOR UPDATE OF f SKIP LOCKED""".formatted(CandidateErasure.unlessErased("f.candidate_id"));

    static final String MARK_FIRED = """
            UPDATE follow_up SET status = 'FIRED', fired_at = $1, updated_at = $1, last_error = NULL
             WHERE id = ANY($2) AND status = 'PLANNED'""";

    private final KafkaPublisher publisher;
    private final Clock businessClock;
    private final ClaimSettings settings;
    private final String topic;
    private final Consumer<FiredBatch> onFired;
    private volatile Instant claimedAt;
    private volatile Instant ackedAt;

    /**
     * @param businessClock decides what is due and stamps {@code fired_at}; leases and backoff are the loop's
     *                      machine time
     * @param onFired       told of every committed round (metrics, benchmarks)
     */
    public FollowUpFirer(KafkaPublisher publisher, Clock businessClock, ClaimSettings settings, String topic,
            Consumer<FiredBatch> onFired) {
        this.publisher = publisher;
        this.businessClock = businessClock;
        this.settings = settings;
        this.topic = topic;
        this.onFired = onFired;
    }

    @Override
    public ClaimSettings settings() {
        return settings;
    }

    @Override
    public String table() {
        return "follow_up";
    }

    @Override
    public Uni<List<DueRow>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        Instant due = businessClock.instant();
        claimedAt = due;
        return tx.preparedQuery(CLAIM).execute(Tuple.of(utc(due), limit, utc(now))).map(rows -> {
            // One snapshot parse per interview per batch: an interview's follow-ups often fall due together.
            Map<UUID, InterviewLogged> snapshots = new HashMap<>();
            List<DueRow> claimed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                UUID id = row.getUUID("id");
                Instant dueAt = row.getOffsetDateTime("due_at").toInstant();
                try {
                    claimed.add(new DueRow(id, row.getInteger("attempts"), dueAt, toEvent(row, snapshots), null));
                } catch (RuntimeException e) {
                    claimed.add(new DueRow(id, row.getInteger("attempts"), dueAt, null, e));
                }
            }
            return claimed;
        });
    }

    @Override
    public Uni<List<Attempt<DueRow>>> act(List<DueRow> rows) {
        // Blocking (it waits for the broker's acks), so it runs on a worker thread: the claim's result arrives on a
        // Vert.x event loop, and blocking that would stall the API and the intake sharing it.
        return Uni.createFrom().item(() -> {
            List<Attempt<DueRow>> attempts = new ArrayList<>(rows.size());
            List<DueRow> sendable = new ArrayList<>(rows.size());
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>(rows.size());
            Instant time = businessClock.instant();
            for (DueRow row : rows) {
                if (row.buildError() != null) {
                    attempts.add(Attempt.failed(row, row.buildError(), true));
                    continue;
                }
                FollowUpDue due = row.event();
                Headers headers = TactfulEvents.headers(due.followUpId().toString(), SOURCE, due, time, due.interviewId());
                records.add(new ProducerRecord<>(topic, null, due.interviewId().toString(), EventJson.toBytes(due), headers));
                sendable.add(row);
            }
            List<Throwable> errors = records.isEmpty() ? List.of() : publisher.publish(records);
            ackedAt = businessClock.instant();
            for (int i = 0; i < sendable.size(); i++) {
                attempts.add(errors.get(i) == null ? Attempt.done(sendable.get(i)) : Attempt.failed(sendable.get(i), errors.get(i), false));
            }
            return attempts;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<DueRow> rows, Instant now) {
        UUID[] ids = rows.stream().map(DueRow::id).toArray(UUID[]::new);
        return tx.preparedQuery(MARK_FIRED).execute(Tuple.of(utc(businessClock.instant()), ids)).replaceWithVoid();
    }

    @Override
    public void settled(List<Attempt<DueRow>> results) {
        Instant committedAt = businessClock.instant();
        Instant acked = ackedAt == null ? committedAt : ackedAt;
        List<DueFollowUp> fired = new ArrayList<>(results.size());
        for (Attempt<DueRow> a : results) {
            if (a instanceof Attempt.Done<DueRow> d) {
                fired.add(new DueFollowUp(d.row().id(), d.row().event().interviewId(), d.row().dueAt(), acked));
            }
        }
        onFired.accept(new FiredBatch(claimedAt == null ? committedAt : claimedAt, committedAt, fired));
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

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
