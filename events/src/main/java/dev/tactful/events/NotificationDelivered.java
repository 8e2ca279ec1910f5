package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/** {@code tactful.notification.delivered.v1}: the message (or the candidate's draft) was accepted for delivery. */
public record NotificationDelivered(
        UUID deliveryId,
        UUID followUpId,
        UUID interviewId,
        String candidateId,
        FollowUpKind kind,
        Channel channel,
        DeliveryMode deliveryMode,
        String deliveredTo,
        String messageId,
        int attempts,
        Instant deliveredAt) {
    public NotificationDelivered {
        Require.present(followUpId, "followUpId");
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(kind, "kind");
    }
}
