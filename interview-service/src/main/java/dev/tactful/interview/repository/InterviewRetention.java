package dev.tactful.interview.repository;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.retention.RetentionRule;

/** What interview-service may forget, and when (machine time); the published outbox rows are service-support's. */
@ApplicationScoped
public class InterviewRetention {

    /** A client retries a POST within minutes or hours; a week keeps every realistic retry answered the same. */
    @Produces
    @Singleton
    RetentionRule idempotencyKeys(@ConfigProperty(name = "tactful.retention.idempotency-keys", defaultValue = "P7D") Duration keep) {
        return new RetentionRule("idempotency keys", "idempotency_key", "created_at", keep, null);
    }

    /**
     * Erasure tombstones (hashes only) must outlive every Kafka copy of the candidate's events (7 days plus a
     * segment), so a late or replayed event is still recognised; meanwhile new interviews under the subject are refused.
     */
    @Produces
    @Singleton
    RetentionRule erasedCandidates(@ConfigProperty(name = "tactful.retention.erased-candidates", defaultValue = "P30D") Duration keep) {
        return dev.tactful.support.erasure.CandidateErasure.tombstones(keep);
    }

    /**
     * The outbox row announcing an erasure names the candidate (its key and payload), so once the broker has it,
     * it goes within minutes instead of the week other published rows stay: after that only the topic holds it.
     */
    @Produces
    @Singleton
    RetentionRule publishedErasures(@ConfigProperty(name = "tactful.retention.published-erasures", defaultValue = "PT1M") Duration keep) {
        return new RetentionRule("published erasure announcements", "outbox", "published_at", keep,
                "type = 'tactful.candidate.erased.v1'");
    }
}
