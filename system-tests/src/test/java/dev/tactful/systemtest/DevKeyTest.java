package dev.tactful.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The packaged services run in the prod profile, where the shipped development key is refused: a service whose
 * verification key is that key does not start unless TACTFUL_SECURITY_ALLOW_DEV_KEY=true (as the suite, the local
 * run and the load tests set it) says it is meant.
 */
class DevKeyTest {

    @Test
    void aPackagedServiceGivenTheShippedKeyRefusesToStartUnlessAllowed() {
        Suite suite = Suite.get();
        ServiceProcess refused = suite.variant("interview", Set.of("TACTFUL_SECURITY_ALLOW_DEV_KEY"));
        refused.start(Suite.EPOCH, Instant.now(), 1);
        try {
            int exit = refused.awaitExit(Duration.ofSeconds(90));
            assertThat(exit).as("exit code").isNotZero();
            assertThat(refused.tail()).contains("development key").contains("TACTFUL_SECURITY_ALLOW_DEV_KEY=true");
        } finally {
            refused.stop();
        }
        // The same configuration with the explicit allowance is the suite's own, which is running.
        assertThat(suite.interview.ready()).isTrue();
    }
}
