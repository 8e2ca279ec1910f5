package dev.tactful.planner.timer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The durable timers' poller ({@code tactful.firing.*}). */
@ConfigMapping(prefix = "tactful.firing")
public interface FiringConfig {

    /** Off only for tests or a replica meant to serve the API alone. */
    @WithDefault("true")
    boolean enabled();

    /** Pause after a batch that was not full; a full batch loops again at once. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Follow-ups claimed, published and marked per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Tries of a follow-up whose event the broker rejects before it is parked (a broker outage counts none). */
    @WithDefault("10")
    int maxAttempts();

    /** How long a batch waits for the broker's acknowledgements before it rolls back and is retried. */
    @WithDefault("30s")
    Duration ackTimeout();

    /** Producer linger: a few milliseconds let a batch's records share broker requests. */
    @WithDefault("5")
    int lingerMs();

    /** Producer batch size in bytes. */
    @WithDefault("524288")
    int producerBatchBytes();

    @WithDefault("followups-due")
    String topic();
}
