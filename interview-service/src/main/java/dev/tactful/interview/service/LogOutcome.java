package dev.tactful.interview.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.tactful.events.OutcomeType;

/** What the employer answered; {@code at} null means now. */
public record LogOutcome(OutcomeType type, OffsetDateTime at, String note, LocalDate newDecisionExpectedBy) {
}
