package dev.tactful.interview.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.tactful.events.OutcomeType;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.repository.OutcomeEntity;

/** A logged answer from the employer. */
public record StoredOutcome(UUID id, UUID interviewId, OutcomeType type, Instant at, String note,
        LocalDate newDecisionExpectedBy, Instant loggedAt, String source) {

    /** The interview's status right after this outcome. */
    public InterviewStatus interviewStatus() {
        return InterviewStatus.after(type);
    }

    static StoredOutcome of(OutcomeEntity o) {
        return new StoredOutcome(o.id, o.interviewId, o.type, o.at, o.note, o.newDecisionExpectedBy, o.loggedAt, o.source);
    }
}
