package dev.tactful.interview.outbox;

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
}
