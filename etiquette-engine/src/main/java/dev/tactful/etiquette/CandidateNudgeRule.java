package dev.tactful.etiquette;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * R15, candidate-facing, under every policy: a keep-searching nudge at the candidate's first waking moment after the
 * interview (R11 quiet hours), and a move-on note {@code moveOnAfterDays} after the last planned employer touch (or
 * after the interview when none is planned). Both go by email to the candidate, never to the employer. Outcomes
 * remove them like anything else due after the employer answered (R8).
 */
final class CandidateNudgeRule {

    private final PlanContext ctx;

    CandidateNudgeRule(PlanContext ctx) {
        this.ctx = ctx;
    }

    void planKeepSearching(PlanBuilder plan) {
        ZoneId zone = ctx.candidateZone();
        Instant due = ctx.window.firstWakingMomentAtOrAfter(ctx.afterInterview(), zone);
        String reason = "Right after the interview, a reminder to keep other applications going until there is an "
                + "offer: " + Describe.moment(due, zone) + ", outside your quiet hours.";
        plan.add(new PlannedFollowUp("KEEP_SEARCHING/candidate", FollowUpKind.KEEP_SEARCHING,
                ctx.candidateRecipient(), Channel.EMAIL, due, "R15", reason));
    }

    /** Call after every employer-facing touch is planned and before outcomes are applied. */
    void planMoveOn(PlanBuilder plan) {
        ZoneId zone = ctx.candidateZone();
        Instant last = plan.followUps().stream()
                .filter(f -> f.kind().employerFacing())
                .map(PlannedFollowUp::dueAt)
                .max(Instant::compareTo)
                .orElse(null);
        Instant base = last != null ? last : ctx.afterInterview();
        Instant due = ctx.window.firstWakingMomentAtOrAfter(
                base.plus(Duration.ofDays(ctx.settings.moveOnAfterDays())), zone);
        String reason = (last != null
                ? "If the last planned message to the employer (" + Describe.moment(last, zone) + ") is still "
                        + "unanswered " + ctx.settings.moveOnAfterDays() + " days later"
                : "With no message to the employer planned, if nothing is heard " + ctx.settings.moveOnAfterDays()
                        + " days after the interview")
                + ", this interview closes as no response and you are encouraged to move on: "
                + Describe.moment(due, zone) + ".";
        plan.add(new PlannedFollowUp("MOVE_ON/candidate", FollowUpKind.MOVE_ON, ctx.candidateRecipient(),
                Channel.EMAIL, due, "R15", reason));
    }
}
