package dev.tactful.notifier.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import dev.tactful.support.claim.ClaimedRow;

/**
 * The columns every table the claim loop works shares (see service-support's ClaimQueue): the id, the tries so
 * far, when the row may be claimed again (machine time), the last error and when it was parked; plus when the row
 * was created and sent.
 */
@MappedSuperclass
public abstract class ClaimedEntity implements ClaimedRow {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public int attempts() {
        return attempts;
    }
}
