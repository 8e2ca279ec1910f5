package dev.tactful.planner.intake;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.planner.plan.InterviewOutcome;
import dev.tactful.planner.plan.InterviewSnapshot;
import dev.tactful.planner.plan.Replanner;
import dev.tactful.support.time.BusinessTime;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;

/**
 * Applies one interview event. Runs inside the caller's transaction: the event id, the stored snapshot or outcome
 * and the resulting plan change commit together or not at all.
 */
@ApplicationScoped
public class InterviewEventIntake {

    private static final Logger LOG = Logger.getLogger(InterviewEventIntake.class);

    /** What applying an event did; handy for logs, metrics and tests. */
    public enum Effect {
        DUPLICATE,
        STALE_REVISION,
        PLANNED,
        OUTCOME_STORED_AWAITING_INTERVIEW,
        REPLANNED,
        /** The candidate was erased: their rows are gone (for the erasure itself) or the late event is dropped. */
        ERASED
    }

    @Inject
    Replanner replanner;

    @Inject
    @BusinessTime
    Clock clock;

    /** processed_at ages on machine time: retention must not forget an id early because the business clock races. */
    @Inject
    @MachineTime
    Clock machineClock;

    public Uni<Effect> apply(Envelope<Object> event) {
        String id = event.attributes().id();
        return ProcessedEvent.<ProcessedEvent>findById(id).chain(seen -> {
            if (seen != null) {
                LOG.debugf("Event %s already applied; ignoring the redelivery", id);
                return Uni.createFrom().item(Effect.DUPLICATE);
            }
            Instant now = clock.instant();
            Uni<Effect> effect = switch (event.eventType()) {
                case INTERVIEW_LOGGED -> interviewLogged((InterviewLogged) event.data(), now);
                case INTERVIEW_OUTCOME -> outcomeLogged((InterviewOutcomeLogged) event.data(), now);
                default -> Uni.createFrom().failure(new InvalidCloudEventException(
                        "Event type " + event.eventType().type() + " does not belong on interview-events"));
            };
            return effect.call(() -> ProcessedEvent.of(id, event.eventType().type(), machineClock.instant()).persist());
        });
    }

    private Uni<Effect> interviewLogged(InterviewLogged event, Instant now) {
        requireValid(event.interviewId() != null && event.candidateId() != null && event.candidate() != null,
                "InterviewLogged needs interviewId, candidateId and candidate");
        return InterviewSnapshot.<InterviewSnapshot>findById(event.interviewId()).chain(current -> {
            if (current != null && current.revision >= event.revision()) {
                // Events of one interview share a partition, but a replay or a late retry may still bring an old one.
                LOG.debugf("Interview %s revision %d is not newer than stored %d; ignored", event.interviewId(),
                        event.revision(), current.revision);
                return Uni.createFrom().item(Effect.STALE_REVISION);
            }
            if (current != null && !current.candidateId.equals(event.candidateId())) {
                return Uni.createFrom().failure(new InvalidCloudEventException(
                        "Interview " + event.interviewId() + " cannot change its candidate"));
            }
            InterviewSnapshot snapshot = current == null ? InterviewSnapshot.of(event, now) : current;
            if (current != null) {
                current.update(event, now);
            }
            Uni<InterviewSnapshot> stored = current == null ? snapshot.persist() : Uni.createFrom().item(snapshot);
            return stored.chain(s -> replanner.replan(s)).replaceWith(current == null ? Effect.PLANNED : Effect.REPLANNED);
        });
    }

    private Uni<Effect> outcomeLogged(InterviewOutcomeLogged event, Instant now) {
        requireValid(event.interviewId() != null && event.outcomeId() != null && event.type() != null
                && event.candidateId() != null, "InterviewOutcomeLogged needs interviewId, outcomeId, candidateId and type");
        return InterviewOutcome.<InterviewOutcome>findById(event.outcomeId())
                .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                        : InterviewOutcome.of(event, now).persist().replaceWithVoid())
                .chain(() -> InterviewSnapshot.<InterviewSnapshot>findById(event.interviewId()))
                .chain(snapshot -> {
                    if (snapshot == null) {
                        // Kept; the interview's arrival plans with it.
                        return Uni.createFrom().item(Effect.OUTCOME_STORED_AWAITING_INTERVIEW);
                    }
                    if (!snapshot.candidateId.equals(event.candidateId())) {
                        return Uni.createFrom().failure(new InvalidCloudEventException(
                                "Outcome for interview " + event.interviewId() + " names another candidate"));
                    }
                    return replanner.replan(snapshot).replaceWith(Effect.REPLANNED);
                });
    }

    private static void requireValid(boolean ok, String message) {
        if (!ok) {
            throw new InvalidCloudEventException(message);
        }
    }
}
