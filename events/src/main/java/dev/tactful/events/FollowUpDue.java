package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tactful.followup.due.v1}: a planned follow-up has fallen due. Carries everything the notifier
 * renders and delivers, so the notifier never calls back. {@code followUpId} is the delivery key.
 */
public record FollowUpDue(
        UUID followUpId,
        UUID interviewId,
        String candidateId,
        FollowUpKind kind,
        String rule,
        String reason,
        Channel channel,
        Recipient recipient,
        Instant dueAt,
        Policy policy,
        DeliveryMode deliveryMode,
        Candidate candidate,
        InterviewDetails interview) {
    public FollowUpDue {
        Require.present(followUpId, "followUpId");
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.present(recipient, "recipient");
        Require.present(dueAt, "dueAt");
        Require.present(policy, "policy");
        Require.present(deliveryMode, "deliveryMode");
    }
}
