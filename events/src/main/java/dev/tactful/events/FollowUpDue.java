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
}
