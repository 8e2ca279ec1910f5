package dev.tactful.planner.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.tactful.etiquette.Plan;
import dev.tactful.etiquette.PlannedFollowUp;
import dev.tactful.etiquette.Suppression;
import dev.tactful.events.InterviewOutcomeLogged;

/**
 * Brings stored follow-ups in line with a fresh plan, matching them by the engine's stable key.
 * <ul>
 * <li>FIRED and SKIPPED rows are history and never change.</li>
 * <li>PLANNED rows the new plan no longer has become CANCELLED, naming the rule that removed them.</li>
 * <li>Keys new to the plan are inserted PLANNED; a CANCELLED row whose key is back (e.g. an interviewer
 * withdrew a do-not-contact request in a newer revision) is planned again.</li>
 * <li>PLANNED rows whose due time, recipient or channel changed are updated; a snooze keeps its due time.</li>
 * </ul>
 * Plain Java so the rules of reconciliation are tested without a database.
 */
public final class PlanReconciler {

    /** What changed; {@code added} still has to be persisted by the caller. */
    public record Result(List<FollowUp> added, int updated, int cancelled, int revived) {
    }

    private static final java.util.Set<String> STOPS_EVERYTHING = java.util.Set.of("R3", "R18");

    private PlanReconciler() {
    }

    public static Result reconcile(UUID interviewId, String candidateId, int revision, List<FollowUp> existing, Plan plan,
            List<InterviewOutcomeLogged> outcomes, Instant now) {
        Map<String, FollowUp> byKey = new HashMap<>();
        existing.forEach(f -> byKey.put(f.planKey, f));
        List<FollowUp> added = new ArrayList<>();
        int updated = 0;
        int revived = 0;
        for (PlannedFollowUp p : plan.followUps()) {
            FollowUp row = byKey.remove(p.key());
            if (row == null) {
                added.add(FollowUp.planned(interviewId, candidateId, p, now));
            } else if (row.status == FollowUpStatus.PLANNED) {
                if (row.differsFrom(p)) {
                    row.applyPlan(p, now);
                    updated++;
                }
            } else if (row.status == FollowUpStatus.CANCELLED) {
                row.status = FollowUpStatus.PLANNED;
                row.statusRule = null;
                row.statusReason = null;
                row.snoozedUntil = null;
                row.applyPlan(p, now);
                revived++;
            }
        }
        int cancelled = 0;
        for (FollowUp gone : byKey.values()) {
            if (gone.status == FollowUpStatus.PLANNED) {
                Cause cause = cancellationCause(gone, plan, outcomes, revision);
                gone.status = FollowUpStatus.CANCELLED;
                gone.statusRule = cause.rule();
                gone.statusReason = cause.reason();
                gone.updatedAt = now;
                cancelled++;
            }
        }
        return new Result(added, updated, cancelled, revived);
    }

    record Cause(String rule, String reason) {
    }

    /**
     * The engine says what to send, not what it dropped; the most specific explanation wins: a suppression of the
     * same person, else the employer's answer (R8), else the interview's update.
     */
    static Cause cancellationCause(FollowUp gone, Plan plan, List<InterviewOutcomeLogged> outcomes, int revision) {
        // A rule that stops everything to the person (R3 opt-out, R18 dead address) explains best; otherwise the
        // first suppression of them, in rule order.
        Optional<Suppression> suppression = plan.suppressions().stream()
                .filter(s -> s.recipient() != null && s.recipient().isSamePersonAs(EngineMapper.toEngine(gone.recipient())))
                .min(Comparator.comparingInt((Suppression s) -> STOPS_EVERYTHING.contains(s.rule()) ? 0 : 1));
        if (suppression.isPresent()) {
            return new Cause(suppression.get().rule(), "Cancelled: " + suppression.get().reason());
        }
        Optional<InterviewOutcomeLogged> latest = outcomes.stream()
                .filter(o -> o.at() != null)
                .max(Comparator.comparing(InterviewOutcomeLogged::at));
        if (latest.isPresent() || !outcomes.isEmpty()) {
            String type = latest.orElse(outcomes.get(outcomes.size() - 1)).type().name();
            return new Cause("R8", "Cancelled: the employer has answered (" + type
                    + "), so no further check-ins go out for this interview.");
        }
        return new Cause(gone.rule, "Cancelled: no longer part of the plan after the interview was updated (revision "
                + revision + ").");
    }
}
