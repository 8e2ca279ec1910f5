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
    public NotificationFailed {
        Require.present(followUpId, "followUpId");
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(kind, "kind");
    }
}
