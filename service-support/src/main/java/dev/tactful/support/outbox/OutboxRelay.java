package dev.tactful.support.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tactful.support.claim.ClaimLoop;
import dev.tactful.support.claim.ClaimLoops;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.kafka.KafkaPublishers;
import dev.tactful.support.kafka.ProducerTuning;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves committed outbox rows to Kafka, for every service that has an outbox ({@code tactful.outbox.enabled=true}).
 * Polls every {@code tactful.outbox.poll-interval}, and at once after a commit that wrote a row
 * ({@link OutboxWritten}), so events normally leave within milliseconds. The production alternative, Debezium's
 * outbox event router, reads the same table (docs/outbox.md).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    ClaimLoops loops;

    @Inject
    KafkaPublishers publishers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "tactful.outbox.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "tactful.outbox.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @ConfigProperty(name = "tactful.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "tactful.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "tactful.outbox.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;

    /* Short bounds, so an absent broker is noticed within seconds and the rows are not held locked for long. */
    @ConfigProperty(name = "tactful.outbox.kafka.max-block", defaultValue = "PT3S")
    Duration maxBlock;

    @ConfigProperty(name = "tactful.outbox.kafka.request-timeout", defaultValue = "PT5S")
    Duration requestTimeout;

    @ConfigProperty(name = "tactful.outbox.kafka.delivery-timeout", defaultValue = "PT10S")
    Duration deliveryTimeout;

    private volatile ClaimLoop<OutboxRow> loop;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        loop = loops.start(queue());
    }

    /** The relay's queue, for a loop that tests drive round by round. */
    public ClaimQueue<OutboxRow> queue() {
        ClaimSettings settings = ClaimSettings.locked("outbox", batchSize, pollInterval, maxAttempts, pollInterval, maxBackoff);
        return new OutboxQueue(settings, publishers.create(application + "-outbox",
                new ProducerTuning(0, 16_384, maxBlock, requestTimeout, deliveryTimeout)));
    }

    /** Wakes the relay after a commit that wrote outbox rows. */
    void onWritten(@Observes OutboxWritten written) {
        wake();
    }

    public void wake() {
        ClaimLoop<OutboxRow> l = loop;
        if (l != null) {
            l.wake();
        }
    }

    /** The running loop, or null when the relay is disabled. */
    public ClaimLoop<OutboxRow> loop() {
        return loop;
    }
}
