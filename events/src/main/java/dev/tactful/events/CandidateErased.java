package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tactful.candidate.erased.v1}: the candidate asked for everything Tactful holds about them to be erased.
 * Unlike the interview events it is about a person, not an interview, so its record key and {@code ce_subject} are
 * the candidate id. Every service deletes its rows for that candidate and keeps only a tombstone (a hash of the id),
 * so an event about them that arrives later is dropped.
 *
 * @param erasureId  one id per erasure request; the same as {@code ce_id}
 * @param erasedAt   business time at which interview-service accepted the erasure
 */
public record CandidateErased(
        UUID erasureId,
        String candidateId,
        Instant erasedAt) {
    public CandidateErased {
        Require.present(erasureId, "erasureId");
        Require.present(candidateId, "candidateId");
        Require.present(erasedAt, "erasedAt");
    }
}
