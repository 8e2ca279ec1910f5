package dev.tactful.notifier.delivery;

import java.time.Duration;

import dev.tactful.support.claim.ClaimSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry and polling settings ({@code tactful.delivery.*}); tests shrink minutes to seconds. */
@ConfigMapping(prefix = "tactful.delivery")
public interface DeliverySettings {

    /** Total tries, the first included; the default 5 with a 2-minute start spans about 30 minutes. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait after the first failed try; doubles after each further failure. */
    @WithDefault("PT2M")
    Duration initialBackoff();

    @WithDefault("PT30M")
    Duration maxBackoff();

    /**
     * How long a send may stay in flight before it is considered interrupted (the process died mid-send).
     * Must exceed the SMTP client's timeouts.
     */
    @WithDefault("PT5M")
    Duration sendingLease();

    /**
     * How long one SMTP conversation may take before the send counts as failed (an unclear outcome for a direct
     * send: never resent). Shorter than {@link #sendingLease()}, so a hung server can neither outlive the row's
     * lease nor hold its claim loop's round for minutes.
     */
    @WithDefault("PT2M")
    Duration sendTimeout();

    /** Deliveries claimed per round; each row's lease is renewed right before its own send. */
    @WithDefault("10")
    int batchSize();

    /**
     * Sends in flight at once within a round (at most the SMTP client's pool size, {@code quarkus.mailer.max-pool-size}).
     * 1 sends them one after another. 4 delivered about 30 % more follow-ups per second than 1 in the load harness
     * ({@code ./bench --phases ingest,e2e --clock-rate 1000000}), where CPU, not SMTP latency, is the limit.
     */
    @WithDefault("4")
    int concurrency();

    /** Pause of the send loop after a round that found nothing due (machine time). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How often interrupted sends are looked for; also runs shortly after start-up. */
    @WithDefault("60s")
    String recoveryInterval();

    /** How the claim loop works a mail queue: leases and backoff on machine time. */
    default ClaimSettings claimSettings(String queue) {
        return ClaimSettings.leased(queue, batchSize(), pollInterval(), maxAttempts(), initialBackoff(), maxBackoff(),
                sendingLease(), concurrency());
    }
}
