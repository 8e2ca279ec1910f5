package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An agency recruiter; thank-yous only go through them when they require it (R5).")
public record AgencyInput(
        @Schema(example = "Jordan Lee (Talent Bridge)") @NotBlank @Size(max = Limits.TEXT) String name,
        @Schema(example = "jordan@talentbridge.example") @Email(regexp = Limits.EMAIL) @Size(max = Limits.TEXT) String email,
        @Schema(defaultValue = "false") Boolean requiresRouting) {
}
