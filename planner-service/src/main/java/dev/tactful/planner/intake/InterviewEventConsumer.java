package dev.tactful.planner.intake;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.tactful.events.cloudevents.InvalidCloudEventException;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reads {@code interview-events} at least once. A record that is not a valid contract event fails at once and the
 * connector dead-letters it to {@code interview-events-dlq} (failure-strategy=dead-letter-queue), then moves on;
 * anything else (a database hiccup) is retried a few times before it, too, is dead-lettered rather than
 * blocking the partition forever.
 */
@ApplicationScoped
public class InterviewEventConsumer {

    private static final Logger LOG = Logger.getLogger(InterviewEventConsumer.class);

    @Inject
    InterviewEventIntake intake;

    @Inject
    MeterRegistry registry;

    @Incoming("interview-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Envelope<Object> event;
        try {
            event = TactfulEvents.parse(record);
        } catch (InvalidCloudEventException e) {
            LOG.warnf("Dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            registry.counter("tactful.planner.events", "effect", "INVALID").increment();
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> intake.apply(event)))
                .onFailure(e -> !(e instanceof InvalidCloudEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(3)
                .invoke(effect -> {
                    registry.counter("tactful.planner.events", "effect", effect.name()).increment();
                    LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect);
                })
                .onFailure().invoke(e -> LOG.warnf("Dead-lettering event %s: %s", event.attributes().id(), e.toString()))
                .replaceWithVoid();
    }
}
