package dev.tactful.etiquette;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R7 touch limits: a week between two messages to one person on one channel ({@link TouchSpacing}), and a hard cap
 * on messages to one person.
 *
 * <p>What counts towards the cap: every employer-facing message (thank-you, status checks, gracious close). A
 * LinkedIn connection request is not a message about the job (R4 keeps job talk off LinkedIn), so it does not
 * count; otherwise the PERSISTENT policy (thank-you + two checks + a LinkedIn request) could never be carried
 * out for the primary contact. The cap keeps the earliest messages, because earlier ones may already be sent.
 */
final class TouchLimits {

    private final PlanContext ctx;
    private final TouchSpacing spacing;

    TouchLimits(PlanContext ctx) {
        this.ctx = ctx;
        this.spacing = new TouchSpacing(ctx.settings);
    }

    Duration gap() {
        return spacing.gap();
    }

    /**
     * The first business moment at or after {@code proposed} that keeps the gap to every message already planned for
     * the same person on the same channel. Pushes only later, never earlier.
     */
    Instant spaced(PlanBuilder plan, FollowUpKind kind, Recipient recipient, Channel channel, Instant proposed,
            ZoneId zone) {
        List<Touch> planned = plan.followUps().stream().map(PlannedFollowUp::touch).toList();
        Instant due = proposed;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Touch other : planned) {
                if (spacing.tooClose(new Touch(kind, recipient, channel, due), other)) {
                    due = ctx.window.firstBusinessMomentAtOrAfter(other.at().plus(spacing.gap()), zone);
                    moved = true;
                }
            }
            for (Touch other : ctx.elsewhere) {
                if (spacing.tooCloseAcrossInterviews(new Touch(kind, recipient, channel, due), other)) {
                    due = ctx.window.firstBusinessMomentAtOrAfter(other.at().plus(spacing.gap()), zone);
                    moved = true;
                }
            }
        }
        return due;
    }

    /** True when {@code wanted} came too close to a message of one of the candidate's other interviews. */
    boolean clashesElsewhere(FollowUpKind kind, Recipient recipient, Channel channel, Instant wanted) {
        Touch touch = new Touch(kind, recipient, channel, wanted);
        return ctx.elsewhere.stream().anyMatch(other -> spacing.tooCloseAcrossInterviews(touch, other));
    }

    static boolean countsAsMessage(PlannedFollowUp f) {
        return f.kind().employerFacing() && f.kind() != FollowUpKind.LINKEDIN_CONNECT;
    }

    /** Number of capped messages already planned for this recipient. */
    int messagesTo(PlanBuilder plan, Recipient recipient) {
        int n = 0;
        for (PlannedFollowUp f : plan.followUps()) {
            if (countsAsMessage(f) && f.recipient().isSamePersonAs(recipient)) {
                n++;
            }
        }
        return n;
    }

    /** Drops every message beyond the cap, latest first, each with an R7 suppression. */
    void enforceCap(PlanBuilder plan) {
        int max = ctx.settings.maxTouchesPerPerson();
        Map<String, List<PlannedFollowUp>> byPerson = new LinkedHashMap<>();
        List<PlannedFollowUp> all = new ArrayList<>(plan.followUps());
        all.sort(PlanBuilder.FOLLOW_UP_ORDER);
        for (PlannedFollowUp f : all) {
            if (countsAsMessage(f)) {
                byPerson.computeIfAbsent(f.recipient().personKey(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<PlannedFollowUp> messages : byPerson.values()) {
            for (int i = max; i < messages.size(); i++) {
                PlannedFollowUp dropped = messages.get(i);
                plan.remove(dropped);
                plan.suppress(dropped.recipient(), "R7", "No " + dropped.kind().label() + " to "
                        + Describe.name(dropped.recipient().name()) + " at "
                        + Describe.moment(dropped.dueAt(), dropped.recipient().timeZone()) + ": they would already have had " + max
                        + " messages about this interview, the most anyone should get.");
            }
        }
    }
}
