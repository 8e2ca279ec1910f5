package dev.tactful.infra.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import dev.tactful.infra.InfraBackend;
import dev.tactful.infra.InfraSelection;

/** Runs without Docker: how -Pcontainers reaches this module, and what happens where Docker is missing. */
class ContainersSelectionTest {

    @Test
    void serviceLoaderFindsTheContainersProvider() {
        assertThat(ServiceLoader.load(InfraBackend.Provider.class).stream().map(ServiceLoader.Provider::type))
                .contains(ContainersProvider.class);
    }

    @Test
    void theProfilesPropertyPicksContainers() {
        // Set by the parent POM's surefire configuration under -Pcontainers, the only way this module is built.
        assertThat(System.getProperty(InfraSelection.PROPERTY)).isEqualTo(ContainersProvider.NAME);
        assertThat(InfraSelection.fromEnvironment()).isInstanceOf(ContainersProvider.class);
    }

    @Test
    void withoutDockerCreatingTheBackendSaysWhatToDo() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            // Creating only prepares the containers; TactfulInfra starts them.
            assertThat(new ContainersProvider().create()).isInstanceOf(ContainersBackend.class);
        } else {
            assertThatThrownBy(() -> new ContainersProvider().create())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("needs a Docker engine")
                    .hasMessageContaining("without -Pcontainers");
        }
    }

    @Test
    void onlyPortsOnThisMachineWillDo() {
        assertThat(ContainersProvider.isLoopback("localhost")).isTrue();
        assertThat(ContainersProvider.isLoopback("127.0.0.1")).isTrue();
        assertThat(ContainersProvider.isLoopback("192.168.99.100")).isFalse();
        assertThat(ContainersProvider.isLoopback("docker.example")).isFalse();
    }
}
