package dev.tactful.support.consume;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.support.time.MachineTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per channel: is a record being retried in place right now, since when, how often, and why. Read by
 * {@link ConsumerHealth} and the {@code tactful.consumer.retrying} gauge.
 */
@ApplicationScoped
public class ConsumerStatus {

    /** The record a channel is stuck on; immutable snapshot. */
    public record Stuck(String record, Instant since, int failedAttempts, String lastError, Instant nextAttemptAt) {
    }

    private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    @Inject
    @MachineTime
    Clock clock;

    @Inject
    MeterRegistry registry;

    void register(String channel) {
        if (known.putIfAbsent(channel, Boolean.TRUE) == null) {
            Gauge.builder("tactful.consumer.retrying", stuck, s -> s.containsKey(channel) ? 1 : 0)
                    .tag("channel", channel)
                    .description("1 while the channel retries a record in place (database or broker away)")
                    .register(registry);
        }
    }

    void failed(String channel, String record, int failedAttempts, Throwable error, java.time.Duration wait) {
        Instant now = clock.instant();
        stuck.compute(channel, (c, previous) -> new Stuck(record,
                previous != null && previous.record().equals(record) ? previous.since() : now, failedAttempts,
                Failures.describe(error), now.plus(wait)));
    }

    void recovered(String channel) {
        stuck.remove(channel);
    }

    /** Channels this application consumes, each with the record it is stuck on, if any. */
    public Map<String, Stuck> stuck() {
        return Map.copyOf(stuck);
    }

    public java.util.Set<String> channels() {
        return java.util.Set.copyOf(known.keySet());
    }
}
