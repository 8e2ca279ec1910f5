package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/** {@code tactful.notification.failed.v1}: delivery gave up after its bounded retries. */
public record NotificationFailed(
        UUID deliveryId,
        UUID followUpId,
        UUID interviewId,
        String candidateId,
        FollowUpKind kind,
        Channel channel,
        int attempts,
        String lastError,
        Instant failedAt) {
}
