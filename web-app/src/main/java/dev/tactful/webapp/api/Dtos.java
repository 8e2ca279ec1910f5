package dev.tactful.webapp.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON shapes of the three services' APIs, as far as the web app reads or writes them. Enum values stay
 * strings: a value a service adds later is shown as it is instead of breaking a page.
 */
public final class Dtos {

    private Dtos() {
    }

    // ---- interview-service

    public record InterviewSummary(UUID id, String status, String company, String role, Instant interviewedAt,
            String format, Instant loggedAt) {
    }

    public record InterviewPage(List<InterviewSummary> items, int page, int size, long total) {
    }

    public record Person(String name, String email, String timeZone) {
    }

    public record Company(String name, String timeZone) {
    }

    public record Interviewer(String id, String name, String title, String email, String linkedinUrl,
            String preferredChannel, boolean askedNotToFollowUp, boolean primaryContact, String timeZone) {
    }

    public record Agency(String name, String email, boolean requiresRouting) {
    }

    public record Promise(String channel, LocalDate by, String note) {
    }

    public record Outcome(UUID id, UUID interviewId, String type, Instant at, String note, LocalDate newDecisionExpectedBy,
            Instant loggedAt, String interviewStatus) {
    }

    public record Interview(UUID id, String status, int revision, Person candidate, Company company, String role,
            Instant interviewedAt, Instant endsAt, long durationMinutes, String format, List<Interviewer> interviewers,
            Agency agency, LocalDate decisionExpectedBy, List<String> topicsDiscussed, List<String> pointsToReinforce,
            List<String> concernsToAddress, Promise promise, String policy, String deliveryMode, List<Outcome> outcomes) {
    }

    /** Body of POST /api/v1/interviews; absent optional fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogInterview(Person candidate, Company company, String role, String interviewedAt, Integer durationMinutes,
            String format, List<NewInterviewer> interviewers, NewAgency agency, LocalDate decisionExpectedBy,
            List<String> topicsDiscussed, List<String> pointsToReinforce, List<String> concernsToAddress, NewPromise promise,
            String policy, String deliveryMode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewInterviewer(String name, String title, String email, String linkedinUrl, String preferredChannel,
            Boolean askedNotToFollowUp, Boolean primaryContact, String timeZone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewAgency(String name, String email, Boolean requiresRouting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewPromise(String channel, LocalDate by, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeRequest(String type, String at, String note, LocalDate newDecisionExpectedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InterviewerPatch(String email, String preferredChannel, Boolean askedNotToFollowUp, Boolean primaryContact,
            String timeZone) {
    }

    // ---- planner-service

    public record Recipient(String name, String email, String title, String timeZone) {
    }

    public record FollowUp(UUID id, String key, String kind, Recipient recipient, String channel, String status,
            Instant dueAt, LocalDateTime dueAtLocal, String timeZone, String rule, String reason, String statusRule,
            String statusReason, Instant snoozedUntil, Instant firedAt) {
    }

    public record Note(Recipient recipient, String rule, String reason) {
    }

    public record Plan(UUID interviewId, String policy, int revision, List<FollowUp> followUps, List<Note> suppressions,
            List<Note> flags) {
    }

    public record SnoozeRequest(Instant until) {
    }

    // ---- notifier-service

    public record HoldReason(String rule, String code, String reason) {
    }

    public record Content(String subject, String text) {
    }

    public record Email(String messageId, String from, String to, String replyTo, String subject, String text) {
    }

    public record DeliveryPerson(String name, String email) {
    }

    public record Delivery(UUID id, UUID followUpId, UUID interviewId, String kind, String channel, String deliveryMode,
            String status, int attempts, String rule, String reason, DeliveryPerson recipient, Instant dueAt, Instant sentAt,
            String lastError, List<HoldReason> holdReasons, Content content, Email email) {
    }
}
