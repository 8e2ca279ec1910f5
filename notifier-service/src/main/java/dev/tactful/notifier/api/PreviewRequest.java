package dev.tactful.notifier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewFormat;

/** Render any follow-up for the given interview details, without sending it. */
public record PreviewRequest(
        @NotNull FollowUpKind kind,
        @NotNull Channel channel,
        DeliveryMode deliveryMode,
        // Required because the preview is rendered from a FollowUpDue, whose contract requires a recipient (even R15).
        @NotNull @Valid Person recipient,
        @NotNull @Valid Person candidate,
        @NotNull @Valid Interview interview,
        String rule,
        String reason) {

    public record Person(@NotBlank String name, String title, @Email String email, ZoneId timeZone) {
    }

    public record Interview(
            @NotBlank String companyName,
            @NotBlank String role,
            Instant interviewedAt,
            InterviewFormat format,
            LocalDate decisionExpectedBy,
            List<String> topicsDiscussed,
            List<String> pointsToReinforce,
            List<String> concernsToAddress) {
    }
}
