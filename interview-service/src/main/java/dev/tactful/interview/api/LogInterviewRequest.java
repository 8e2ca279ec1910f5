package dev.tactful.interview.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Limits;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.Policy;
import dev.tactful.interview.validation.ConsistentInterview;

/**
 * Body of {@code POST /api/v1/interviews}. Field names are part of the fixed contract. Checks spanning several
 * fields (one primary contact, the interview not in the future, end after start, dates after the interview)
 * are in {@link ConsistentInterview}.
 */
@ConsistentInterview
@Schema(description = "An interview to log.")
public record LogInterviewRequest(
        @NotNull @Valid CandidateInput candidate,
        @NotNull @Valid CompanyInput company,
        @Schema(example = "Platform Engineer", maxLength = Limits.ROLE) @NotBlank @Size(max = Limits.ROLE) String role,
        @Schema(example = "2026-11-19T10:00:00+09:00", description = "Start, an ISO-8601 date-time with offset; at most one day in the future")
        @NotNull OffsetDateTime interviewedAt,
        @Schema(example = "60", description = "Length in minutes; alternatively give endsAt. Default 60.") @Positive @Max(24 * 60) Integer durationMinutes,
        @Schema(example = "2026-11-19T11:00:00+09:00", description = "End, instead of durationMinutes") OffsetDateTime endsAt,
        @Schema(example = "VIDEO") @NotNull InterviewFormat format,
        @Size(min = 1, max = Limits.INTERVIEWERS) @NotNull List<@NotNull @Valid InterviewerInput> interviewers,
        @Valid AgencyInput agency,
        @Schema(example = "2026-11-26", description = "Day by which the employer said it would decide (R6); not before the interview, at most two years after it") LocalDate decisionExpectedBy,
        @Schema(example = "[\"moving billing to event streaming\"]") @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> topicsDiscussed,
        @Schema(example = "[\"on-call experience with Kafka\"]") @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> pointsToReinforce,
        @Schema(example = "[]") @Size(max = Limits.TOPICS) List<@NotBlank @Size(max = Limits.TOPIC) String> concernsToAddress,
        @Valid PromiseInput promise,
        @Schema(defaultValue = "STANDARD") Policy policy,
        @Schema(defaultValue = "DRAFT_TO_CANDIDATE") DeliveryMode deliveryMode) {
}
