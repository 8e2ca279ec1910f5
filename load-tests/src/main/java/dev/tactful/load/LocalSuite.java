package dev.tactful.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tactful.infra.DevJwt;

/**
 * The whole suite as {@code ./run-local} starts it: the infrastructure in one process and the three packaged
 * services in one JVM each, configured only through environment variables, all on one business timeline.
 * Everything lives in a fresh work directory (data, logs, the mail ledger).
 */
final class LocalSuite implements AutoCloseable {

    /** What a run's services get beyond run-local's settings, and why. */
    record Settings(Path root, Path workDir, double clockRate, List<String> javaOptions, Duration readyTimeout) {
    }

    final Settings settings;
    final SimClock clock;
    final InfraProcess infra;
    final ServiceProcess interview;
    final ServiceProcess planner;
    final ServiceProcess notifier;
    /** Milliseconds from process start to /q/health/ready, first start, services starting together. */
    final Map<String, Long> readyMillis = new LinkedHashMap<>();

    LocalSuite(Settings settings) {
        this.settings = settings;
        try {
            TreeDeletion.delete(settings.workDir());
            Files.createDirectories(settings.workDir().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        infra = new InfraProcess(settings.workDir(), settings.readyTimeout());
        Path publicKey = publicKeyFile(settings.workDir());
        clock = SimClock.startingNow(settings.clockRate());
        // Polling shortened (a real second is hours of business time); backoffs, leases and retries shortened
        // and attempts raised so that an SMTP outage or a kill is recovered from within the run, not given up on.
        interview = service("interview", publicKey, Map.of(
                // Thousands of interviews for a few hundred candidates within minutes: far over the per-hour limit.
                "TACTFUL_LIMITS_NEW_INTERVIEWS", "100000000",
                "TACTFUL_RATE_LIMIT_WRITES", "100000000",
                "TACTFUL_OUTBOX_POLL_INTERVAL", "PT0.2S",
                "TACTFUL_OUTBOX_MAX_BACKOFF", "PT2S"));
        planner = service("planner", publicKey, Map.of(
                "TACTFUL_RATE_LIMIT_WRITES", "100000000",
                "TACTFUL_FIRING_POLL_INTERVAL", "200ms"));
        notifier = service("notifier", publicKey, Map.ofEntries(
                Map.entry("TACTFUL_DELIVERY_POLL_INTERVAL", "PT0.3S"),
                Map.entry("TACTFUL_DELIVERY_INITIAL_BACKOFF", "PT1S"),
                Map.entry("TACTFUL_DELIVERY_MAX_BACKOFF", "PT5S"),
                Map.entry("TACTFUL_DELIVERY_MAX_ATTEMPTS", "1000"),
                Map.entry("TACTFUL_DELIVERY_SENDING_LEASE", "PT20S"),
                Map.entry("TACTFUL_DELIVERY_SEND_TIMEOUT", "PT15S"),
                // The harness plays weeks of many interviews per candidate in minutes of real time, so the
                // anti-bulk limits (real-time windows) would hold most of its direct mail; they have their own test.
                Map.entry("TACTFUL_LIMITS_CANDIDATE_MESSAGES", "100000000"),
                Map.entry("TACTFUL_RATE_LIMIT_WRITES", "100000000"),
                Map.entry("TACTFUL_LIMITS_RECIPIENT_MESSAGES", "100000000"),
                Map.entry("TACTFUL_DELIVERY_RECOVERY_INTERVAL", "5s"),
                Map.entry("TACTFUL_OUTBOX_POLL_INTERVAL", "PT0.3S"),
                Map.entry("TACTFUL_OUTBOX_MAX_BACKOFF", "PT2S"),
                Map.entry("QUARKUS_MAILER_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_MAILER_PORT", Integer.toString(infra.smtpPort)),
                Map.entry("QUARKUS_MAILER_MOCK", "false"),
                Map.entry("QUARKUS_MAILER_START_TLS", "DISABLED"),
                Map.entry("QUARKUS_MAILER_FROM", "Tactful <tactful@localhost>"),
                Map.entry("TACTFUL_MAIL_FROM", "Tactful <tactful@localhost>"),
                Map.entry("TACTFUL_OPTOUT_BASE_URL", interview.baseUrl()),
                Map.entry("TACTFUL_OPTOUT_REQUIRE_HTTPS", "false")));
        for (ServiceProcess s : services()) {
            s.start();
        }
        for (ServiceProcess s : services()) {
            readyMillis.put(s.name, s.awaitReady(settings.readyTimeout()));
        }
    }

    List<ServiceProcess> services() {
        return List.of(interview, planner, notifier);
    }

    /** SIGKILL and start again on the same timeline; returns the milliseconds to ready. */
    long killAndRestart(ServiceProcess service) {
        service.kill();
        service.start();
        return service.awaitReady(settings.readyTimeout());
    }

    private ServiceProcess service(String name, Path publicKey, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", infra.reactiveUrl(name));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
        env.put("MP_JWT_VERIFY_ISSUER", DevJwt.ISSUER);
        env.put("TACTFUL_JWT_AUDIENCE", DevJwt.AUDIENCE);
        env.put("TACTFUL_SECURITY_ALLOW_DEV_KEY", "true");
        // The services refuse to start without an opt-out secret; the shipped one is accepted with the line above.
        env.put("TACTFUL_OPTOUT_SECRET", "tactful-dev-optout-secret-for-laptops-and-tests-only");
        env.putAll(extra);
        // The anchor is read when the process starts, so a restarted service continues the same timeline.
        env.put("TACTFUL_CLOCK_EPOCH", clock.epoch().toString());
        env.put("TACTFUL_CLOCK_ANCHOR", clock.anchor().toString());
        env.put("TACTFUL_CLOCK_RATE", Double.toString(clock.rate()));
        Path jar = settings.root().resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        return new ServiceProcess(name, jar, freePort(), env, settings.javaOptions(),
                settings.workDir().resolve("logs/" + name + ".log"));
    }

    private static Path publicKeyFile(Path dir) {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream(DevJwt.PUBLIC_KEY_RESOURCE)) {
            Path file = dir.resolve("jwt-public.pem");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (ServiceProcess s : services()) {
            s.stop();
        }
        infra.close();
    }
}
