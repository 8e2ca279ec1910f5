package dev.tactful.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code tactful.interview.logged.v1}: the full current state of an interview (event-carried state).
 * Published when the interview is logged and again, with a higher {@code revision}, whenever its
 * interviewers' preferences change, so a consumer only ever needs the latest revision.
 */
public record InterviewLogged(
        UUID interviewId,
        String candidateId,
        int revision,
        Candidate candidate,
        Company company,
        String role,
        Instant interviewedAt,
        Instant endsAt,
        InterviewFormat format,
        List<Interviewer> interviewers,
        Agency agency,
        LocalDate decisionExpectedBy,
        List<String> topicsDiscussed,
        List<String> pointsToReinforce,
        List<String> concernsToAddress,
        FollowUpPromise promise,
        Policy policy,
        DeliveryMode deliveryMode,
        Instant loggedAt) {

    public InterviewLogged {
        Require.present(interviewId, "interviewId");
        Require.present(candidateId, "candidateId");
        Require.present(candidate, "candidate");
        Require.present(interviewedAt, "interviewedAt");
        Require.present(policy, "policy");
        Require.present(deliveryMode, "deliveryMode");
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        topicsDiscussed = topicsDiscussed == null ? List.of() : List.copyOf(topicsDiscussed);
        pointsToReinforce = pointsToReinforce == null ? List.of() : List.copyOf(pointsToReinforce);
        concernsToAddress = concernsToAddress == null ? List.of() : List.copyOf(concernsToAddress);
    }
}
