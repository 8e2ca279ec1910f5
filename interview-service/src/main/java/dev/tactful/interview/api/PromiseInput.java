package dev.tactful.interview.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.events.Channel;

@Schema(description = "A follow-up the candidate agreed to at the interview; it replaces the default status check (R13).")
public record PromiseInput(
        @Schema(example = "PHONE") @NotNull Channel channel,
        @Schema(example = "2026-11-24", description = "Not before the interview, at most two years after it") @NotNull LocalDate by,
        @Schema(example = "Call Avery after the team offsite", maxLength = Limits.PROMISE_NOTE) @Size(max = Limits.PROMISE_NOTE) String note) {
}
