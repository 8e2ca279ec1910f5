package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;

@Schema(description = "An agency recruiter; thank-yous only go through them when they require it (R5).")
public record AgencyInput(
        @Schema(example = "Jordan Lee (Talent Bridge)", maxLength = Limits.NAME) @NotBlank @Size(max = Limits.NAME) String name,
        @Schema(example = "jordan@talentbridge.example") @Email(regexp = Limits.EMAIL_PATTERN) @Size(max = Limits.EMAIL) String email,
        @Schema(defaultValue = "false") Boolean requiresRouting) {
}
