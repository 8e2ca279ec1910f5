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

import dev.tactful.events.CandidateErased;
import dev.tactful.events.EventType;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.support.erasure.CandidateErasure;
import io.vertx.mutiny.sqlclient.Pool;
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
    CandidateEraser eraser;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    /** The architecture contract: interview-events is written by interview-service alone. */
    @ConfigProperty(name = "tactful.consumer.interview-events.accepted-sources")
    Set<String> acceptedSources;

    private EventGate gate;

    @PostConstruct
    void gate() {
        gate = EventGate.of(Topics.INTERVIEW_EVENTS, acceptedSources,
                EnumSet.of(EventType.INTERVIEW_LOGGED, EventType.INTERVIEW_OUTCOME, EventType.CANDIDATE_ERASED));
    }

    @Incoming("interview-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.INTERVIEW_EVENTS, record, gate,
                event -> apply(event)
                        .invoke(effect -> {
                            registry.counter("tactful.planner.events", "effect", effect.name()).increment();
                            LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect);
                        }));
    }

    /**
     * An erasure is carried out by {@link CandidateEraser}; any other event about a candidate who has a tombstone
     * (one that was still on the topic, or a replay) is dropped, so an erased plan never comes back.
     */
    private Uni<InterviewEventIntake.Effect> apply(Envelope<Object> event) {
        if (event.data() instanceof CandidateErased erased) {
            return eraser.erase(erased, event.attributes().id());
        }
        return CandidateErasure.unlessErased(pool, candidateOf(event.data()),
                () -> Panache.withTransaction(() -> intake.apply(event)), InterviewEventIntake.Effect.ERASED);
    }

    private static String candidateOf(Object data) {
        if (data instanceof InterviewLogged l) {
            return l.candidateId();
        }
        if (data instanceof InterviewOutcomeLogged o) {
            return o.candidateId();
        }
        return null;
    }
}
