package dev.tactful.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code tactful.interview.outcome.v1}: the employer answered (R8), possibly with a new decision date. */
public record InterviewOutcomeLogged(
        UUID interviewId,
        String candidateId,
        UUID outcomeId,
        OutcomeType type,
        Instant at,
        String note,
        LocalDate newDecisionExpectedBy,
        Instant loggedAt) {
    public InterviewOutcomeLogged {
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(type, "type");
        Require.present(at, "at");
    }
}
