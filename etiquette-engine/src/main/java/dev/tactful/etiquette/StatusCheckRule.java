package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Status checks to the primary contact only (R7), under STANDARD and PERSISTENT.
 *
 * <ul>
 *   <li>R6: with a decision date D, the check opens business hours {@code graceBusinessDays} business days after D;
 *       without one, {@code defaultCheckInDays} days after the interview's end (same local time, then the next
 *       business moment). An outcome's new decision date replaces D.</li>
 *   <li>R13: a promise replaces that check and is kept exactly: on the promised channel (LinkedIn falls back to
 *       email, R4), at the opening of business hours on the promised date, or on the last business day before it
 *       when that date has none, or right away when the interview was logged later than that. A promise is
 *       never pushed back by the one-week spacing: the interviewer agreed to it.</li>
 *   <li>R7 (PERSISTENT): a second check a week after the first, on a different professional channel.</li>
 * </ul>
 * Every other check keeps a week from earlier messages to the same person on the same channel (pushed later).
 */
final class StatusCheckRule {

    private final PlanContext ctx;
    private final Contactability contacts;
    private final TouchLimits limits;

    StatusCheckRule(PlanContext ctx, Contactability contacts, TouchLimits limits) {
        this.ctx = ctx;
        this.contacts = contacts;
        this.limits = limits;
    }

    /** Plans the checks and returns them in order (empty when none), so R10 can follow the last one. */
    List<PlannedFollowUp> plan(PlanBuilder plan) {
        Optional<Contact> maybePrimary = contacts.primary();
        FollowUpPromise promise = ctx.interview.promise();
        if (ctx.policy() == Policy.ONE_AND_DONE) {
            if (promise != null) {
                plan.suppress(maybePrimary.map(Contact::recipient).orElse(contacts.unnamedPrimary()), "R7",
                        "The one-and-done policy allows only thank-yous, so the follow-up promised"
                                + (promise.by() != null ? " for " + Describe.date(promise.by()) : "")
                                + " is not planned (R13); keep it yourself or choose another policy.");
            }
            return List.of();
        }
        if (maybePrimary.isEmpty()) {
            plan.suppress(contacts.unnamedPrimary(), "R7", "No status check: status checks go only to the primary "
                    + "contact, and no interviewer is marked as one.");
            return List.of();
        }
        Contact primary = maybePrimary.get();
        if (primary.optedOut()) {
            plan.suppress(primary.recipient(), "R3", "No status check: " + primary.name() + ", the primary contact, "
                    + "asked not to be followed up, and checks go to no one else (R7).");
            return List.of();
        }
        PlannedFollowUp first = promise != null ? promised(plan, primary, promise) : defaultCheck(plan, primary);
        if (first == null) {
            return List.of();
        }
        plan.add(first);
        List<PlannedFollowUp> checks = new ArrayList<>(List.of(first));
        if (ctx.policy() == Policy.PERSISTENT) {
            PlannedFollowUp second = secondCheck(plan, primary, first);
            plan.add(second);
            checks.add(second);
        }
        return checks;
    }

    private PlannedFollowUp defaultCheck(PlanBuilder plan, Contact primary) {
        ChannelChoice choice = Contactability.checkChannel(primary);
        if (!choice.available()) {
            plan.suppress(primary.recipient(), "R4", "No status check to " + primary.name() + ": " + choice.note());
            return null;
        }
        ZoneId zone = primary.zone();
        LocalDate decision = ctx.decisionDate();
        Instant ideal;
        String why;
        if (decision != null) {
            LocalDate day = ctx.businessDays.plus(decision, ctx.settings.graceBusinessDays());
            ideal = ctx.window.openingOn(day, zone);
            why = "The employer expects to decide by " + Describe.date(decision) + ", so ask " + primary.name()
                    + " where things stand only " + ctx.settings.graceBusinessDays() + " business days after that";
        } else {
            ideal = ctx.endsAt.atZone(zone).plusDays(ctx.settings.defaultCheckInDays()).toInstant();
            why = "No decision date was given, so check in with " + primary.name() + " "
                    + ctx.settings.defaultCheckInDays() + " days after the interview";
        }
        Instant due = ctx.window.firstBusinessMomentAtOrAfter(ctx.notBeforeLogged(ideal), zone);
        Instant spaced = limits.spaced(plan, FollowUpKind.STATUS_CHECK, primary.recipient(), choice.channel(), due,
                zone);
        String reason = why + ", by " + Describe.channel(choice.channel()) + ": " + Describe.moment(spaced, zone)
                + "." + spacingNote(due, spaced, primary, choice.channel(), FollowUpKind.STATUS_CHECK);
        return new PlannedFollowUp(key(1, primary.id()), FollowUpKind.STATUS_CHECK, primary.recipient(),
                choice.channel(), spaced, "R6", reason);
    }

