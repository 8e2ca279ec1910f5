package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which servers TactfulInfra starts; nothing here starts any. */
class InfraSelectionTest {

    /** Stands in for containers-infra's provider: selection must pick it by name without creating it. */
    private static final InfraBackend.Provider CONTAINERS = new InfraBackend.Provider() {
        @Override
        public String name() {
            return "containers";
        }

        @Override
        public InfraBackend create() {
            throw new AssertionError("selection must not create the backend");
        }
    };

    @Test
    void embeddedUnlessAskedOtherwise() {
        assertThat(InfraSelection.requested(Map.<String, String>of()::get, Map.<String, String>of()::get))
                .isEqualTo("embedded");
        assertThat(InfraSelection.requested(Map.of("tactful.infra", " ")::get, Map.<String, String>of()::get))
                .isEqualTo("embedded");
        assertThat(InfraSelection.select("embedded", List.of(CONTAINERS))).isInstanceOf(EmbeddedBackend.Provider.class);
    }

    @Test
    void thePropertyWinsOverTheEnvironmentVariable() {
        assertThat(InfraSelection.requested(Map.of("tactful.infra", "Containers")::get,
                Map.of("TACTFUL_INFRA", "embedded")::get)).isEqualTo("containers");
        assertThat(InfraSelection.requested(Map.<String, String>of()::get, Map.of("TACTFUL_INFRA", "containers")::get))
                .isEqualTo("containers");
    }

    @Test
    void containersWhenAskedAndPresent() {
        assertThat(InfraSelection.select("containers", List.of(CONTAINERS))).isSameAs(CONTAINERS);
    }

    @Test
    void askingForAMissingBackendFailsAndSaysHowToGetIt() {
        assertThatThrownBy(() -> InfraSelection.select("containers", List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tactful.infra=containers")
                .hasMessageContaining("-Pcontainers");
    }

    @Test
    void theDefaultBuildHasNoOtherBackendOnItsClasspath() {
        // This module's tests run embedded under every profile: containers-infra depends on it, not the reverse.
        assertThat(InfraSelection.fromEnvironment()).isInstanceOf(EmbeddedBackend.Provider.class);
    }
}
