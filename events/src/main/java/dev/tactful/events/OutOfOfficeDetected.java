package dev.tactful.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code tactful.inbox.out-of-office.v1}: a person of the interview is away, as their automatic answer in the
 * candidate's mailbox says; {@code returnDate} when the message names one. Nothing is cancelled for it.
 */
public record OutOfOfficeDetected(
        UUID interviewId,
        String candidateId,
        String messageId,
        Instant receivedAt,
        String sender,
        MatchedBy matchedBy,
        UUID followUpId,
        LocalDate returnDate,
        String evidence,
        Instant detectedAt) {
    public OutOfOfficeDetected {
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(receivedAt, "receivedAt");
        Require.present(sender, "sender");
        Require.present(matchedBy, "matchedBy");
    }
}
