package dev.tactful.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The parts of an interview the notifier's templates weave into a message (R2). */
public record InterviewDetails(
        String companyName,
        String role,
        Instant interviewedAt,
        InterviewFormat format,
        LocalDate decisionExpectedBy,
        List<String> topicsDiscussed,
        List<String> pointsToReinforce,
        List<String> concernsToAddress,
        FollowUpPromise promise,
        OutcomeType lastOutcome) {

    public InterviewDetails {
        topicsDiscussed = topicsDiscussed == null ? List.of() : List.copyOf(topicsDiscussed);
        pointsToReinforce = pointsToReinforce == null ? List.of() : List.copyOf(pointsToReinforce);
        concernsToAddress = concernsToAddress == null ? List.of() : List.copyOf(concernsToAddress);
    }

    /** True when at least one concrete detail was recorded; without one, employer messages are held (R2). */
    public boolean hasPersonalDetail() {
        return !topicsDiscussed.isEmpty() || !pointsToReinforce.isEmpty() || !concernsToAddress.isEmpty();
    }
}
