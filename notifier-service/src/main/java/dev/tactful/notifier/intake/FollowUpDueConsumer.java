package dev.tactful.notifier.intake;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code followups-due}. A record that is not a valid FollowUpDue CloudEvent fails at once and goes to
 * {@code followups-due-dlq} (failure-strategy=dead-letter-queue) while consumption continues; a database hiccup
 * is retried a few times first. Re-deliveries are harmless: the follow-up id is the delivery key.
 */
@ApplicationScoped
public class FollowUpDueConsumer {

    private static final Logger LOG = Logger.getLogger(FollowUpDueConsumer.class);

    @Inject
    IntakeService intake;

    @Incoming("followups-due")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        FollowUpDue due;
        String eventId;
        try {
            var envelope = TactfulEvents.parse(record);
            if (!(envelope.data() instanceof FollowUpDue d)) {
                throw new InvalidCloudEventException("Expected tactful.followup.due.v1, got " + envelope.attributes().type());
            }
            requireComplete(d);
            due = d;
            eventId = envelope.attributes().id();
        } catch (InvalidCloudEventException e) {
            LOG.warnf("Poison record on %s (partition %d, offset %d) sent to the DLQ: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return intake.accept(due, eventId)
                .onFailure(e -> !(e instanceof InvalidCloudEventException))
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).atMost(4)
                .replaceWithVoid();
    }

    private static void requireComplete(FollowUpDue d) {
        if (d.followUpId() == null || d.interviewId() == null || d.candidateId() == null || d.candidateId().isBlank()
                || d.kind() == null || d.channel() == null || d.candidate() == null) {
            throw new InvalidCloudEventException("FollowUpDue lacks followUpId, interviewId, candidateId, kind, channel or candidate");
        }
    }
}
