package dev.tactful.interview.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.events.Channel;
import dev.tactful.interview.validation.IanaZone;
import dev.tactful.interview.validation.NullOrNotBlank;

/** Partial update of one interviewer: absent (or null) fields stay as they are. */
@Schema(description = "Changed preferences of one interviewer; absent fields are left unchanged.")
public record InterviewerPatch(
        @NullOrNotBlank @Size(max = Limits.NAME) String name,
        @Schema(example = "Director of Engineering") @Size(max = Limits.TITLE) String title,
        @Schema(example = "avery.stone@northwind.example") @Email(regexp = Limits.EMAIL_PATTERN) @Size(max = Limits.EMAIL) String email,
        @Pattern(regexp = InputPatterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = Limits.URL) String linkedinUrl,
        @Schema(example = "HANDWRITTEN_NOTE") Channel preferredChannel,
        @Schema(example = "true", description = "They asked not to be followed up (R3)") Boolean askedNotToFollowUp,
        @Schema(description = "true makes this interviewer the primary contact (and no one else)") Boolean primaryContact,
        @IanaZone String timeZone) {
}
