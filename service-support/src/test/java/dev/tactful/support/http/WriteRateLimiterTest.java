package dev.tactful.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WriteRateLimiterTest {

    @Test
    void aBurstUpToTheAllowancePassesAndTheNextWaitsForOneRefill() {
        WriteRateLimiter limiter = new WriteRateLimiter(3, Duration.ofMinutes(1), 1);
        assertThat(limiter.tryWrite("a")).isEmpty();
        assertThat(limiter.tryWrite("a")).isEmpty();
        assertThat(limiter.tryWrite("a")).isEmpty();
        // Three a minute refill one every 20 s: the fourth waits at most that long.
        assertThat(limiter.tryWrite("a")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(limiter.tryWrite("b")).as("another candidate's allowance").isEmpty();
    }

    @Test
    void eachReplicaAllowsItsShare() {
        WriteRateLimiter limiter = new WriteRateLimiter(6, Duration.ofMinutes(1), 2);
        assertThat(limiter.perReplica()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryWrite("a")).isEmpty();
        }
        assertThat(limiter.tryWrite("a")).isPresent();
        assertThat(new WriteRateLimiter(1, Duration.ofMinutes(1), 4).perReplica()).as("never below one").isEqualTo(1);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new WriteRateLimiter(0, Duration.ofMinutes(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WriteRateLimiter(5, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WriteRateLimiter(5, Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
