package dev.tactful.support.claim;

import java.time.Duration;

/** Exponential backoff: initial, 2x, 4x, ... capped. Pure, so the schedule is unit-tested without waiting. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the given number of failed tries (1 = after the first failure). */
    public static Duration after(int failedTries, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(failedTries - 1, 0), 30);
        Duration d = initial.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 || d.isNegative() ? max : d;
    }
}
