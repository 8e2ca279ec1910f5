package dev.tactful.notifier.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.retention.RetentionRule;

/**
 * What the notifier may forget, and when. Deliveries themselves are kept: their follow-up id is what makes a
 * re-consumed FollowUpDue a duplicate, whatever the age of the record.
 */
@ApplicationScoped
public class NotifierRetention {

    @Produces
    @Singleton
    RetentionRule webhookCalls(@ConfigProperty(name = "tactful.retention.webhook-calls", defaultValue = "P30D") Duration keep) {
        return new RetentionRule("webhook calls", "webhook_call", "sent_at", keep, "status = 'SENT'");
    }

    @Produces
    @Singleton
    RetentionRule notices(@ConfigProperty(name = "tactful.retention.notices", defaultValue = "P30D") Duration keep) {
        return new RetentionRule("notices", "notice", "sent_at", keep, "status = 'SENT'");
    }

    /** Erasure tombstones must outlive every Kafka copy of the erased candidate's events (7 days plus a segment). */
    @Produces
    @Singleton
    RetentionRule erasedCandidates(@ConfigProperty(name = "tactful.retention.erased-candidates", defaultValue = "P30D") java.time.Duration keep) {
        return dev.tactful.support.erasure.CandidateErasure.tombstones(keep);
    }
}
