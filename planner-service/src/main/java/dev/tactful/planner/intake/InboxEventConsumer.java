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

import dev.tactful.events.BounceDetected;
import dev.tactful.events.EventType;
import dev.tactful.events.OutOfOfficeDetected;
import dev.tactful.events.Topics;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.EventGate;
import dev.tactful.support.erasure.CandidateErasure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Reads {@code inbox-events} at least once, through service-support's {@link ConsumerGuard} like the interview
 * consumer: out-of-office answers and bounces change plans (R17, R18); replies are accepted and left to
 * interview-service. Poison goes to {@code inbox-events-dlq} with its reason; the event id, stored in the same
 * transaction as the fact and the re-plan, makes a redelivery a no-op.
 */
@ApplicationScoped
public class InboxEventConsumer {

    private static final Logger LOG = Logger.getLogger(InboxEventConsumer.class);

    @Inject
    InboxEventIntake intake;

    @Inject
    ConsumerGuard guard;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    /** inbox-events is written by inbox-service alone. */
    @ConfigProperty(name = "tactful.consumer.inbox-events.accepted-sources")
    Set<String> acceptedSources;

    private EventGate gate;

    @PostConstruct
    void gate() {
        gate = EventGate.of(Topics.INBOX_EVENTS, acceptedSources,
                EnumSet.of(EventType.INBOX_REPLY, EventType.INBOX_OUT_OF_OFFICE, EventType.INBOX_BOUNCE));
    }

    @Incoming("inbox-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.INBOX_EVENTS, record, gate, event -> {
            if (event.eventType() == EventType.INBOX_REPLY) {
                return Uni.createFrom().voidItem(); // interview-service turns it into REPLY_RECEIVED
            }
            // A fact about an erased candidate (still on the topic, or replayed) is dropped: it would bring a row back.
            return CandidateErasure.unlessErased(pool, candidateOf(event.data()),
                    () -> Panache.withTransaction(() -> intake.apply(event)), InboxEventIntake.Effect.ERASED)
                    .invoke(effect -> {
                        registry.counter("tactful.planner.inbox-events", "effect", effect.name()).increment();
                        LOG.debugf("Inbox event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect);
                    })
                    .replaceWithVoid();
        });
    }

    private static String candidateOf(Object data) {
        if (data instanceof OutOfOfficeDetected o) {
            return o.candidateId();
        }
        if (data instanceof BounceDetected b) {
            return b.candidateId();
        }
        return null;
    }
}
