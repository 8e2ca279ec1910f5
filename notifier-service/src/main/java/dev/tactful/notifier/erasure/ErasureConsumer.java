package dev.tactful.notifier.erasure;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.tactful.events.CandidateErased;
import dev.tactful.events.EventType;
import dev.tactful.events.Topics;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.EventGate;
import io.smallrye.mutiny.Uni;

/**
 * Hears erasures on {@code interview-events}. The notifier has no use for the interview events themselves (the
 * FollowUpDue carries what it needs), but the gate accepts them so that they are skipped, not dead-lettered.
 */
@ApplicationScoped
public class ErasureConsumer {

    @Inject
    CandidateEraser eraser;

    @Inject
    ConsumerGuard guard;

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
        return guard.process(Topics.INTERVIEW_EVENTS, record, gate, event -> event.data() instanceof CandidateErased erased
                ? eraser.erase(erased)
                : Uni.createFrom().voidItem());
    }
}
