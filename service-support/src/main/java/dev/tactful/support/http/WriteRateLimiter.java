package dev.tactful.support.http;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per candidate (Bucket4j, in memory): {@code writes} requests per {@code period}, refilled
 * gradually, so a burst up to the full allowance is fine and a steady stream above it is not. The buckets live in
 * this replica only; with {@code replicas} > 1 each replica allows its share, which keeps the total near the
 * configured figure without a shared store (a client spread evenly over replicas gets the whole allowance, one
 * pinned to a replica gets its share: a limit, not a quota). Idle buckets are dropped after one period, when they
 * would be full again anyway.
 */
public final class WriteRateLimiter {

    private final long perReplica;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public WriteRateLimiter(long writes, Duration period, int replicas) {
        if (writes < 1 || replicas < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("writes and replicas must be positive and the period longer than zero");
        }
        this.perReplica = Math.max(1, writes / replicas);
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(1_000_000).build();
    }

    /** Takes one write for {@code key}; empty when allowed, else how long until one more would be. */
    public Optional<Duration> tryWrite(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public long perReplica() {
        return perReplica;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perReplica).refillGreedy(perReplica, period).build())
                .build();
    }
}
