package dev.tactful.inbox.sync;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code tactful.inbox.*}: how mailboxes are synced (all durations machine time). */
@ConfigMapping(prefix = "tactful.inbox")
public interface SyncSettings {

    @WithDefault("PT2M")
    Duration pollInterval();

    @WithDefault("PT1S")
    Duration tick();

    @WithDefault("4")
    int workers();

    @WithDefault("200")
    int batchSize();

    @WithDefault("PT5M")
    Duration lease();

    @WithDefault("PT10S")
    Duration connectTimeout();

    @WithDefault("PT30S")
    Duration readTimeout();

    @WithDefault("PT1M")
    Duration errorBackoff();

    @WithDefault("PT30M")
    Duration maxErrorBackoff();

    @WithDefault("P14D")
    Duration firstSyncLookback();

    @WithDefault("false")
    boolean allowPlaintext();

    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Read by {@code CipherProducer}; listed so the mapping accepts it. */
    java.util.Optional<String> key();
}
