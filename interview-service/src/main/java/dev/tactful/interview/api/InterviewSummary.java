package dev.tactful.interview.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.service.StoredInterview;

@Schema(name = "InterviewSummary", description = "One line of the interview list; GET the interview for everything.")
public record InterviewSummary(UUID id, InterviewStatus status, String company, String role, Instant interviewedAt,
        InterviewFormat format, int revision, Instant loggedAt, Instant updatedAt) {

    static InterviewSummary of(StoredInterview i) {
        InterviewLogged s = i.state();
        return new InterviewSummary(s.interviewId(), i.status(), s.company().name(), s.role(), s.interviewedAt(), s.format(),
                s.revision(), i.loggedAt(), i.updatedAt());
    }
}
