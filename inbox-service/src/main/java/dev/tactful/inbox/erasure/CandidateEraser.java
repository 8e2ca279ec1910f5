package dev.tactful.inbox.erasure;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.CandidateErased;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Carries out {@code tactful.candidate.erased.v1} in inbox-service: the tombstone first (from its commit on, the sync
 * claim skips the candidate's mailbox), then the mailbox with its encrypted password, sync state, tallies and
 * detections, the projection of the candidate's interviews, contacts and sent follow-ups, and the outbox rows about
 * them. Idempotent; a redelivery finds nothing left to delete.
 */
@ApplicationScoped
public class CandidateEraser {

    private static final Logger LOG = Logger.getLogger(CandidateEraser.class);

    private static final java.util.List<String> DELETES = java.util.List.of(
            // mailbox_tally and detection go with their mailbox (ON DELETE CASCADE), interview_contact with its view.
            "DELETE FROM mailbox WHERE candidate_id = $1",
            "DELETE FROM early_outcome WHERE interview_id IN (SELECT interview_id FROM interview_view WHERE candidate_id = $1)",
            "DELETE FROM interview_view WHERE candidate_id = $1",
            "DELETE FROM sent_followup WHERE candidate_id = $1",
            // Every inbox event names its candidate in candidateId.
            "DELETE FROM outbox WHERE (payload::jsonb ->> 'candidateId') = $1");

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machine;

    public Uni<Void> erase(CandidateErased erased) {
        String candidateId = erased.candidateId();
        return pool.withTransaction(tx -> CandidateErasure.remember(tx, candidateId, erased.erasureId(), erased.erasedAt(),
                machine.instant()))
                .chain(() -> pool.withTransaction(tx -> CandidateErasure.deleteAll(tx, candidateId, DELETES)))
                .invoke(() -> LOG.infof("Erasure %s carried out: the candidate's mailbox and projection are deleted",
                        erased.erasureId()));
    }

}
