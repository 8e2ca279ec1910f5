package dev.tactful.infra.containers;

import org.testcontainers.DockerClientFactory;

import dev.tactful.infra.InfraBackend;

/** {@code tactful.infra=containers}: Kafka, PostgreSQL and GreenMail in Docker (registered for ServiceLoader). */
public final class ContainersProvider implements InfraBackend.Provider {

    public static final String NAME = "containers";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InfraBackend create() {
        // Fail here, with what to do, rather than deep inside the first container start.
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("tactful.infra=containers (Maven profile -Pcontainers) needs a Docker engine,"
                    + " and Testcontainers found none (DOCKER_HOST, the local socket, ~/.testcontainers.properties)."
                    + " Start Docker, or build without -Pcontainers to use the embedded servers.");
        }
        String host = DockerClientFactory.instance().dockerHostIpAddress();
        if (!isLoopback(host)) {
            throw new IllegalStateException("tactful.infra=containers needs the containers' ports on this machine"
                    + " (the tests reach them at localhost / 127.0.0.1), but Docker publishes them on " + host + ".");
        }
        return new ContainersBackend();
    }

    static boolean isLoopback(String host) {
        return "localhost".equals(host) || host.startsWith("127.") || "::1".equals(host) || "[::1]".equals(host);
    }
}
