package dev.tactful.support.erasure;

import java.time.Instant;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What interview-service sends the planner and the notifier ({@code PUT /api/v1/me/erasure}) before it accepts an
 * erasure: the erasure's id and moment, so their tombstones name the same erasure as the event that follows.
 */
public record ErasureHold(UUID erasureId, Instant erasedAt) {

    /** Records the tombstone the hold asks for, at once; a hold without an id or a time gets fresh ones. */
    public static Uni<Void> record(Pool pool, ErasureHold hold, String candidateId, Instant now) {
        UUID id = hold == null || hold.erasureId() == null ? UUID.randomUUID() : hold.erasureId();
        Instant at = hold == null || hold.erasedAt() == null ? now : hold.erasedAt();
        return pool.withTransaction(tx -> CandidateErasure.remember(tx, candidateId, id, at, now));
    }
}
