package dev.tactful.support.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that shows a chosen instant (the epoch) at a chosen real moment (the anchor) and runs at a chosen
 * rate. With the defaults it is the real UTC clock. System tests and demos set an epoch and a rate (say 3600:
 * an hour per second) so follow-ups due days later fire in seconds, without anyone waiting or depending on the
 * weekday. Without an anchor the clock shows the epoch when it is created; processes that must share one
 * timeline (several services, or a restarted one) are given the same anchor.
 */
public final class SimulatedClock extends Clock {

    private final Clock real;
    private final Instant epoch;
    private final Instant realStart;
    private final double rate;

    public SimulatedClock(Clock real, Instant epoch, double rate) {
        this(real, epoch, null, rate);
    }

    /** @param anchor the real instant at which this clock shows {@code epoch}; null: the moment of creation */
    public SimulatedClock(Clock real, Instant epoch, Instant anchor, double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("tactful.clock.rate must be positive, was " + rate);
        }
        this.real = real;
        this.realStart = anchor != null ? anchor : real.instant();
        this.epoch = epoch == null ? realStart : epoch;
        this.rate = rate;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(realStart, real.instant());
        if (rate == 1.0) {
            return epoch.plus(elapsed);
        }
        long nanos = (long) (elapsed.toNanos() * rate);
        return epoch.plusNanos(nanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Everything Tactful stores is an Instant; zones are applied per person, never to the clock.
        throw new UnsupportedOperationException("Tactful clocks are UTC; apply a person's ZoneId to the Instant instead");
    }

    public double rate() {
        return rate;
    }
}
