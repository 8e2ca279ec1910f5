package dev.tactful.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code java -jar <svc>/target/quarkus-app/quarkus-run.jar}) started as
 * {@code ./run-local} starts it, configured through environment variables only; generalised from system-tests'
 * ServiceProcess with what a benchmark needs: its pid, RSS from /proc, and the time from start to ready.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    /** The management interface (health, metrics), a port of its own as in production. */
    final int managementPort = freeManagementPort();
    private final Path jar;
    private final Map<String, String> env;
    private final List<String> javaOptions;
    private final Path logFile;
    private ProcessOutput output = new ProcessOutput();
    private Process process;
    private long startedNanos;

    ServiceProcess(String name, Path jar, int port, Map<String, String> env, List<String> javaOptions, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = new LinkedHashMap<>(env);
        this.javaOptions = javaOptions;
        this.logFile = logFile;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    private static int freeManagementPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Duser.timezone=UTC");
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            startedNanos = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        output = new ProcessOutput();
        output.pump(process, logFile, null);
    }

    /** Waits for {@code /q/health/ready}; returns the milliseconds from process start to ready. */
    long awaitReady(Duration timeout) {
        boolean ready = Await.until(timeout, Duration.ofMillis(100), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + output.tail());
            }
            return ready();
        });
        if (!ready) {
            throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + output.tail());
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no graceful close of Kafka clients or database transactions. */
    synchronized void kill() {
        end(true);
    }

    synchronized void stop() {
        end(false);
    }

    private void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The current process's pid (a restart gives a new one). */
    long pid() {
        return process.pid();
    }

    /** Current RSS in KiB ({@code VmRSS}). */
    long rssKib() {
        return procStatus("VmRSS:");
    }

    /** Peak RSS in KiB since this process started ({@code VmHWM}). */
    long peakRssKib() {
        return procStatus("VmHWM:");
    }

    private long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone.
        }
        return -1;
    }

    String tail() {
        return output.tail();
    }
}
