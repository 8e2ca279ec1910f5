package dev.tactful.interview.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.OutcomeType;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.service.StoredOutcome;

@Schema(name = "Outcome", description = "A logged answer from the employer.")
public record OutcomeView(
        UUID id,
        UUID interviewId,
        @Schema(example = "REPLY_RECEIVED") OutcomeType type,
        Instant at,
        String note,
        LocalDate newDecisionExpectedBy,
        Instant loggedAt,
        @Schema(description = "The interview's status after this outcome", example = "REPLIED") InterviewStatus interviewStatus,
        @Schema(description = "Who logged it: candidate (through this API) or inbox (a reply found in the connected mailbox)",
                example = "candidate") String source) {

    static OutcomeView of(StoredOutcome o) {
        return new OutcomeView(o.id(), o.interviewId(), o.type(), o.at(), o.note(), o.newDecisionExpectedBy(), o.loggedAt(),
                o.interviewStatus(), o.source());
    }
}
