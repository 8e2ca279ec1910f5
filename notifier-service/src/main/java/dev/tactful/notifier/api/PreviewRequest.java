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
import dev.tactful.events.Limits;

/**
 * Render any follow-up for the given interview details, without sending it. Texts and lists have the interview
 * request's limits (the contract's {@link Limits}): a preview renders nothing an interview could not hold.
 */
public record PreviewRequest(
        @NotNull FollowUpKind kind,
        @NotNull Channel channel,
        DeliveryMode deliveryMode,
        // Required because the preview is rendered from a FollowUpDue, whose contract requires a recipient (even R15).
        @NotNull @Valid Person recipient,
        @NotNull @Valid Person candidate,
        @NotNull @Valid Interview interview,
        // Rule ids and reasons are the planner's, not the candidate's; bounded so a preview stays small.
        @Size(max = Limits.TOPIC) String rule,
        @Size(max = Limits.TOPIC) String reason) {

    public record Person(
            @NotBlank @Size(max = Limits.NAME) String name,
            @Size(max = Limits.TITLE) String title,
            @Email(regexp = Limits.EMAIL_PATTERN) @Size(max = Limits.EMAIL) String email,
            ZoneId timeZone) {
    }

    public record Interview(
            @NotBlank @Size(max = Limits.COMPANY) String companyName,
            @NotBlank @Size(max = Limits.ROLE) String role,
            Instant interviewedAt,
            InterviewFormat format,
            LocalDate decisionExpectedBy,
            @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> topicsDiscussed,
            @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> pointsToReinforce,
            @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> concernsToAddress) {
    }
}
