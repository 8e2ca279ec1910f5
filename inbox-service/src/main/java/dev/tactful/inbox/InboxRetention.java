package dev.tactful.inbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.retention.RetentionRule;

/**
 * What the inbox service may forget, and when (machine time); published outbox rows are service-support's rule.
 * Mailboxes and their detections go only with a disconnect.
 */
@ApplicationScoped
public class InboxRetention {

    /** Longer than Kafka keeps the events, so a redelivered one is still recognised. */
    @Produces
    @Singleton
    RetentionRule processedEvents(@ConfigProperty(name = "tactful.retention.processed-events", defaultValue = "P30D") Duration keep) {
        return new RetentionRule("processed events", "processed_event", "processed_at", keep, null);
    }

    /** Erasure tombstones must outlive every Kafka copy of the erased candidate's events (7 days plus a segment). */
    @Produces
    @Singleton
    RetentionRule erasedCandidates(@ConfigProperty(name = "tactful.retention.erased-candidates", defaultValue = "P30D") Duration keep) {
        return dev.tactful.support.erasure.CandidateErasure.tombstones(keep);
    }
}
