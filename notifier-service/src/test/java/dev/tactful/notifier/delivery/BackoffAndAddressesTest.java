package dev.tactful.notifier.delivery;

import dev.tactful.support.claim.Backoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffAndAddressesTest {

    @Test
    void defaultScheduleIsFiveTriesOverAboutHalfAnHour() {
        Duration initial = Duration.ofMinutes(2);
        Duration max = Duration.ofMinutes(30);
        // Waits after failed tries 1..4 (the 5th failure is final): 2, 4, 8, 16 minutes.
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(i -> Backoff.after(i, initial, max)))
                .containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16));
        Duration total = IntStream.rangeClosed(1, 4).mapToObj(i -> Backoff.after(i, initial, max)).reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void backoffIsCapped() {
        assertThat(Backoff.after(40, Duration.ofMinutes(2), Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void directMailIsFromTheCandidateViaTactful() {
        assertThat(Addresses.onBehalfOf("Rowan Tester", "Tactful <no-reply@tactful.dev>"))
                .isEqualTo("Rowan Tester via Tactful <no-reply@tactful.dev>");
        assertThat(Addresses.onBehalfOf("Evil <x@y>\r\nBcc: z", "Tactful <no-reply@tactful.dev>"))
                .doesNotContain("\n").doesNotContain("<x@y>").endsWith("<no-reply@tactful.dev>");
        assertThat(Addresses.onBehalfOf(null, "no-reply@tactful.dev")).isEqualTo("Tactful <no-reply@tactful.dev>");
    }

    @Test
    void messageIdDerivesFromTheFollowUpIdOnly() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000042");
        assertThat(Addresses.messageId(id, "tactful.dev")).isEqualTo("<followup-00000000-0000-0000-0000-000000000042@tactful.dev>");
        assertThat(Addresses.messageId(id, "tactful.dev")).isEqualTo(Addresses.messageId(id, "tactful.dev"));
        assertThat(Addresses.noticeMessageId(id, "HELD", "tactful.dev")).isEqualTo("<followup-00000000-0000-0000-0000-000000000042.held@tactful.dev>");
    }
}
