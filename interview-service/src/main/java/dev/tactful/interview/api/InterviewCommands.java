package dev.tactful.interview.api;

import dev.tactful.interview.service.InterviewerChange;
import dev.tactful.interview.service.LogInterview;
import dev.tactful.interview.service.LogInterview.AgencyDetails;
import dev.tactful.interview.service.LogInterview.CandidateDetails;
import dev.tactful.interview.service.LogInterview.CompanyDetails;
import dev.tactful.interview.service.LogInterview.InterviewerDetails;
import dev.tactful.interview.service.LogInterview.PromiseDetails;
import dev.tactful.interview.service.LogOutcome;

/** Validated request bodies as the service's commands; the service knows nothing of the HTTP contract's records. */
final class InterviewCommands {

    private InterviewCommands() {
    }

    static LogInterview of(LogInterviewRequest r) {
        CandidateInput c = r.candidate();
        AgencyInput a = r.agency();
        PromiseInput p = r.promise();
        return new LogInterview(
                new CandidateDetails(c.name(), c.email(), c.timeZone()),
                new CompanyDetails(r.company().name(), r.company().timeZone()),
                r.role(), r.interviewedAt(), r.durationMinutes(), r.endsAt(), r.format(),
                r.interviewers().stream().map(InterviewCommands::of).toList(),
                a == null ? null : new AgencyDetails(a.name(), a.email(), a.requiresRouting()),
                r.decisionExpectedBy(), r.topicsDiscussed(), r.pointsToReinforce(), r.concernsToAddress(),
                p == null ? null : new PromiseDetails(p.channel(), p.by(), p.note()),
                r.policy(), r.deliveryMode());
    }

    static LogOutcome of(OutcomeRequest r) {
        return new LogOutcome(r.type(), r.at(), r.note(), r.newDecisionExpectedBy());
    }

    static InterviewerChange of(InterviewerPatch p) {
        return new InterviewerChange(p.name(), p.title(), p.email(), p.linkedinUrl(), p.preferredChannel(),
                p.askedNotToFollowUp(), p.primaryContact(), p.timeZone());
    }

    private static InterviewerDetails of(InterviewerInput i) {
        return new InterviewerDetails(i.name(), i.title(), i.email(), i.linkedinUrl(), i.preferredChannel(),
                i.askedNotToFollowUp(), i.primaryContact(), i.timeZone());
    }
}
