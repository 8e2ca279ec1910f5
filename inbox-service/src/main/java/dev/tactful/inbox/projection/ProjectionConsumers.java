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

import dev.tactful.events.EventType;
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

    @ConfigProperty(name = "tactful.consumer.interview-events.accepted-sources")
    Set<String> interviewSources;

    @ConfigProperty(name = "tactful.consumer.followups-due.accepted-sources")
    Set<String> followUpSources;

    private EventGate interviews;
    private EventGate followUps;

    @PostConstruct
    void gates() {
        interviews = EventGate.of(Topics.INTERVIEW_EVENTS, interviewSources,
                EnumSet.of(EventType.INTERVIEW_LOGGED, EventType.INTERVIEW_OUTCOME));
        followUps = EventGate.of(Topics.FOLLOWUPS_DUE, followUpSources, EnumSet.of(EventType.FOLLOWUP_DUE));
    }

    @Incoming("interview-events")
    public Uni<Void> interviewEvents(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.INTERVIEW_EVENTS, record, interviews, event -> projection.apply(event)
                .invoke(effect -> LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect)));
    }

    @Incoming("followups-due")
    public Uni<Void> followUpsDue(ConsumerRecord<String, byte[]> record) {
        return guard.process(Topics.FOLLOWUPS_DUE, record, followUps, event -> projection.apply(event)
                .invoke(effect -> LOG.debugf("Event %s (%s): %s", event.attributes().id(), event.eventType().type(), effect)));
    }
}
