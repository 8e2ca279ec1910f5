package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * R9: after the first rejection, one short gracious thank-you to the primary contact when business hours open on the
 * {@code closeBusinessDays}-th business day after the rejection's local date (not under ONE_AND_DONE). It is the
 * only employer-facing message allowed after an outcome (R8). It uses the work email, else the preferred
 * professional channel, keeps the one-week spacing per channel and counts towards the cap (R7).
 */
final class CloseRule {

    private static final String CLOSE = FollowUpKind.GRACIOUS_CLOSE.label();

    private final PlanContext ctx;
    private final Contactability contacts;
    private final TouchLimits limits;

    CloseRule(PlanContext ctx, Contactability contacts, TouchLimits limits) {
        this.ctx = ctx;
        this.contacts = contacts;
        this.limits = limits;
    }

    void plan(PlanBuilder plan) {
        Optional<Outcome> rejection = ctx.firstRejection();
        if (rejection.isEmpty()) {
            return;
        }
        Optional<Contact> maybePrimary = contacts.primary();
        if (ctx.policy() == Policy.ONE_AND_DONE) {
            plan.suppress(maybePrimary.map(Contact::recipient).orElse(contacts.unnamedPrimary()), "R9",
                    "No " + CLOSE + " after the rejection: the one-and-done policy allows only thank-yous (R7).");
            return;
        }
        if (maybePrimary.isEmpty()) {
            plan.suppress(contacts.unnamedPrimary(), "R9", "No " + CLOSE + " after the rejection: it goes to the "
                    + "primary contact, and no interviewer is marked as one.");
            return;
        }
        Contact primary = maybePrimary.get();
        if (primary.optedOut()) {
            plan.suppress(primary.recipient(), "R3", "No " + CLOSE + " after the rejection: " + primary.name()
                    + " asked not to be followed up.");
            return;
        }
        Channel channel = closeChannel(primary);
        if (channel == null) {
            plan.suppress(primary.recipient(), "R4", "No " + CLOSE + " to " + primary.name()
                    + ": there is no work email or other professional channel on record.");
            return;
        }
        if (limits.messagesTo(plan, primary.recipient()) >= ctx.settings.maxTouchesPerPerson()) {
            plan.suppress(primary.recipient(), "R7", "No " + CLOSE + " to " + primary.name() + ": they already had "
                    + ctx.settings.maxTouchesPerPerson() + " messages about this interview, the most anyone should get.");
            return;
        }
        ZoneId zone = primary.zone();
        Instant rejectedAt = rejection.get().at();
        LocalDate day = ctx.businessDays.plus(rejectedAt.atZone(zone).toLocalDate(), ctx.settings.closeBusinessDays());
        Instant ideal = ctx.window.firstBusinessMomentAtOrAfter(
                ctx.notBeforeLogged(ctx.window.openingOn(day, zone)), zone);
        Instant due = limits.spaced(plan, FollowUpKind.GRACIOUS_CLOSE, primary.recipient(), channel, ideal, zone);
        String reason = "The employer turned you down on " + Describe.date(rejectedAt.atZone(zone).toLocalDate())
                + "; a short, gracious thank-you to " + primary.name() + " a business day later, at "
                + Describe.moment(due, zone) + ", leaves the door open."
                + (due.equals(ideal) ? "" : " It waits so that a week separates it from the last "
                        + Describe.channel(channel) + " to them (R7).");
        plan.add(new PlannedFollowUp("GRACIOUS_CLOSE/" + primary.id(), FollowUpKind.GRACIOUS_CLOSE,
                primary.recipient(), channel, due, "R9", reason));
    }

    private static Channel closeChannel(Contact c) {
        if (c.hasEmail()) {
            return Channel.EMAIL;
        }
        Channel preferred = c.interviewer().preferredChannel();
        return preferred == Channel.PHONE || preferred == Channel.HANDWRITTEN_NOTE ? preferred : null;
    }
}
