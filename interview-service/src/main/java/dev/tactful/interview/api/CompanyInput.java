package dev.tactful.interview.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.interview.validation.IanaZone;

@Schema(description = "The employer. Its zone is used for interviewers who have none of their own.")
public record CompanyInput(
        @Schema(example = "Northwind", maxLength = Limits.COMPANY) @NotBlank @Size(max = Limits.COMPANY) String name,
        @Schema(example = "Asia/Tokyo", description = "IANA time zone id (optional)") @IanaZone String timeZone) {
}