    private PlannedFollowUp promised(PlanBuilder plan, Contact primary, FollowUpPromise promise) {
        ChannelChoice choice = Contactability.promisedChannel(primary, promise.channel());
        if (!choice.available()) {
            plan.suppress(primary.recipient(), "R4", "The promised follow-up to " + primary.name()
                    + " cannot be planned: " + choice.note());
            return null;
        }
        ZoneId zone = primary.zone();
        LocalDate by = promise.by();
        String reason;
        Instant due;
        if (by == null) {
            // A promise without a date is kept like the default check, but on the promised channel.
            Instant ideal = ctx.endsAt.atZone(zone).plusDays(ctx.settings.defaultCheckInDays()).toInstant();
            due = ctx.window.firstBusinessMomentAtOrAfter(ctx.notBeforeLogged(ideal), zone);
            reason = "You promised " + primary.name() + " a follow-up by " + Describe.channel(choice.channel())
                    + " without a date; it replaces the usual status check and comes "
                    + ctx.settings.defaultCheckInDays() + " days after the interview: " + Describe.moment(due, zone)
                    + ".";
        } else {
            LocalDate day = ctx.businessDays.onOrBefore(by);
            Instant onTime = ctx.window.firstBusinessMomentAtOrAfter(
                    ctx.notBeforeLogged(ctx.window.openingOn(day, zone)), zone);
            due = onTime;
            boolean kept = !onTime.atZone(zone).toLocalDate().isAfter(by);
            reason = "You promised " + primary.name() + " a follow-up by " + Describe.channel(choice.channel())
                    + " by " + Describe.date(by) + "; it replaces the usual status check and is kept as agreed: "
                    + Describe.moment(due, zone) + "."
                    + (kept ? "" : " That date had passed when the interview was logged, so it goes at the next "
                            + "business moment.")
                    + choice.suffix();
        }
        return new PlannedFollowUp(key(1, primary.id()), FollowUpKind.STATUS_CHECK, primary.recipient(),
                choice.channel(), due, "R13", reason);
    }

    private PlannedFollowUp secondCheck(PlanBuilder plan, Contact primary, PlannedFollowUp first) {
        Channel channel = Contactability.otherChannel(primary, first.channel());
        ZoneId zone = primary.zone();
        Instant ideal = first.dueAt().plus(limits.gap());
        Instant due = ctx.window.firstBusinessMomentAtOrAfter(ideal, zone);
        Instant spaced = limits.spaced(plan, FollowUpKind.STATUS_CHECK, primary.recipient(), channel, due, zone);
        String reason = "The persistent policy allows one more check if the first goes unanswered: a week later, by "
                + Describe.channel(channel) + " instead of " + Describe.channel(first.channel()) + ", at "
                + Describe.moment(spaced, zone) + "." + spacingNote(due, spaced, primary, channel, FollowUpKind.STATUS_CHECK);
        return new PlannedFollowUp(key(2, primary.id()), FollowUpKind.STATUS_CHECK, primary.recipient(), channel,
                spaced, "R7", reason);
    }

    private String spacingNote(Instant wanted, Instant spaced, Contact who, Channel channel, FollowUpKind kind) {
        if (spaced.equals(wanted)) {
            return "";
        }
        return " It moved from " + Describe.moment(wanted, who.zone()) + " to keep at least "
                + ctx.settings.minDaysBetweenTouches() + " days between two " + Describe.channel(channel) + " messages to "
                + who.name() + " (R7)"
                + (limits.clashesElsewhere(kind, who.recipient(), channel, wanted)
                        ? ", counting what they get about your other interviews." : ".");
    }

    static String key(int n, String interviewerId) {
        return "STATUS_CHECK/" + n + "/" + interviewerId;
    }
}
