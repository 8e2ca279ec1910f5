package dev.tactful.interview.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.events.OutcomeType;

/** Body of {@code POST /api/v1/interviews/{id}/outcomes}: the employer answered (R8). */
@Schema(description = "An answer from the employer.")
public record OutcomeRequest(
        @Schema(example = "REPLY_RECEIVED") @NotNull OutcomeType type,
        @Schema(example = "2026-11-21T09:30:00+01:00", description = "When it happened; default now. Not before the interview, at most one day ahead.") OffsetDateTime at,
        @Schema(example = "They will decide after the team offsite", description = "Private note; never logged", maxLength = Limits.OUTCOME_NOTE) @Size(max = Limits.OUTCOME_NOTE) String note,
        @Schema(example = "2026-12-01", description = "A new decision date the employer gave; not before the interview, at most two years after it") LocalDate newDecisionExpectedBy) {
}
