package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One answer from the employer (R8).
 *
 * @param id                    breaks ties between outcomes at the same instant, so their order never depends on
 *                              the order they arrived in
 * @param newDecisionExpectedBy a decision date that replaces the earlier one (R6), if the answer gave one
 */
public record Outcome(UUID id, OutcomeType type, Instant at, LocalDate newDecisionExpectedBy) {
}
