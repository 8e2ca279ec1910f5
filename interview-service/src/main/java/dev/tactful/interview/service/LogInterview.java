package dev.tactful.interview.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.Policy;

/**
 * An interview to log, already validated. Optional values are null; {@link InterviewStates#first} fills the
 * defaults, so every way of logging an interview gets the same ones.
 */
public record LogInterview(
        CandidateDetails candidate,
        CompanyDetails company,
        String role,
        OffsetDateTime interviewedAt,
        Integer durationMinutes,
        OffsetDateTime endsAt,
        InterviewFormat format,
        List<InterviewerDetails> interviewers,
        AgencyDetails agency,
        LocalDate decisionExpectedBy,
        List<String> topicsDiscussed,
        List<String> pointsToReinforce,
        List<String> concernsToAddress,
        PromiseDetails promise,
        Policy policy,
        DeliveryMode deliveryMode) {

    public record CandidateDetails(String name, String email, String timeZone) {
    }

    public record CompanyDetails(String name, String timeZone) {
    }

    public record InterviewerDetails(String name, String title, String email, String linkedinUrl, Channel preferredChannel,
            Boolean askedNotToFollowUp, Boolean primaryContact, String timeZone) {
    }

    public record AgencyDetails(String name, String email, Boolean requiresRouting) {
    }

    public record PromiseDetails(Channel channel, LocalDate by, String note) {
    }
}
