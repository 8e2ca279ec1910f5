package dev.tactful.planner.intake;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.EventType;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Carries out {@code tactful.candidate.erased.v1} in the planner: the tombstone first, in its own short transaction,
 * so that the firing claim skips the candidate's timers from that commit on even while a firing round still holds
 * some of their rows; then every row naming the candidate (follow-ups, plan notes, stored outcomes, inbox facts,
 * interview snapshots) and the event's id, in a second transaction that waits for such a round to finish. Both steps are
 * idempotent, so a redelivery (or a crash between them) simply does the rest.
 */
@ApplicationScoped
public class CandidateEraser {

    private static final Logger LOG = Logger.getLogger(CandidateEraser.class);

    private static final java.util.List<String> DELETES = java.util.List.of(
            "DELETE FROM follow_up WHERE candidate_id = $1",
            "DELETE FROM plan_note WHERE interview_id IN (SELECT id FROM interview WHERE candidate_id = $1)",
            "DELETE FROM interview_outcome WHERE candidate_id = $1",
            // What the candidate's mailbox told us (R17, R18): addresses and dates about their interviews.
            "DELETE FROM inbox_fact WHERE candidate_id = $1",
            "DELETE FROM interview WHERE candidate_id = $1");

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machine;

    public Uni<InterviewEventIntake.Effect> erase(CandidateErased erased, String eventId) {
        String candidateId = erased.candidateId();
        return pool.withTransaction(tx -> CandidateErasure.remember(tx, candidateId, erased.erasureId(), erased.erasedAt(),
                machine.instant()))
                .chain(() -> pool.withTransaction(tx -> CandidateErasure.deleteAll(tx, candidateId, DELETES)
                        .chain(() -> tx.preparedQuery("""
                                INSERT INTO processed_event (event_id, event_type, processed_at) VALUES ($1, $2, $3)
                                ON CONFLICT (event_id) DO NOTHING""")
                                .execute(Tuple.of(eventId, EventType.CANDIDATE_ERASED.type(),
                                        dev.tactful.support.claim.ClaimSql.utc(machine.instant())))
                                .replaceWithVoid())))
                .invoke(() -> LOG.infof("Erasure %s carried out: the candidate's plans and timers are deleted", erased.erasureId()))
                .replaceWith(InterviewEventIntake.Effect.ERASED);
    }

}
