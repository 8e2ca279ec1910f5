package dev.tactful.support.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.retention.RetentionRule;
import io.quarkus.arc.lookup.LookupIfProperty;

/** Published outbox rows are history once the broker has them; only services with an outbox sweep them. */
@ApplicationScoped
public class OutboxRetention {

    @Produces
    @Singleton
    @LookupIfProperty(name = "tactful.outbox.enabled", stringValue = "true")
    RetentionRule publishedOutbox(@ConfigProperty(name = "tactful.retention.outbox", defaultValue = "P7D") Duration keep) {
        return RetentionRule.publishedOutbox(keep);
    }
}
