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

    Idle idle();

    /** {@code tactful.inbox.idle.*}: IMAP IDLE watches, which hear new mail within seconds between polls. */
    interface Idle {

        @WithDefault("true")
        boolean enabled();

        /** At most this many mailboxes are watched by one replica (one connection and one thread each). */
        @WithDefault("200")
        int maxWatches();

        /** An IDLE is ended and entered again this often; servers drop one after about 30 minutes (RFC 2177). */
        @WithDefault("PT20M")
        Duration renew();

        /** While a mailbox is watched it is still read this often, in case a notification was missed. */
        @WithDefault("PT15M")
        Duration pollInterval();

        /** How often the set of watched mailboxes is brought in line with the connected ones. */
        @WithDefault("PT30S")
        Duration refresh();

        /** A watch that failed, or a server without IDLE, is tried again after this; polling goes on meanwhile. */
        @WithDefault("PT10M")
        Duration retry();
    }

    /** Read by {@code CipherProducer}; listed so the mapping accepts it. */
    java.util.Optional<String> key();
}
