package dev.tactful.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One packaged service ({@code java -jar <svc>/target/quarkus-app/quarkus-run.jar}) started exactly as
 * {@code ./run-local} starts it: configuration through environment variables only. Every output line is
 * echoed with a {@code [name]} prefix, and the last lines are kept to explain a failure.
 */
final class ServiceProcess {

    private static final int TAIL_LINES = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    /** The management interface (health, metrics), a port of its own as in production. */
    final int managementPort = freeManagementPort();
    private final Path jar;
    private final Map<String, String> env;
    private final Deque<String> tail = new ArrayDeque<>();
    // Everything the service printed, for the check that no personal data reaches a log (LogRedactionTest).
    private final List<String> output = new ArrayList<>();
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> env) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = new LinkedHashMap<>(env);
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

    /**
     * Starts the process on the suite's simulated timeline: its clock shows {@code epoch} at the real instant
     * {@code anchor} and runs at {@code rate}, so every service, and a restarted one, tells the same time.
     */
    /** {@code deploy/jvm-options} of the repository the jar was built in ({@code <root>/<svc>/target/quarkus-app/}). */
    private List<String> jvmOptions() {
        Path root = jar.toAbsolutePath().getParent().getParent().getParent().getParent();
        try {
            return List.of(Files.readString(root.resolve("deploy/jvm-options")).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("No deploy/jvm-options under " + root, e);
        }
    }

    synchronized void start(Instant epoch, Instant anchor, double rate) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -B package -DskipTests)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // The JVM flags ./run-local uses (small heap, C1 only: faster start and less CPU on a 2-core machine).
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("TACTFUL_CLOCK_EPOCH", epoch.toString());
        builder.environment().put("TACTFUL_CLOCK_ANCHOR", anchor.toString());
        builder.environment().put("TACTFUL_CLOCK_RATE", Double.toString(rate));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        Process started = process;
        Thread pump = new Thread(() -> pump(started), name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(Process p) {
        String prefix = String.format("%-11s", "[" + name + "]");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println(prefix + " " + line);
                synchronized (tail) {
                    output.add(line);
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone; nothing more to relay.
        }
    }

    /** Every line the service has printed so far, across restarts. */
    List<String> output() {
        synchronized (tail) {
            return List.copyOf(output);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200, failing fast if the process exits. */
    void awaitReady(Duration timeout) {
        try {
            await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                return ready();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " not ready within " + timeout + "; last output:\n" + tail(), e);
        }
    }

    boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Map<String, String> env() {
        return Map.copyOf(env);
    }

    /** Waits until the process has exited by itself and returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still running after " + timeout + "; last output:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Graceful stop (SIGTERM), then forced after 20 s. */
    void stop() {
        end(false);
    }

    /** Abrupt end (SIGKILL): no shutdown hook, no graceful Kafka or database close. */
    void kill() {
        end(true);
    }

    private synchronized void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }
}
