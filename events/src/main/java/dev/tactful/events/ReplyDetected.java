package dev.tactful.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tactful.inbox.reply.v1}: a person of the interview answered, as read from the candidate's connected
 * mailbox. interview-service logs it as the outcome REPLY_RECEIVED (R8), once per event id.
 */
public record ReplyDetected(
        UUID interviewId,
        String candidateId,
        String messageId,
        Instant receivedAt,
        String sender,
        MatchedBy matchedBy,
        UUID followUpId,
        String evidence,
        Instant detectedAt) {
    public ReplyDetected {
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(receivedAt, "receivedAt");
        Require.present(sender, "sender");
        Require.present(matchedBy, "matchedBy");
    }
}
