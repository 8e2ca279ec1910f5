package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.interview.validation.IanaZone;

@Schema(description = "The job seeker; their zone decides when reminders may reach them (R11).")
public record CandidateInput(
        @Schema(example = "Rowan Tester", maxLength = Limits.NAME) @NotBlank @Size(max = Limits.NAME) String name,
        @Schema(example = "rowan@example.org", format = "email", maxLength = Limits.EMAIL) @NotBlank @Email(regexp = Limits.EMAIL_PATTERN) @Size(max = Limits.EMAIL) String email,
        @Schema(example = "Europe/Berlin", description = "IANA time zone id") @NotBlank @IanaZone String timeZone) {
}
