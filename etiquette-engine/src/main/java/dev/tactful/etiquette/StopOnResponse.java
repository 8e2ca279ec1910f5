package dev.tactful.etiquette;

import java.time.ZoneId;
import java.util.Locale;

/**
 * R8: once the employer answered (the first outcome, whatever its type), nothing planned for after that instant
 * stays in the plan: no thank-you, status check, LinkedIn request or candidate nudge. The only thing planned after
 * an outcome is the R9 gracious close, which runs after this. Items due at or before the outcome stay, since they
 * were sent (or due) before the answer came.
 */
final class StopOnResponse {

    private final PlanContext ctx;

    StopOnResponse(PlanContext ctx) {
        this.ctx = ctx;
    }

    void apply(PlanBuilder plan) {
        Outcome first = ctx.firstOutcome().orElse(null);
        if (first == null) {
            return;
        }
        for (PlannedFollowUp f : plan.followUps()) {
            if (f.dueAt().isAfter(first.at())) {
                plan.remove(f);
                ZoneId zone = f.recipient().timeZone() != null ? f.recipient().timeZone() : ctx.employerZone();
                plan.suppress(f.recipient(), "R8", "No " + f.kind().label() + " to "
                        + Describe.name(f.recipient().name()) + " at " + Describe.moment(f.dueAt(), zone)
                        + ": the employer answered ("
                        + outcome(first) + ") on " + Describe.moment(first.at(), zone)
                        + ", before it was due, and nothing follows an answer except a "
                        + FollowUpKind.GRACIOUS_CLOSE.label() + ".");
            }
        }
    }

    private static String outcome(Outcome o) {
        return o.type() == null ? "an answer" : o.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
