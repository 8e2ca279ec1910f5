package dev.tactful.notifier.intake;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tactful.events.EventType;
import dev.tactful.support.erasure.CandidateErasure;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.Topics;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.DeadLetterReason;
import dev.tactful.support.consume.EventGate;
import dev.tactful.support.consume.UnprocessableRecordException;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code followups-due} through service-support's {@link ConsumerGuard}: only a complete FollowUpDue from
 * planner-service is acted on; anything else goes to {@code followups-due-dlq} with its reason while consumption
 * continues, and a database outage is waited out on the record itself (never dead-lettered). Re-deliveries are
 * harmless: the follow-up id is the delivery key.
 */
@ApplicationScoped
public class FollowUpDueConsumer {

    @Inject
    IntakeService intake;

    @Inject
    ConsumerGuard guard;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    /** The architecture contract: followups-due is written by planner-service alone. */
    @ConfigProperty(name = "tactful.consumer.followups-due.accepted-sources")
    Set<String> acceptedSources;

    private EventGate gate;

    @PostConstruct
    void gate() {
        gate = EventGate.of(Topics.FOLLOWUPS_DUE, acceptedSources, EnumSet.of(EventType.FOLLOWUP_DUE));
    }

    @Incoming("followups-due")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.FOLLOWUPS_DUE, record, gate, event -> {
            FollowUpDue due = requireComplete((FollowUpDue) event.data());
            // A follow-up of an erased candidate (fired just before the planner heard of the erasure, or replayed)
            // is dropped: nothing is stored or sent for them.
            return CandidateErasure.unlessErased(pool, due.candidateId(), () -> intake.accept(due, event.attributes().id()), false);
        });
    }

    private static FollowUpDue requireComplete(FollowUpDue d) {
        if (d.followUpId() == null || d.interviewId() == null || d.candidateId() == null || d.candidateId().isBlank()
                || d.kind() == null || d.channel() == null || d.candidate() == null) {
            throw new UnprocessableRecordException(DeadLetterReason.INVALID,
                    "FollowUpDue lacks followUpId, interviewId, candidateId, kind, channel or candidate");
        }
        return d;
    }
}
