package dev.tactful.etiquette;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * R10, PERSISTENT only: a LinkedIn connection request to the primary contact {@code linkedinAfterDays} after the
 * last planned status check, i.e. once the checks have gone unanswered for a week (the source article puts the
 * request after a few unanswered attempts). Needs the contact's LinkedIn profile.
 */
final class LinkedInRule {

    private final PlanContext ctx;
    private final Contactability contacts;

    LinkedInRule(PlanContext ctx, Contactability contacts) {
        this.ctx = ctx;
        this.contacts = contacts;
    }

    void plan(PlanBuilder plan, List<PlannedFollowUp> checks) {
        if (ctx.policy() != Policy.PERSISTENT || checks.isEmpty()) {
            return;
        }
        PlannedFollowUp last = checks.get(checks.size() - 1);
        Contact primary = contacts.primary().orElseThrow();
        if (!primary.hasLinkedin()) {
            plan.suppress(primary.recipient(), "R10", "No LinkedIn connection request to " + primary.name()
                    + ": there is no LinkedIn profile on record for them.");
            return;
        }
        ZoneId zone = primary.zone();
        Instant due = ctx.window.firstBusinessMomentAtOrAfter(
                last.dueAt().plus(java.time.Duration.ofDays(ctx.settings.linkedinAfterDays())), zone);
        String reason = "If the status check of " + Describe.moment(last.dueAt(), zone) + " goes unanswered, send "
                + primary.name() + " a LinkedIn connection request a week later, at " + Describe.moment(due, zone)
                + "; LinkedIn is used for nothing else.";
        plan.add(new PlannedFollowUp("LINKEDIN_CONNECT/" + primary.id(), FollowUpKind.LINKEDIN_CONNECT,
                primary.recipient(), Channel.LINKEDIN, due, "R10", reason));
    }
}
