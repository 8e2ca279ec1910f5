package dev.tactful.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import dev.tactful.etiquette.EtiquetteEngine;
import dev.tactful.etiquette.Plan;
import dev.tactful.etiquette.Suppression;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.support.time.BusinessTime;
import io.smallrye.mutiny.Uni;

/**
 * Re-plans one interview: the engine over the latest snapshot, every outcome so far, what the candidate's mailbox
 * said (out-of-office answers, bounces) and the current instant,
 * then reconciliation by key. Must run inside the caller's transaction, so the plan change commits together
 * with whatever caused it (e.g. the processed event id).
 */
@ApplicationScoped
public class Replanner {

    private static final Logger LOG = Logger.getLogger(Replanner.class);

    @Inject
    EtiquetteEngine engine;

    @Inject
    @BusinessTime
    Clock clock;

    public Uni<PlanReconciler.Result> replan(InterviewSnapshot snapshot) {
        return InterviewOutcome.<InterviewOutcome>list("interviewId", snapshot.id)
                // Lock the plan's rows: a poller firing one of them right now finishes first and we then see FIRED,
                // instead of overwriting its FIRED with our CANCELLED.
                .chain(outcomeRows -> FollowUp.<FollowUp>find("interviewId", snapshot.id)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                        .chain(existing -> elsewhere(snapshot)
                                .chain(touches -> inbox(snapshot)
                                        .chain(facts -> apply(snapshot, outcomeRows, existing, touches, facts)))));
    }

    /** R17/R18: the out-of-office answers and bounces inbox-service reported for this interview. */
    private Uni<List<dev.tactful.etiquette.InboxFact>> inbox(InterviewSnapshot snapshot) {
        return InboxFactRow.<InboxFactRow>list("interviewId = ?1 and candidateId = ?2", snapshot.id, snapshot.candidateId)
                .map(rows -> rows.stream().map(InboxFactRow::toEngine).toList());
    }

    /**
     * R7 across interviews: the messages the candidate's other interviews planned or sent, as touches the engine
     * spaces this plan's messages from (matched there by email address). Read without a lock: a plan changing
     * elsewhere at this moment is seen at its last committed state, and re-planning never moves a message earlier.
     */
    private Uni<List<dev.tactful.etiquette.Touch>> elsewhere(InterviewSnapshot snapshot) {
        return FollowUp.<FollowUp>list("candidateId = ?1 and interviewId <> ?2 and status in ?3"
                        + " and recipientColumns.email is not null",
                snapshot.candidateId, snapshot.id, List.of(FollowUpStatus.PLANNED, FollowUpStatus.FIRED))
                .map(rows -> rows.stream()
                        .filter(f -> f.kind.employerFacing())
                        .map(f -> new dev.tactful.etiquette.Touch(EngineMapper.toEngine(f.kind),
                                EngineMapper.toEngine(f.recipientColumns.toRecipient()), EngineMapper.toEngine(f.channel),
                                f.firedAt != null ? f.firedAt : f.dueAt))
                        .toList());
    }

    private Uni<PlanReconciler.Result> apply(InterviewSnapshot snapshot, List<InterviewOutcome> outcomeRows,
            List<FollowUp> existing, List<dev.tactful.etiquette.Touch> elsewhere,
            List<dev.tactful.etiquette.InboxFact> inbox) {
        Instant now = clock.instant();
        InterviewLogged interview = snapshot.toEvent();
        List<InterviewOutcomeLogged> outcomes = outcomeRows.stream()
                .sorted(Comparator.comparing((InterviewOutcome o) -> o.occurredAt).thenComparing(o -> o.id))
                .map(InterviewOutcome::toEvent)
                .toList();
        Plan plan = engine.plan(EngineMapper.toEngine(interview), EngineMapper.toEngine(outcomes), now, elsewhere,
                inbox);

        snapshot.lastOutcome = outcomeRows.stream().max(Comparator.comparing((InterviewOutcome o) -> o.occurredAt))
                .map(o -> o.type).orElse(null);
        snapshot.decisionExpectedBy = effectiveDecisionDate(interview, outcomes);
        snapshot.updatedAt = now;

        PlanReconciler.Result result = PlanReconciler.reconcile(snapshot.id, snapshot.candidateId, snapshot.revision,
                existing, plan, outcomes, now);
        List<PlanNote> notes = new ArrayList<>();
        addNotes(notes, snapshot, PlanNote.Type.SUPPRESSION, plan.suppressions());
        addNotes(notes, snapshot, PlanNote.Type.FLAG, plan.flags());
        LOG.debugf("Re-planned interview %s rev %d: +%d ~%d x%d revived %d", snapshot.id, snapshot.revision,
                result.added().size(), result.updated(), result.cancelled(), result.revived());
        // Panache refuses to persist an empty collection, hence the guards.
        Uni<Void> added = result.added().isEmpty() ? Uni.createFrom().voidItem() : FollowUp.persist(result.added());
        return added
                .chain(() -> PlanNote.delete("interviewId", snapshot.id))
                .chain(() -> notes.isEmpty() ? Uni.createFrom().voidItem() : PlanNote.persist(notes))
                .replaceWith(result);
    }

    private static void addNotes(List<PlanNote> notes, InterviewSnapshot snapshot, PlanNote.Type type, List<Suppression> from) {
        for (int i = 0; i < from.size(); i++) {
            notes.add(PlanNote.of(snapshot.id, type, i, from.get(i)));
        }
    }

    /** An outcome may move the decision date (R6); the latest such outcome wins. */
    private static LocalDate effectiveDecisionDate(InterviewLogged interview, List<InterviewOutcomeLogged> chronological) {
        LocalDate date = interview.decisionExpectedBy();
        for (InterviewOutcomeLogged o : chronological) {
            if (o.newDecisionExpectedBy() != null) {
                date = o.newDecisionExpectedBy();
            }
        }
        return date;
    }
}
