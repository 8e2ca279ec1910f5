package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * R1 thank-yous, one per reachable interviewer, with R4 channels, R5 agency routing, R12 (decision near) and R14
 * (handwritten notes).
 *
 * <p>Timing (R1 + R11): the first business moment of the recipient at or after the interview's end (and not before
 * it was logged). That is within 24 hours whenever those hours hold any business time, and otherwise the first
 * window after them, exactly as R1 asks.
 *
 * <p>R14: a handwritten note is due at the candidate's first waking moment at or after the end, i.e. normally the
 * same day: that is when the candidate gets the draft to post by express mail. Such items carry rule R14 and the
 * candidate's zone in the recipient (the zone the window was computed in).
 *
 * <p>R12, defined precisely: express mail posted on day P arrives on the first business day after P. When the
 * employer gave a decision date D at the interview and that arrival day is on or after D, a note would land after
 * the decision, so the thank-you moves earlier by switching to the work email at the R1 moment (rule R12). Without
 * a work email the note stays (R14) and the reason warns it may arrive late. Email and phone thank-yous are already
 * due at the earliest business moment after the interview, so there is nothing earlier to move them to.
 */
final class ThankYouRule {

    private final PlanContext ctx;
    private final Contactability contacts;

    ThankYouRule(PlanContext ctx, Contactability contacts) {
        this.ctx = ctx;
        this.contacts = contacts;
    }

    void plan(PlanBuilder plan) {
        Agency agency = ctx.interview.agency();
        if (agency != null && agency.requiresRouting()) {
            planThroughAgency(plan, agency);
            return;
        }
        if (agency != null) {
            plan.suppress(agencyRecipient(agency), "R5", "Thank-yous go straight to the interviewers: "
                    + Describe.name(agency.name()) + " did not ask to relay them.");
        }
        for (Contact c : contacts.reachable()) {
            ChannelChoice choice = Contactability.thankYouChannel(c);
            if (!choice.available()) {
                plan.suppress(c.recipient(), "R4", "No " + FollowUpKind.THANK_YOU.label() + " to " + c.name() + ": "
                        + choice.note());
                continue;
            }
            if (choice.channel() == Channel.HANDWRITTEN_NOTE) {
                planNote(plan, c);
            } else {
                planDirect(plan, c, choice);
            }
        }
    }

    private void planDirect(PlanBuilder plan, Contact c, ChannelChoice choice) {
        Instant due = ctx.window.firstBusinessMomentAtOrAfter(ctx.afterInterview(), c.zone());
        String reason = "Thank " + c.name() + " individually by " + Describe.channel(choice.channel()) + " "
                + timing(due, c.zone()) + choice.suffix();
        plan.add(new PlannedFollowUp(key(c.id(), choice.channel()), FollowUpKind.THANK_YOU, c.recipient(),
                choice.channel(), due, "R1", reason));
    }

    private void planNote(PlanBuilder plan, Contact c) {
        ZoneId candidateZone = ctx.candidateZone();
        Instant reminder = ctx.window.firstWakingMomentAtOrAfter(ctx.afterInterview(), candidateZone);
        LocalDate posted = reminder.atZone(candidateZone).toLocalDate();
        LocalDate arrives = ctx.businessDays.plus(posted, 1);
        LocalDate decision = ctx.originalDecisionDate();
        boolean tooLate = decision != null && !arrives.isBefore(decision);
        if (tooLate && c.hasEmail()) {
            Instant due = ctx.window.firstBusinessMomentAtOrAfter(ctx.afterInterview(), c.zone());
            String reason = c.name() + " prefers a handwritten note, but one posted " + Describe.date(posted)
                    + " would only arrive " + Describe.date(arrives) + ", not before the decision expected "
                    + Describe.date(decision) + "; so thank them individually by email instead, at "
                    + Describe.moment(due, c.zone()) + ", the first business moment after the interview.";
            plan.add(new PlannedFollowUp(key(c.id(), Channel.EMAIL), FollowUpKind.THANK_YOU, c.recipient(),
                    Channel.EMAIL, due, "R12", reason));
            return;
        }
        String reason = "Write " + c.name() + " a handwritten thank-you and post it by express mail the same day; "
                + "the reminder with the draft comes at " + Describe.moment(reminder, candidateZone)
                + ", your first waking moment after the interview."
                + (tooLate ? " It may only arrive " + Describe.date(arrives) + ", after the decision expected "
                        + Describe.date(decision) + ", and there is no work email to send it sooner." : "");
        plan.add(new PlannedFollowUp(key(c.id(), Channel.HANDWRITTEN_NOTE), FollowUpKind.THANK_YOU,
                c.recipient(candidateZone), Channel.HANDWRITTEN_NOTE, reminder, "R14", reason));
    }

