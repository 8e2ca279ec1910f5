package dev.tactful.support.outbox;

import java.time.Instant;
import java.util.UUID;

import dev.tactful.support.claim.ClaimedRow;

/** One committed event waiting in the outbox; its id becomes the CloudEvent {@code ce_id}. */
public record OutboxRow(UUID id, String key, String topic, String type, String source, Instant time, String payload,
        int attempts) implements ClaimedRow {
}
