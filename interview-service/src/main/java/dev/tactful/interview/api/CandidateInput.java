package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.interview.validation.IanaZone;

@Schema(description = "The job seeker; their zone decides when reminders may reach them (R11).")
public record CandidateInput(
        @Schema(example = "Rowan Tester", maxLength = Limits.TEXT) @NotBlank @Size(max = Limits.TEXT) String name,
        @Schema(example = "rowan@example.org", format = "email") @NotBlank @Email(regexp = Limits.EMAIL) @Size(max = Limits.TEXT) String email,
        @Schema(example = "Europe/Berlin", description = "IANA time zone id") @NotBlank @IanaZone String timeZone) {
}
