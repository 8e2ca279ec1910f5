package dev.tactful.etiquette;

import java.util.List;

/**
 * R2: every employer message must mention something concrete from this interview. With no topic, point to reinforce
 * or concern recorded (blank entries do not count), the plan carries a flag: the notifier will hold the messages for
 * the candidate to complete rather than send them generic.
 */
final class PersonalDetailCheck {

    private PersonalDetailCheck() {
    }

    static void check(PlanContext ctx, PlanBuilder plan) {
        if (hasDetail(ctx.interview.topicsDiscussed()) || hasDetail(ctx.interview.pointsToReinforce())
                || hasDetail(ctx.interview.concernsToAddress())) {
            return;
        }
        plan.flag(ctx.candidateRecipient(), "R2", "No topic, point to reinforce or concern is recorded for this "
                + "interview, so messages to the employer will be held until you add one detail they can refer to.");
    }

    private static boolean hasDetail(List<String> items) {
        return items.stream().anyMatch(s -> s != null && !s.isBlank());
    }
}
