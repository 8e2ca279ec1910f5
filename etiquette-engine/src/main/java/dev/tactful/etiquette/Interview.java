package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules read about one interview, in its latest state. The engine's own input model: services map their
 * events onto it, so the engine depends on no contract, JSON or transport library.
 *
 * @param interviewedAt      start of the interview
 * @param endsAt             its end; thank-yous count from here (R1); the start when absent
 * @param loggedAt           when the candidate logged it; nothing is due earlier (the plan's anchor), {@code now}
 *                           when absent
 * @param decisionExpectedBy the decision date the employer gave at the interview (R6, R12), if any
 * @param promise            a follow-up the candidate agreed to at the interview (R13), if any
 * @param policy             how persistent the candidate wants to be; STANDARD when absent
 */
public record Interview(
        Candidate candidate,
        Company company,
        Instant interviewedAt,
        Instant endsAt,
        List<Interviewer> interviewers,
        Agency agency,
        LocalDate decisionExpectedBy,
        List<String> topicsDiscussed,
        List<String> pointsToReinforce,
        List<String> concernsToAddress,
        FollowUpPromise promise,
        Policy policy,
        Instant loggedAt) {

    public Interview {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        topicsDiscussed = topicsDiscussed == null ? List.of() : List.copyOf(topicsDiscussed);
        pointsToReinforce = pointsToReinforce == null ? List.of() : List.copyOf(pointsToReinforce);
        concernsToAddress = concernsToAddress == null ? List.of() : List.copyOf(concernsToAddress);
    }
}
