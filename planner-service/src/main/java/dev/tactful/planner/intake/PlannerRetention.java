package dev.tactful.planner.intake;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.retention.RetentionRule;

/** What the planner may forget, and when (machine time). */
@ApplicationScoped
public class PlannerRetention {

    /**
     * A processed-event id only matters while Kafka could still deliver that event again, so it must outlive the
     * topic's retention (7 days by default) with room to spare. Plans and timers are never swept here.
     */
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
