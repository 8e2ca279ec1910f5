package dev.tactful.interview.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tactful.events.Agency;
import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.Policy;
import dev.tactful.interview.repository.InterviewStatus;
import dev.tactful.interview.service.InterviewWithOutcomes;
import dev.tactful.interview.service.StoredInterview;

/** A stored interview as the API shows it: the latest revision of its state, its status and its outcomes. */
@Schema(name = "Interview", description = "A stored interview. Instants are UTC.")
public record InterviewView(
        @Schema(example = "5f0c3c1e-8d7a-4c1e-9a53-2f7f1c1d9b10") UUID id,
        String candidateId,
        @Schema(example = "AWAITING_RESPONSE") InterviewStatus status,
        @Schema(example = "1", description = "Grows by one whenever interviewer preferences change") int revision,
        CandidateView candidate,
        CompanyView company,
        @Schema(example = "Platform Engineer") String role,
        @Schema(example = "2026-11-19T01:00:00Z") Instant interviewedAt,
        @Schema(example = "2026-11-19T02:00:00Z") Instant endsAt,
        @Schema(example = "60") long durationMinutes,
        InterviewFormat format,
        List<InterviewerView> interviewers,
        AgencyView agency,
        LocalDate decisionExpectedBy,
        List<String> topicsDiscussed,
        List<String> pointsToReinforce,
        List<String> concernsToAddress,
        PromiseView promise,
        Policy policy,
        DeliveryMode deliveryMode,
        Instant loggedAt,
        Instant updatedAt,
        List<OutcomeView> outcomes) {

    public record CandidateView(String name, String email, @Schema(example = "Europe/Berlin") String timeZone) {
    }

    public record CompanyView(String name, @Schema(example = "Asia/Tokyo") String timeZone) {
    }

    public record InterviewerView(
            @Schema(description = "Stable id; use it to change this interviewer's preferences") String id,
            String name, String title, String email, String linkedinUrl, Channel preferredChannel,
            boolean askedNotToFollowUp, boolean primaryContact, String timeZone) {

        static InterviewerView of(Interviewer i) {
            return new InterviewerView(i.id(), i.name(), i.title(), i.email(), i.linkedinUrl(), i.preferredChannel(),
                    i.askedNotToFollowUp(), i.primaryContact(), zone(i.timeZone()));
        }
    }

    public record AgencyView(String name, String email, boolean requiresRouting) {
    }

    public record PromiseView(Channel channel, LocalDate by, String note) {
    }

    static InterviewView of(InterviewWithOutcomes found) {
        StoredInterview i = found.interview();
        return of(i.state(), i.status(), i.updatedAt(), found.outcomes().stream().map(OutcomeView::of).toList());
    }

    private static InterviewView of(InterviewLogged s, InterviewStatus status, Instant updatedAt, List<OutcomeView> outcomes) {
        Agency a = s.agency();
        FollowUpPromise p = s.promise();
        return new InterviewView(s.interviewId(), s.candidateId(), status, s.revision(),
                new CandidateView(s.candidate().name(), s.candidate().email(), zone(s.candidate().timeZone())),
                new CompanyView(s.company().name(), zone(s.company().timeZone())),
                s.role(), s.interviewedAt(), s.endsAt(), Duration.between(s.interviewedAt(), s.endsAt()).toMinutes(),
                s.format(), s.interviewers().stream().map(InterviewerView::of).toList(),
                a == null ? null : new AgencyView(a.name(), a.email(), a.requiresRouting()),
                s.decisionExpectedBy(), s.topicsDiscussed(), s.pointsToReinforce(), s.concernsToAddress(),
                p == null ? null : new PromiseView(p.channel(), p.by(), p.note()),
                s.policy(), s.deliveryMode(), s.loggedAt(), updatedAt, outcomes);
    }

    private static String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }
}
