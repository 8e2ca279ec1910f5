package dev.tactful.notifier.erasure;

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
 * Carries out {@code tactful.candidate.erased.v1} in the notifier. The tombstone commits first, on its own: from then
 * on no delivery of the candidate is claimed, and one already claimed fails its lease renewal right before the send
 * (both guarded by {@link CandidateErasure#unlessErased(String)}), so nothing more goes out for them. Then every row
 * that names them goes in one transaction: notices, webhook calls, outbox rows of their interviews, and the
 * deliveries with their rendered subjects and texts. The notifier keeps no copies of dead letters (the DLQ topics
 * expire with their retention). Both steps are idempotent; a redelivery just finds less to delete.
 */
@ApplicationScoped
public class CandidateEraser {

    private static final Logger LOG = Logger.getLogger(CandidateEraser.class);

    private static final java.util.List<String> DELETES = java.util.List.of(
            "DELETE FROM notice WHERE delivery_id IN (SELECT id FROM delivery WHERE candidate_id = $1)",
            // A webhook call carries the notification event as its body, with the candidate in data.candidateId.
            "DELETE FROM webhook_call WHERE (body::jsonb -> 'data' ->> 'candidateId') = $1",
            "DELETE FROM outbox WHERE aggregate_id IN (SELECT interview_id::text FROM delivery WHERE candidate_id = $1)",
            "DELETE FROM delivery WHERE candidate_id = $1");

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
                .invoke(() -> LOG.infof("Erasure %s carried out: the candidate's deliveries and their texts are deleted",
                        erased.erasureId()));
    }

}
