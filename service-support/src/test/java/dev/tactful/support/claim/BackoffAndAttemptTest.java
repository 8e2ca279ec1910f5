package dev.tactful.support.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

class BackoffAndAttemptTest {

    @Test
    void backoffDoublesFromTheInitialWaitAndIsCapped() {
        Duration initial = Duration.ofSeconds(2);
        Duration max = Duration.ofSeconds(30);
        assertThat(Backoff.after(1, initial, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.after(2, initial, max)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.after(4, initial, max)).isEqualTo(Duration.ofSeconds(16));
        assertThat(Backoff.after(5, initial, max)).isEqualTo(max);
        assertThat(Backoff.after(1_000, initial, max)).as("no overflow").isEqualTo(max);
    }

    @Test
    void theRecordedErrorNamesTheCauseOnOneBoundedLine() {
        String error = Attempt.describe(new ExecutionException(new IllegalStateException("broker said no")));
        assertThat(error).isEqualTo("IllegalStateException: broker said no");
        assertThat(Attempt.describe(new RuntimeException("x".repeat(5_000)))).hasSize(1_000);
    }
}
