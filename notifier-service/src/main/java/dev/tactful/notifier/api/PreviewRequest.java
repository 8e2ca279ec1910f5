package dev.tactful.notifier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewFormat;
import dev.tactful.support.InputLimits;

/**
 * Render any follow-up for the given interview details, without sending it. Texts and lists have the interview
 * request's limits (service-support's {@link InputLimits}): a preview renders nothing an interview could not hold.
 */
public record PreviewRequest(
        @NotNull FollowUpKind kind,
        @NotNull Channel channel,
        DeliveryMode deliveryMode,
        // Required because the preview is rendered from a FollowUpDue, whose contract requires a recipient (even R15).
        @NotNull @Valid Person recipient,
        @NotNull @Valid Person candidate,
        @NotNull @Valid Interview interview,
        @Size(max = InputLimits.TEXT) String rule,
        @Size(max = InputLimits.TEXT) String reason) {

    public record Person(
            @NotBlank @Size(max = InputLimits.TEXT) String name,
            @Size(max = InputLimits.TEXT) String title,
            @Email(regexp = InputLimits.EMAIL) @Size(max = InputLimits.TEXT) String email,
            ZoneId timeZone) {
    }

    public record Interview(
            @NotBlank @Size(max = InputLimits.TEXT) String companyName,
            @NotBlank @Size(max = InputLimits.TEXT) String role,
            Instant interviewedAt,
            InterviewFormat format,
            LocalDate decisionExpectedBy,
            @Size(max = InputLimits.LIST) List<@NotBlank @Size(max = InputLimits.TEXT) String> topicsDiscussed,
            @Size(max = InputLimits.LIST) List<@NotBlank @Size(max = InputLimits.TEXT) String> pointsToReinforce,
            @Size(max = InputLimits.LIST) List<@NotBlank @Size(max = InputLimits.TEXT) String> concernsToAddress) {
    }
}
