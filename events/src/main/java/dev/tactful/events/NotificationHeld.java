package dev.tactful.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code tactful.notification.held.v1}: the quality gate (R2, R16) stopped a message; the candidate was told why. */
public record NotificationHeld(
        UUID deliveryId,
        UUID followUpId,
        UUID interviewId,
        String candidateId,
        FollowUpKind kind,
        Channel channel,
        List<HoldReason> reasons,
        Instant heldAt) {

    public NotificationHeld {
        Require.present(followUpId, "followUpId");
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(kind, "kind");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
