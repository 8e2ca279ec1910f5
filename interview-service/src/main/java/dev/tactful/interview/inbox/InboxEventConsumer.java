package dev.tactful.interview.inbox;

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
import dev.tactful.events.ReplyDetected;
import dev.tactful.events.Topics;
import dev.tactful.interview.service.InterviewService;
import dev.tactful.support.consume.ConsumerGuard;
import dev.tactful.support.consume.EventGate;
import io.smallrye.mutiny.Uni;

/**
 * Hears what inbox-service found in a candidate's mailbox. A {@code ReplyDetected} becomes the outcome
 * REPLY_RECEIVED through the same path as one the candidate logs (outcome row and outbox row in one transaction,
 * published on interview-events), so the planner cancels pending checks under R8 exactly as for a manual one.
 * Out-of-office answers and bounces are the planner's business and are not acted on here.
 */
@ApplicationScoped
public class InboxEventConsumer {

    private static final Logger LOG = Logger.getLogger(InboxEventConsumer.class);

    @Inject
    InterviewService interviews;

    @Inject
    ConsumerGuard guard;

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
            if (event.eventType() != EventType.INBOX_REPLY) {
                return Uni.createFrom().voidItem();
            }
            return interviews.replyDetected((ReplyDetected) event.data(), event.attributes().id())
                    .invoke(effect -> LOG.debugf("Inbox event %s: %s", event.attributes().id(), effect));
        });
    }
}
