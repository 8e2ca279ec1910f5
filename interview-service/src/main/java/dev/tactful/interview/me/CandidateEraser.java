package dev.tactful.interview.me;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.EventType;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.interview.repository.OutboxEntity;
import dev.tactful.support.ProblemException;
import dev.tactful.support.claim.AdvisoryLock;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.outbox.Outbox;
import dev.tactful.support.outbox.OutboxEvent;
import dev.tactful.support.outbox.OutboxWritten;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Erases a candidate from interview-service and announces it. One transaction deletes every row that names the
 * candidate (outcomes, interviews, the outbox rows of those interviews, published or not, and idempotency keys with
 * their stored answers), records the hashed tombstone and writes {@code tactful.candidate.erased.v1} to the outbox:
 * either all of it happens, or none, and the other services hear of the erasure exactly when it happened here.
 * Unpublished interview events are deleted too: nothing about the candidate leaves after the erasure.
 */
@ApplicationScoped
public class CandidateEraser {

    private static final Logger LOG = Logger.getLogger(CandidateEraser.class);

    /** The rows to delete, children first. $1 is the candidate id. */
    private static final java.util.List<String> DELETES = java.util.List.of(
            "DELETE FROM outcome WHERE interview_id IN (SELECT id FROM interview WHERE candidate_id = $1)",
            "DELETE FROM outbox WHERE aggregate_id IN (SELECT id::text FROM interview WHERE candidate_id = $1)"
                    + " OR aggregate_id = $1",
            "DELETE FROM interview WHERE candidate_id = $1",
            "DELETE FROM idempotency_key WHERE candidate_id = $1");

    @Inject
    Pool pool;

    @Inject
    @BusinessTime
    Clock clock;

    @Inject
    @MachineTime
    Clock machine;

    @Inject
    Event<OutboxWritten> outboxWritten;

    /** How long the tombstone (and so the refusal of new interviews under the same subject) lasts. */
    @ConfigProperty(name = "tactful.retention.erased-candidates", defaultValue = "P30D")
    Duration tombstoneKeep;

    /** What the erasure did; {@code alreadyErased} when a tombstone was there (a repeated DELETE). */
    public record Erasure(UUID erasureId, Instant erasedAt, int interviews, boolean alreadyErased) {
    }

    public Uni<Erasure> erase(String candidateId) {
        return erase(candidateId, UUID.randomUUID(), clock.instant());
    }

    /** Erases with a given id and time (the ones the holds of {@link MeResource} already named). */
    public Uni<Erasure> erase(String candidateId, UUID erasureId, Instant erasedAt) {
        Instant now = machine.instant();
        // The candidate's new-interview lock first: an interview being created right now either commits before and is
        // deleted below, or waits and then finds the tombstone (NewInterviewLimit checks it under the same lock).
        return pool.withTransaction(tx -> lock(tx, candidateId).chain(() -> CandidateErasure.isErased(tx, candidateId)).chain(already -> {
            if (already) {
                // Nothing can have been written since (new writes are refused), so there is nothing to erase again.
                return Uni.createFrom().item(new Erasure(erasureId, erasedAt, 0, true));
            }
            return count(tx, candidateId).chain(interviews -> CandidateErasure.deleteAll(tx, candidateId, DELETES)
                    .chain(() -> CandidateErasure.remember(tx, candidateId, erasureId, erasedAt, now))
                    .chain(() -> Outbox.append(tx, event(erasureId, candidateId, erasedAt), now))
                    .replaceWith(new Erasure(erasureId, erasedAt, interviews, false)));
        })).invoke(e -> {
            if (!e.alreadyErased()) {
                outboxWritten.fire(new OutboxWritten(1));
                // The id only: the erasure is the one moment the subject may appear, so the log can answer "when".
                LOG.infof("Candidate erased (erasure %s, %d interviews)", e.erasureId(), e.interviews());
            }
        });
    }

    public Instant businessNow() {
        return clock.instant();
    }

    /** Whether new data under this subject must be refused: an erasure is in force. */
    public Uni<Boolean> erased(String candidateId) {
        return CandidateErasure.isErased(pool, candidateId);
    }

    /** The answer to a write under an erased subject while its tombstone lives. */
    public static ProblemException refusal() {
        return ProblemException.conflict("This account was erased, so Tactful stores nothing new for it for now. Sign in"
                + " with another account, or try again after the erasure period.");
    }

    public Duration tombstoneKeep() {
        return tombstoneKeep;
    }

    private static Uni<Void> lock(SqlConnection tx, String candidateId) {
        return tx.preparedQuery(AdvisoryLock.NEW_INTERVIEWS.positionalQuery()).execute(Tuple.of(candidateId)).replaceWithVoid();
    }

    private static Uni<Integer> count(SqlConnection tx, String candidateId) {
        return tx.preparedQuery("SELECT count(*) AS n FROM interview WHERE candidate_id = $1").execute(Tuple.of(candidateId))
                .map(rows -> rows.iterator().next().getLong("n").intValue());
    }


    static OutboxEvent event(UUID erasureId, String candidateId, Instant erasedAt) {
        CandidateErased data = new CandidateErased(erasureId, candidateId, erasedAt);
        EventType type = EventType.of(CandidateErased.class);
        return new OutboxEvent(erasureId, candidateId, Topics.INTERVIEW_EVENTS, type.type(), OutboxEntity.SOURCE, erasedAt,
                EventJson.toJson(data));
    }
}
