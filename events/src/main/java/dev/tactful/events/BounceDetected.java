package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tactful.inbox.bounce.v1}: a delivery-status notification (RFC 3464) in the candidate's mailbox says mail
 * to a person of the interview could not be delivered.
 */
public record BounceDetected(
        UUID interviewId,
        String candidateId,
        String messageId,
        Instant receivedAt,
        String failedRecipient,
        MatchedBy matchedBy,
        UUID followUpId,
        String status,
        String evidence,
        Instant detectedAt) {
    public BounceDetected {
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(receivedAt, "receivedAt");
        Require.present(failedRecipient, "failedRecipient");
        Require.present(matchedBy, "matchedBy");
    }
}
