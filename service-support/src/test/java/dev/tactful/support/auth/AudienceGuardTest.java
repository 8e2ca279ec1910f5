package dev.tactful.support.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AudienceGuardTest {

    @Test
    void noAudienceFailsStartUpNamingTheVariable() {
        for (Optional<List<String>> none : List.<Optional<List<String>>>of(Optional.empty(), Optional.of(List.of()),
                Optional.of(List.of(" ")))) {
            assertThatThrownBy(() -> AudienceGuard.check(none)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TACTFUL_JWT_AUDIENCE");
        }
    }

    @Test
    void anAudienceIsEnough() {
        assertThatCode(() -> AudienceGuard.check(Optional.of(List.of("tactful-dev")))).doesNotThrowAnyException();
    }
}
