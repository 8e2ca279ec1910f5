package dev.tactful.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tactful.infra.DevJwt;
import dev.tactful.infra.TactfulInfra;

/**
 * The whole suite as {@code ./run-local} runs it, once per test JVM: the embedded Kafka, PostgreSQL and
 * GreenMail of module embedded-infra (in this JVM, on random ports) and the three packaged services as
 * separate processes on random ports, configured only through environment variables.
 * <p>
 * <b>Time.</b> Every service gets the same simulated timeline ({@code TACTFUL_CLOCK_EPOCH}, a fixed Monday, shown
 * at the real instant {@code TACTFUL_CLOCK_ANCHOR}, the moment this suite was created, and running at
 * {@code TACTFUL_CLOCK_RATE}), so follow-ups due days later fire within seconds, every process tells the same
 * time however long it took to start, a restarted service simply continues, and the tests compute "now" the same
 * way. Expected times are derived from that "now", never from the weekday the build runs.
 */
final class Suite {

    /** Monday 2030-01-07 08:00 UTC: a fixed, known weekday instant. */
    static final Instant EPOCH = Instant.parse(System.getProperty("tactful.systemtest.epoch", "2030-01-07T08:00:00Z"));
    /** Simulated seconds per real second: 34560 = one simulated day every 2.5 s. */
    static final double RATE = Double.parseDouble(System.getProperty("tactful.systemtest.rate", "34560"));
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("tactful.systemtest.ready-timeout", 120));

    /** Random for each run: the services refuse to start without an opt-out secret of at least 32 bytes. */
    private static final String OPTOUT_SECRET = randomSecret();

    private static Suite instance;

    final TactfulInfra infra;
    final ServiceProcess interview;
    final ServiceProcess planner;
    final ServiceProcess notifier;
    final Api api;
    final Mailboxes mail;
    final KafkaWatch kafka;
    /** The real instant at which every service's simulated clock shows {@link #EPOCH}. */
    private final Instant anchor = Instant.now();
    private final Path root;
    private final Path publicKey;
    /** The candidates' web app: started by the first test that asks for it ({@link #webApp()}). */
    private ServiceProcess webApp;
    /** inbox-service: started by the first test that asks for it ({@link #inbox()}). */
    private ServiceProcess inbox;
    private final int inboxPort;

    private Suite() {
        root = Path.of(System.getProperty("tactful.root", "..")).toAbsolutePath().normalize();
        infra = TactfulInfra.get();
        publicKey = keyFile(DevJwt.PUBLIC_KEY_RESOURCE);
        // Shorter polling than the production defaults: a real second is hours on the simulated clock.
        // Ports first: interview-service asks the planner and the notifier for their parts of an export, and the
        // notifier's opt-out links point back at interview-service.
        int plannerPort = freePort();
        int notifierPort = freePort();
        // inbox-service starts on first use, but on a port fixed now, so interview-service can ask it for its part.
        inboxPort = freePort();
        interview = service(root, "interview", publicKey, Map.of("TACTFUL_OUTBOX_POLL_INTERVAL", "PT0.2S",
                "QUARKUS_REST_CLIENT_PLANNER_URL", "http://localhost:" + plannerPort,
                "QUARKUS_REST_CLIENT_NOTIFIER_URL", "http://localhost:" + notifierPort,
                "QUARKUS_REST_CLIENT_INBOX_URL", "http://localhost:" + inboxPort,
                // ErasureTest finds the candidate's id in no table: the published erasure announcement goes at once.
                "TACTFUL_RETENTION_INTERVAL", "PT1S",
                "TACTFUL_RETENTION_PUBLISHED_ERASURES", "PT1S"));
        planner = service(root, "planner", publicKey, plannerPort, Map.of("TACTFUL_FIRING_POLL_INTERVAL", "200ms"));
        notifier = service(root, "notifier", publicKey, notifierPort, Map.of(
                "TACTFUL_DELIVERY_POLL_INTERVAL", "300ms",
                "TACTFUL_OUTBOX_POLL_INTERVAL", "300ms",
                "QUARKUS_MAILER_HOST", TactfulInfra.MAIL_HOST,
                "QUARKUS_MAILER_PORT", Integer.toString(infra.smtpPort()),
                "QUARKUS_MAILER_MOCK", "false",
                "QUARKUS_MAILER_START_TLS", "DISABLED",
                "TACTFUL_MAIL_FROM", "Tactful <tactful@localhost>",
                // The one-click opt-out links point at this suite's interview-service, on plain http locally.
                "TACTFUL_OPTOUT_BASE_URL", interview.baseUrl(),
                "TACTFUL_OPTOUT_REQUIRE_HTTPS", "false"));
        api = new Api(interview.baseUrl(), planner.baseUrl(), notifier.baseUrl());
        mail = new Mailboxes(TactfulInfra.MAIL_HOST, infra.imapPort());
        kafka = new KafkaWatch(infra.kafkaBootstrap());
    }

    static synchronized Suite get() {
        if (instance == null) {
            Suite suite = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll, "system-test-services-stop"));
            suite.startAll();
            instance = suite;
        }
        return instance;
    }

    /** Starts the three services together (their clocks need no coordination) and waits until all are ready. */
    private void startAll() {
        long started = System.nanoTime();
        for (ServiceProcess service : List.of(planner, interview, notifier)) {
            service.start(EPOCH, anchor, RATE);
        }
        for (ServiceProcess service : List.of(planner, interview, notifier)) {
            service.awaitReady(READY_TIMEOUT);
        }
        System.out.printf("[system-test] services ready in %d ms; simulated now %s (%.0fx from %s)%n",
                (System.nanoTime() - started) / 1_000_000, now(), RATE, EPOCH);
    }

    /**
     * The web app, started on first use as {@code ./run-local} starts it: its own database, the mail server for
     * sign-in links, the three services' URLs, and the dev key pair (it signs, the services verify).
     */
    synchronized ServiceProcess webApp() {
        if (webApp == null) {
            int port = freePort();
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", infra.reactiveUrl("webapp"));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl("webapp"));
            env.put("QUARKUS_DATASOURCE_USERNAME", TactfulInfra.POSTGRES_USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", TactfulInfra.POSTGRES_PASSWORD);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
            env.put("MP_JWT_VERIFY_ISSUER", DevJwt.ISSUER);
            env.put("TACTFUL_JWT_AUDIENCE", DevJwt.AUDIENCE);
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + keyFile(DevJwt.PRIVATE_KEY_RESOURCE));
            env.put("QUARKUS_REST_CLIENT_INTERVIEW_URL", interview.baseUrl());
            env.put("QUARKUS_REST_CLIENT_PLANNER_URL", planner.baseUrl());
            env.put("QUARKUS_REST_CLIENT_NOTIFIER_URL", notifier.baseUrl());
            env.put("QUARKUS_MAILER_HOST", TactfulInfra.MAIL_HOST);
            env.put("QUARKUS_MAILER_PORT", Integer.toString(infra.smtpPort()));
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            env.put("TACTFUL_MAIL_FROM", "Tactful <tactful@localhost>");
            env.put("TACTFUL_WEB_BASE_URL", "http://localhost:" + port);
            // Plain http on localhost, as in ./run-local: cookies without the Secure flag.
            env.put("TACTFUL_WEB_SESSION_SECURE_COOKIE", "false");
            env.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
            ServiceProcess process = new ServiceProcess("webapp", root.resolve("web-app/target/quarkus-app/quarkus-run.jar"), port,
                    new HashMap<>(env));
            process.start(EPOCH, anchor, RATE);
            process.awaitReady(READY_TIMEOUT);
            webApp = process;
        }
        return webApp;
    }

    /**
     * inbox-service, started on first use (only the mailbox scenarios need it): its own database, a random
     * AES-256 key for the stored app passwords (it refuses to start without one), plain IMAP and loopback allowed
     * for the embedded GreenMail, and polling shortened like the other services' loops.
     */
    synchronized ServiceProcess inbox() {
        if (inbox == null) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            ServiceProcess process = service(root, "inbox", publicKey, inboxPort, Map.of(
                    "TACTFUL_INBOX_KEY", java.util.Base64.getEncoder().encodeToString(key),
                    "TACTFUL_INBOX_POLL_INTERVAL", "PT0.3S",
                    "TACTFUL_INBOX_TICK", "PT0.1S",
                    "TACTFUL_INBOX_ALLOW_PLAINTEXT", "true",
                    "TACTFUL_INBOX_ALLOW_PRIVATE_ADDRESSES", "true",
                    "TACTFUL_OUTBOX_POLL_INTERVAL", "PT0.2S"));
            process.start(EPOCH, anchor, RATE);
            process.awaitReady(READY_TIMEOUT);
            inbox = process;
        }
        return inbox;
    }

    private void stopAll() {
        kafka.close();
        if (inbox != null) {
            inbox.stop();
        }
        if (webApp != null) {
            webApp.stop();
        }
        planner.stop();
        notifier.stop();
        interview.stop();
    }

    /**
     * A token for the candidate (DevJwt, the key pair the services verify with) vouching for their address, as a
     * sign-in does: interview-service only writes to the token's verified email.
     */
    static String token(String candidateId, String email) {
        return DevJwt.token(candidateId, email, Duration.ofHours(2));
    }

    /** Now on the suite's simulated timeline, the one every service's clock shows. */
    Instant now() {
        long realNanos = Duration.between(anchor, Instant.now()).toNanos();
        return EPOCH.plusNanos((long) (realNanos * RATE));
    }

    /** Restarts a service; {@code kill} ends the old process with SIGKILL, mid-work. */
    void restart(ServiceProcess service, boolean kill) {
        stop(service, kill);
        start(service);
    }

    void stop(ServiceProcess service, boolean kill) {
        if (kill) {
            service.kill();
        } else {
            service.stop();
        }
    }

    /** Starts a stopped service again; it continues on the same timeline. */
    void start(ServiceProcess service) {
        service.start(EPOCH, anchor, RATE);
        service.awaitReady(READY_TIMEOUT);
    }

    /**
     * One more process of a service, configured as the suite's but without the variables in {@code without}: for
     * tests of how a service reacts to its configuration. The caller starts and stops it.
     */
    ServiceProcess variant(String name, java.util.Set<String> without) {
        ServiceProcess base = service(root, name, publicKey, Map.of());
        Map<String, String> env = new HashMap<>(base.env());
        env.keySet().removeAll(without);
        return new ServiceProcess(name + "-variant", root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"),
                freePort(), env);
    }

    private ServiceProcess service(Path root, String name, Path publicKey, Map<String, String> extra) {
        return service(root, name, publicKey, freePort(), extra);
    }

    private ServiceProcess service(Path root, String name, Path publicKey, int port, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", infra.reactiveUrl(name));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", TactfulInfra.POSTGRES_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TactfulInfra.POSTGRES_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
        env.put("MP_JWT_VERIFY_ISSUER", DevJwt.ISSUER);
        env.put("TACTFUL_JWT_AUDIENCE", DevJwt.AUDIENCE);
        // The packaged services refuse the shipped development key unless told it is meant (DevKeyTest).
        env.put("TACTFUL_SECURITY_ALLOW_DEV_KEY", "true");
        // One secret per suite run, shared by the notifier (signs opt-out links) and interview-service (checks them).
        env.put("TACTFUL_OPTOUT_SECRET", OPTOUT_SECRET);
        env.putAll(extra);
        Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        return new ServiceProcess(name, jar, port, new HashMap<>(env));
    }

    /** A dev key, copied out of the embedded-infra jar so the services can read it as a file. */
    private static Path keyFile(String resource) {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Path file = Files.createTempFile("tactful-jwt-", ".pem");
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
