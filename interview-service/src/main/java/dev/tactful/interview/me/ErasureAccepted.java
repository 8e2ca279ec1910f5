package dev.tactful.interview.me;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code DELETE /api/v1/me}: what was done, what follows, and when the last copy is gone. */
@Schema(description = "An accepted erasure: what happens next and when the last copy disappears")
public record ErasureAccepted(
        @Schema(description = "Id of this erasure, also the ce_id of tactful.candidate.erased.v1") UUID erasureId,
        @Schema(description = "When the erasure was accepted (real time, like the other instants here)") Instant acceptedAt,
        @Schema(description = "Interviews deleted from interview-service just now (with their outcomes)") int interviewsErased,
        @Schema(description = "True when this account had already been erased; nothing new was done") boolean alreadyErased,
        @Schema(description = "What happens now, in plain words") String whatHappens,
        @Schema(description = "How long Kafka keeps a record on every topic, as an ISO-8601 duration", example = "PT168H") String kafkaRetention,
        @Schema(description = "Latest moment at which the last copy, on a Kafka topic, has expired") Instant lastCopyGoneBy,
        @Schema(description = "Until when a hash of the account id is kept so late events are dropped and new "
                + "interviews under this account are refused") Instant tombstoneUntil) {
}
