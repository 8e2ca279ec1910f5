package dev.tactful.interview.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.interview.domain.InterviewEntity;
import dev.tactful.interview.domain.InterviewStatus;

@Schema(name = "InterviewSummary", description = "One line of the interview list; GET the interview for everything.")
public record InterviewSummary(UUID id, InterviewStatus status, String company, String role, Instant interviewedAt,
        InterviewFormat format, int revision, Instant loggedAt, Instant updatedAt) {

    public static InterviewSummary of(InterviewEntity e) {
        InterviewLogged s = e.state();
        return new InterviewSummary(e.id, e.status, e.companyName, s.role(), e.interviewedAt, s.format(),
                e.revision, e.loggedAt, e.updatedAt);
    }
}
