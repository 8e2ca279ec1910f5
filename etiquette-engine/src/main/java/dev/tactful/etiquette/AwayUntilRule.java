package dev.tactful.etiquette;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R17: a person whose automatic answer says they are away until a date gets nothing while they are away. Their
 * follow-ups due after the answer arrived and before they can have caught up move to the first business moment
 * (R11, their zone) of the business day after the return date; nothing is cancelled. An answer without a date
 * changes nothing, since guessing a return would only delay messages for no reason.
 *
 * <p>Several follow-ups to one person keep their order and at least their original distance from each other (each
 * one is shifted no less than the one before it), so R7 spacing and the R10 delay after a status check still hold.
 * Runs after every employer-facing follow-up is planned and before R15's move-on note, which counts from the last
 * employer touch, and before R8, which drops whatever falls after an answer.
 */
final class AwayUntilRule {

    private final PlanContext ctx;

    AwayUntilRule(PlanContext ctx) {
        this.ctx = ctx;
    }

    void apply(PlanBuilder plan, List<InboxFact> facts) {
        List<InboxFact> dated = facts.stream()
                .filter(f -> f.type() == InboxFact.Type.OUT_OF_OFFICE && f.returnDate() != null && f.address() != null)
                .toList();
        if (dated.isEmpty()) {
            return;
        }
        List<List<PlannedFollowUp>> byPerson = new ArrayList<>();
        for (PlannedFollowUp f : plan.followUps()) {
            if (!f.kind().employerFacing() || f.recipient().email() == null) {
                continue;
            }
            byPerson.stream().filter(g -> g.get(0).recipient().isSamePersonAs(f.recipient())).findFirst()
                    .ifPresentOrElse(g -> g.add(f), () -> byPerson.add(new ArrayList<>(List.of(f))));
        }
        for (List<PlannedFollowUp> messages : byPerson) {
            latestAnswer(dated, messages.get(0).recipient().email()).ifPresent(away -> move(plan, messages, away));
        }
    }

    /** The latest dated answer from that address: a newer out-of-office replaces what an older one said. */
    private static Optional<InboxFact> latestAnswer(List<InboxFact> dated, String email) {
        return dated.stream().filter(f -> f.concerns(email))
                .max(Comparator.comparing(InboxFact::receivedAt).thenComparing(InboxFact::returnDate));
    }

    private void move(PlanBuilder plan, List<PlannedFollowUp> messages, InboxFact away) {
        List<PlannedFollowUp> sorted = new ArrayList<>(messages);
        sorted.sort(PlanBuilder.FOLLOW_UP_ORDER);
        Instant previousOriginal = null;
        Instant previousMoved = null;
        for (PlannedFollowUp f : sorted) {
            if (!f.dueAt().isAfter(away.receivedAt())) {
                continue; // sent or due before the answer came: history, not ours to move
            }
            ZoneId zone = f.recipient().timeZone() != null ? f.recipient().timeZone() : ctx.employerZone();
            Instant wanted = backMoment(away.returnDate(), zone);
            if (previousMoved != null) {
                Instant keepDistance = previousMoved.plus(Duration.between(previousOriginal, f.dueAt()));
                wanted = keepDistance.isAfter(wanted) ? keepDistance : wanted;
            }
            Instant due = ctx.window.firstBusinessMomentAtOrAfter(wanted, zone);
            previousOriginal = f.dueAt();
            if (!due.isAfter(f.dueAt())) {
                previousMoved = f.dueAt();
                continue; // already after they are back and clear of the messages moved before it
            }
            previousMoved = due;
            plan.remove(f);
            plan.add(new PlannedFollowUp(f.key(), f.kind(), f.recipient(), f.channel(), due, "R17",
                    "Moved from " + Describe.moment(f.dueAt(), zone) + " to " + Describe.moment(due, zone) + ": "
                            + Describe.name(f.recipient().name()) + "'s automatic reply says they are away until "
                            + Describe.date(away.returnDate()) + ", so the " + f.kind().label()
                            + " waits until they have had a business day to catch up. Nothing is cancelled."));
        }
    }

    /** Opening of business hours, in the person's zone, one business day after the day they are back. */
    private Instant backMoment(LocalDate returnDate, ZoneId zone) {
        LocalDate day = ctx.businessDays.plus(returnDate, 1);
        return ctx.window.firstBusinessMomentAtOrAfter(java.time.ZonedDateTime.of(day, ctx.settings.businessStart(), zone)
                .toInstant(), zone);
    }
}
