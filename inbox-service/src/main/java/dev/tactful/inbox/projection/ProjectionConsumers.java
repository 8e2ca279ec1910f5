package dev.tactful.inbox.projection;

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
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.inbox.erasure.CandidateEraser;
import dev.tactful.support.erasure.CandidateErasure;
import io.vertx.mutiny.sqlclient.Pool;
import dev.tactful.events.Topics;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.EventGate;
import io.smallrye.mutiny.Uni;

/**
 * Feeds the {@link Projection} from {@code interview-events} (only from interview-service) and {@code followups-due}
 * (only from planner-service), through service-support's {@link ConsumerGuard}: what can never be applied goes to the
 * topic's DLQ with its reason, a database outage is waited out on the record.
 */
@ApplicationScoped
public class ProjectionConsumers {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumers.class);

    @Inject
    Projection projection;

    @Inject
    ConsumerGuard guard;

    @Inject
    CandidateEraser eraser;

    @Inject
    Pool pool;

    @ConfigProperty(name = "tactful.consumer.interview-events.accepted-sources")
    Set<String> interviewSources;

    @ConfigProperty(name = "tactful.consumer.followups-due.accepted-sources")
    Set<String> followUpSources;

    private EventGate interviews;
    private EventGate followUps;

    @PostConstruct
    void gates() {
        interviews = EventGate.of(Topics.INTERVIEW_EVENTS, interviewSources,
                EnumSet.of(EventType.INTERVIEW_LOGGED, EventType.INTERVIEW_OUTCOME, EventType.CANDIDATE_ERASED));
        followUps = EventGate.of(Topics.FOLLOWUPS_DUE, followUpSources, EnumSet.of(EventType.FOLLOWUP_DUE));
    }

    @Incoming("interview-events")
    public Uni<Void> interviewEvents(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.INTERVIEW_EVENTS, record, interviews, event -> {
            if (event.data() instanceof CandidateErased erased) {
                return eraser.erase(erased);
            }
            return unlessErased(event);
        });
    }

    @Incoming("followups-due")
    public Uni<Void> followUpsDue(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.FOLLOWUPS_DUE, record, followUps, this::unlessErased);
    }

    /** An event about an erased candidate (late on its topic, or replayed) is dropped: the projection stays clean. */
    private Uni<Void> unlessErased(Envelope<Object> event) {
        Object data = event.data();
        String candidateId = data instanceof InterviewLogged l ? l.candidateId()
                : data instanceof InterviewOutcomeLogged o ? o.candidateId()
                : data instanceof FollowUpDue f ? f.candidateId() : null;
        return CandidateErasure.unlessErased(pool, candidateId, () -> projection.apply(event)
                .invoke(effect -> LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect))
                .replaceWithVoid(), null);
    }
}