    /** R5: one message to the recruiter carries the thanks for each reachable interviewer, to pass on individually. */
    private void planThroughAgency(PlanBuilder plan, Agency agency) {
        List<Contact> reachable = contacts.reachable();
        if (reachable.isEmpty()) {
            return;
        }
        Recipient recruiter = agencyRecipient(agency);
        if (agency.email() == null || !agency.email().contains("@")) {
            plan.suppress(recruiter, "R5", Describe.name(agency.name()) + " asked to relay all contact, but has no "
                    + "email on record, so no thank-you can be planned; add one to the interview.");
            for (Contact c : reachable) {
                plan.suppress(c.recipient(), "R5", "No direct thank-you to " + c.name() + ": "
                        + Describe.name(agency.name()) + " requires contact to go through them, and has no email on "
                        + "record yet.");
            }
            return;
        }
        List<String> names = reachable.stream().map(Contact::name).toList();
        Instant due = ctx.window.firstBusinessMomentAtOrAfter(ctx.afterInterview(), recruiter.timeZone());
        String reason = Describe.name(agency.name()) + " asked that contact go through them, so they receive the "
                + "thanks for " + Describe.names(names) + " to pass on individually, "
                + timing(due, recruiter.timeZone());
        plan.add(new PlannedFollowUp("THANK_YOU/agency/EMAIL", FollowUpKind.THANK_YOU, recruiter, Channel.EMAIL,
                due, "R5", reason));
        for (Contact c : reachable) {
            plan.suppress(c.recipient(), "R5", "No direct thank-you to " + c.name() + ": " + Describe.name(agency.name())
                    + " requires contact to go through them, and relays the thanks.");
        }
    }

    Recipient agencyRecipient(Agency agency) {
        return new Recipient(null, Describe.name(agency.name()), "agency recruiter", agency.email(), ctx.employerZone());
    }

    /** Explains why this moment, in the recipient's own zone. */
    private String timing(Instant due, ZoneId zone) {
        Instant deadline = ctx.endsAt.plus(ctx.settings.thankYouWithin());
        String when = Describe.moment(due, zone);
        if (!due.isAfter(deadline)) {
            if (due.equals(SendWindow.ceilToMinute(ctx.afterInterview()))) {
                return "within a day of the interview; " + when + " is already inside their business hours.";
            }
            boolean sameAsAfterEnd = due.equals(ctx.window.firstBusinessMomentAtOrAfter(ctx.endsAt, zone));
            return "within a day of the interview; " + when + " is their first business hour after it "
                    + (sameAsAfterEnd ? "ends." : "was logged.");
        }
        Instant firstAfterEnd = ctx.window.firstBusinessMomentAtOrAfter(ctx.endsAt, zone);
        if (firstAfterEnd.isAfter(deadline)) {
            return "at " + when + ": the 24 hours after the interview hold none of their business hours, so it "
                    + "waits for the first one after them.";
        }
        return "at " + when + ": the interview was logged too late to thank them within a day, so this is their "
                + "first business hour after it was logged.";
    }

    static String key(String interviewerId, Channel channel) {
        return "THANK_YOU/" + interviewerId + "/" + channel;
    }
}
