package dev.tactful.support.claim;

import java.time.Duration;
import java.util.Objects;

/**
 * How one queue is worked. All durations are machine time.
 *
 * @param name           the queue's name in logs, metrics ({@code queue} tag) and health
 * @param batchSize      rows claimed per round
 * @param pollInterval   pause after a round that found nothing (a round that found rows is followed at once)
 * @param maxAttempts    tries before a row that keeps failing is parked
 * @param initialBackoff wait before a failed row is tried again; doubles per failure up to {@code maxBackoff}
 * @param maxBackoff     longest wait between tries of a row, and between rounds while the whole batch fails
 * @param lease          {@code null} for locked mode (claim, act and mark in one transaction, rows locked throughout:
 *                       for fast work such as publishing to Kafka); otherwise lease mode (the claim commits a lease,
 *                       the work runs outside any transaction, the result is marked in a second one: for slow work
 *                       such as SMTP or HTTP calls, which must not hold row locks)
 * @param concurrency    rows of one round worked at the same time
 */
public record ClaimSettings(String name, int batchSize, Duration pollInterval, int maxAttempts, Duration initialBackoff,
        Duration maxBackoff, Duration lease, int concurrency) {

    public ClaimSettings {
        Objects.requireNonNull(name, "name");
        if (batchSize < 1 || maxAttempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException(name + ": batch size, max attempts and concurrency must be at least 1");
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    public static ClaimSettings locked(String name, int batchSize, Duration pollInterval, int maxAttempts,
            Duration initialBackoff, Duration maxBackoff) {
        return new ClaimSettings(name, batchSize, pollInterval, maxAttempts, initialBackoff, maxBackoff, null, 1);
    }

    public static ClaimSettings leased(String name, int batchSize, Duration pollInterval, int maxAttempts,
            Duration initialBackoff, Duration maxBackoff, Duration lease, int concurrency) {
        return new ClaimSettings(name, batchSize, pollInterval, maxAttempts, initialBackoff, maxBackoff,
                Objects.requireNonNull(lease, "lease"), concurrency);
    }

    public boolean leaseMode() {
        return lease != null;
    }
}
