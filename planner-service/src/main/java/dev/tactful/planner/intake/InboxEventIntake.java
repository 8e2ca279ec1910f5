package dev.tactful.planner.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.events.BounceDetected;
import dev.tactful.events.OutOfOfficeDetected;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.planner.plan.InboxFactRow;
import dev.tactful.planner.plan.InterviewSnapshot;
import dev.tactful.planner.plan.Replanner;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;

/**
 * Applies one inbox event: an out-of-office answer (R17) or a bounce (R18) is stored as an {@code inbox_fact} and the
 * interview re-planned, in the caller's transaction together with the event id, so a redelivery changes nothing.
 * Replies are interview-service's business (they come back as REPLY_RECEIVED on interview-events) and only
 * recorded as seen here.
 */
@ApplicationScoped
public class InboxEventIntake {

    private static final Logger LOG = Logger.getLogger(InboxEventIntake.class);

    public enum Effect {
        DUPLICATE,
        NOT_OURS,
        STORED_AWAITING_INTERVIEW,
        REPLANNED,
        /** The candidate was erased: nothing is stored. */
        ERASED
    }

    @Inject
    Replanner replanner;

    @Inject
    @MachineTime
    Clock machineClock;

    public Uni<Effect> apply(Envelope<Object> event) {
        String id = event.attributes().id();
        return ProcessedEvent.<ProcessedEvent>findById(id).chain(seen -> {
            if (seen != null) {
                LOG.debugf("Inbox event %s already applied; ignoring the redelivery", id);
                return Uni.createFrom().item(Effect.DUPLICATE);
            }
            Instant now = machineClock.instant();
            Uni<Effect> effect = switch (event.eventType()) {
                case INBOX_OUT_OF_OFFICE -> {
                    OutOfOfficeDetected e = (OutOfOfficeDetected) event.data();
                    yield store(InboxFactRow.of(id, e, now));
                }
                case INBOX_BOUNCE -> {
                    BounceDetected e = (BounceDetected) event.data();
                    yield store(InboxFactRow.of(id, e, now));
                }
                case INBOX_REPLY -> Uni.createFrom().item(Effect.NOT_OURS);
                default -> Uni.createFrom().failure(new InvalidCloudEventException(
                        "Event type " + event.eventType().type() + " does not belong on inbox-events"));
            };
            return effect.call(() -> ProcessedEvent.of(id, event.eventType().type(), now).persist());
        });
    }

    private Uni<Effect> store(InboxFactRow fact) {
        UUID interviewId = fact.interviewId;
        return fact.persist().chain(() -> InterviewSnapshot.<InterviewSnapshot>findById(interviewId)).chain(snapshot -> {
            if (snapshot == null) {
                // Kept: the interview's arrival plans with it, like an outcome that came first.
                return Uni.createFrom().item(Effect.STORED_AWAITING_INTERVIEW);
            }
            if (!snapshot.candidateId.equals(fact.candidateId)) {
                return Uni.createFrom().failure(new InvalidCloudEventException(
                        "Inbox event for interview " + interviewId + " names another candidate"));
            }
            return replanner.replan(snapshot).replaceWith(Effect.REPLANNED);
        });
    }
}
