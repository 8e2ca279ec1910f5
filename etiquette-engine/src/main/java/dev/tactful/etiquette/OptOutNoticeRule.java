package dev.tactful.etiquette;

import java.time.Instant;
import java.time.ZoneId;

/**
 * R3, the candidate's side: when an interviewer asked through the one-click link of a direct email not to be
 * followed up, their messages are already gone (R3 in {@link Contactability}), but the candidate did not make that
 * choice and would otherwise not know. So they get one notice (kind OPTED_OUT_NOTICE, key
 * {@code OPTED_OUT_NOTICE/<interviewer id>}) naming the person, never their address.
 *
 * <p>It is due at the moment of the opt-out (to the minute, or the candidate's next waking hour, R11), which depends
 * on nothing but that moment: a re-plan after a later revision or outcome yields the same key and the same due time,
 * so the notice neither moves nor repeats. A "do not contact" the candidate set by hand has no {@code optedOutAt}
 * and plans nothing, and when the candidate clears the wish the notice leaves the plan with it.
 */
final class OptOutNoticeRule {

    private final PlanContext ctx;
    private final Contactability contacts;

    OptOutNoticeRule(PlanContext ctx, Contactability contacts) {
        this.ctx = ctx;
        this.contacts = contacts;
    }

    void plan(PlanBuilder plan) {
        ZoneId zone = ctx.candidateZone();
        for (Contact c : contacts.everyone()) {
            Instant optedOutAt = c.interviewer().optedOutAt();
            if (!c.optedOut() || optedOutAt == null) {
                continue;
            }
            Instant due = ctx.window.firstWakingMomentAtOrAfter(optedOutAt, zone);
            plan.add(new PlannedFollowUp("OPTED_OUT_NOTICE/" + c.id(), FollowUpKind.OPTED_OUT_NOTICE,
                    ctx.candidateRecipient(), Channel.EMAIL, due, "R3",
                    c.name() + " used the link in a direct email on " + Describe.moment(optedOutAt, zone)
                            + " to ask not to be followed up about this interview. The messages still planned to them"
                            + " were cancelled and nothing more goes to them; this note only lets you know."));
        }
    }
}
