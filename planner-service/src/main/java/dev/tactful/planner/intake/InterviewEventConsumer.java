package dev.tactful.planner.intake;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.tactful.events.EventType;
import dev.tactful.events.Topics;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.EventGate;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reads {@code interview-events} at least once, through service-support's {@link ConsumerGuard}: a record that is no
 * interview event from interview-service (or breaks the contract) goes to {@code interview-events-dlq} with its
 * reason; a database outage is waited out on the record itself, so no REPLY_RECEIVED is ever dead-lettered for it.
 * The event id, recorded in the same transaction as its effect, makes a redelivery a no-op.
 */
@ApplicationScoped
public class InterviewEventConsumer {

    private static final Logger LOG = Logger.getLogger(InterviewEventConsumer.class);

    @Inject
    InterviewEventIntake intake;

    @Inject
    ConsumerGuard guard;

    @Inject
    MeterRegistry registry;

    /** The architecture contract: interview-events is written by interview-service alone. */
    @ConfigProperty(name = "tactful.consumer.interview-events.accepted-sources")
    Set<String> acceptedSources;

    private EventGate gate;

    @PostConstruct
    void gate() {
        gate = EventGate.of(Topics.INTERVIEW_EVENTS, acceptedSources,
                EnumSet.of(EventType.INTERVIEW_LOGGED, EventType.INTERVIEW_OUTCOME));
    }

    @Incoming("interview-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.INTERVIEW_EVENTS, record, gate,
                event -> Panache.withTransaction(() -> intake.apply(event))
                        .invoke(effect -> {
                            registry.counter("tactful.planner.events", "effect", effect.name()).increment();
                            LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect);
                        }));
    }
}
