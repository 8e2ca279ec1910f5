package dev.tactful.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline: the only way the harness synchronises with the suite. */
final class Await {

    private Await() {
    }

    /** True when the condition held before the timeout. */
    static boolean until(Duration timeout, Duration poll, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(poll.toNanos());
        }
    }

    static void require(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        if (!until(timeout, poll, condition)) {
            throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
        }
    }

    /** True when the condition kept holding for {@code during} (a late duplicate would break it). */
    static boolean holds(Duration during, Duration poll, BooleanSupplier condition) {
        return !until(during, poll, () -> !condition.getAsBoolean());
    }
}
