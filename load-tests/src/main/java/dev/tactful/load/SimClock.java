package dev.tactful.load;

import java.time.Duration;
import java.time.Instant;

/**
 * The suite's shared business timeline: every service gets {@code TACTFUL_CLOCK_EPOCH/ANCHOR/RATE}, so its clock
 * shows {@code epoch} at the real instant {@code anchor} and runs {@code rate} times faster. The harness converts
 * a business instant (a plan's {@code dueAt}) back to the real instant it falls due, to measure delays on the
 * machine clock.
 */
record SimClock(Instant epoch, Instant anchor, double rate) {

    /** Monday 2030-01-07 08:00 UTC, as in system-tests: a known weekday morning. */
    static SimClock startingNow(double rate) {
        return new SimClock(Instant.parse("2030-01-07T08:00:00Z"), Instant.now(), rate);
    }

    Instant now() {
        return epoch.plusNanos((long) (Duration.between(anchor, Instant.now()).toNanos() * rate));
    }

    Instant realInstantOf(Instant business) {
        return anchor.plusNanos((long) (Duration.between(epoch, business).toNanos() / rate));
    }
}
