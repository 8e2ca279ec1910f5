package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.events.Channel;
import dev.tactful.interview.validation.IanaZone;

@Schema(description = "One person the candidate met; each is thanked separately (R1).")
public record InterviewerInput(
        @Schema(example = "Avery Stone", maxLength = Limits.NAME) @NotBlank @Size(max = Limits.NAME) String name,
        @Schema(example = "Engineering Manager", maxLength = Limits.TITLE) @Size(max = Limits.TITLE) String title,
        @Schema(example = "avery@northwind.example", description = "Work email; required when the preferred channel is EMAIL (the default)", maxLength = Limits.EMAIL)
        @Email(regexp = Limits.EMAIL_PATTERN) @Size(max = Limits.EMAIL) String email,
        @Schema(example = "https://www.linkedin.com/in/avery-stone", nullable = true, maxLength = Limits.URL) @Pattern(regexp = InputPatterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = Limits.URL) String linkedinUrl,
        @Schema(description = "Default EMAIL", defaultValue = "EMAIL") Channel preferredChannel,
        @Schema(description = "They asked not to be followed up (R3)", defaultValue = "false") Boolean askedNotToFollowUp,
        @Schema(description = "The hiring manager who gets status checks (R7); exactly one, by default the first", defaultValue = "false") Boolean primaryContact,
        @Schema(example = "Asia/Tokyo", description = "IANA time zone id; defaults to the company's") @IanaZone String timeZone) {
}
