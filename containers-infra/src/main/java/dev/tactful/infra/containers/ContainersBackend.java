package dev.tactful.infra.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tactful.infra.InfraBackend;
import dev.tactful.infra.Ports;
import dev.tactful.infra.TactfulInfra;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Kafka ({@code apache/kafka}), PostgreSQL ({@code postgres}) and GreenMail ({@code greenmail/standalone}) in Docker,
 * keeping {@link InfraBackend}'s contract the way the embedded servers do:
 * <ul>
 * <li>Kafka, PostgreSQL and the mail server get fixed host ports (free ones picked once), because a stop/start must
 * keep their addresses: the applications under test were configured with them. Stop/start is Docker's stop/start of
 * the same container (Testcontainers' own {@code stop()} removes it), so Kafka keeps its log, topics and offsets and
 * PostgreSQL its databases.</li>
 * </ul>
 * Images match what docker-compose.yml and deploy/ run, and the embedded versions where those differ.
 */
final class ContainersBackend implements InfraBackend {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");
    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:16-alpine");
    static final DockerImageName MAIL_IMAGE = DockerImageName.parse("greenmail/standalone:2.1.13");

    static final int KAFKA_PORT = 9092;
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;
    static final int MAIL_API_PORT = 8080;

    private static final Logger LOG = Logger.getLogger(ContainersBackend.class);
    private static final Duration RESTART_PATIENCE = Duration.ofSeconds(90);
    private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final int kafkaHostPort = Ports.free();
    private final int postgresHostPort = Ports.free();
    private final int smtpHostPort = Ports.free();
    private final int imapHostPort = Ports.free();
    private final int mailApiHostPort = Ports.free();

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgres;
    private final GenericContainer<?> mail;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    private boolean kafkaRunning;
    private boolean mailRunning;
    private boolean postgresRunning;

    ContainersBackend() {
        kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv(Map.of(
                        "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true",
                        // As EmbeddedKafka: after a restart the controller refuses the broker's new registration
                        // until the old session expires (9 s by default); a short session makes restarts quick.
                        "KAFKA_BROKER_SESSION_TIMEOUT_MS", "1500",
                        "KAFKA_BROKER_HEARTBEAT_INTERVAL_MS", "300"));
        // Same host port before and after a restart; the advertised listener is computed from it.
        kafka.setPortBindings(List.of(kafkaHostPort + ":" + KAFKA_PORT));

        postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("postgres")
                .withUsername(TactfulInfra.POSTGRES_USER)
                .withPassword(TactfulInfra.POSTGRES_PASSWORD)
                // As EmbeddedPg: several Quarkus apps and their pools share one server during a test run.
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        postgres.setPortBindings(List.of(postgresHostPort + ":" + PostgreSQLContainer.POSTGRESQL_PORT));

        mail = new GenericContainer<>(MAIL_IMAGE)
                .withEnv("GREENMAIL_OPTS", String.join(" ",
                        "-Dgreenmail.setup.test.smtp", "-Dgreenmail.setup.test.imap",
                        "-Dgreenmail.hostname=0.0.0.0",
                        // As EmbeddedMail: any recipient is accepted and any user name reads that address's mailbox.
                        "-Dgreenmail.auth.disabled",
                        // The REST API lists the mailboxes and purges them; GreenMail has no IMAP command for either.
                        "-Dgreenmail.api.hostname=0.0.0.0", "-Dgreenmail.api.port=" + MAIL_API_PORT))
                .withExposedPorts(SMTP_PORT, IMAP_PORT, MAIL_API_PORT)
                .waitingFor(Wait.forHttp("/api/service/readiness").forPort(MAIL_API_PORT).forStatusCode(200));
        mail.setPortBindings(List.of(smtpHostPort + ":" + SMTP_PORT, imapHostPort + ":" + IMAP_PORT,
                mailApiHostPort + ":" + MAIL_API_PORT));
    }

    @Override
    public void start() {
        List<CompletableFuture<Void>> starting = List.of(
                CompletableFuture.runAsync(() -> {
                    kafka.start();
                    setKafkaRunning(true);
                }),
                CompletableFuture.runAsync(() -> {
                    postgres.start();
                    TactfulInfra.DATABASES.forEach(this::ensureDatabase);
                    setPostgresRunning(true);
                }),
                CompletableFuture.runAsync(() -> {
                    mail.start();
                    setMailRunning(true);
                }));
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stop();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

    @Override
    public void stop() {
        // Testcontainers' stop() removes the container (and Ryuk would remove it anyway once this JVM exits).
        CompletableFuture.allOf(
                CompletableFuture.runAsync(kafka::stop),
                CompletableFuture.runAsync(postgres::stop),
                CompletableFuture.runAsync(mail::stop))
                .exceptionally(e -> null)
                .join();
    }

    @Override
    public String describe() {
        return String.format("containers: Kafka %s (%s), PostgreSQL localhost:%d (%s), SMTP %s:%d, IMAP %s:%d (%s)",
                kafkaBootstrap(), KAFKA_IMAGE, postgresPort(), POSTGRES_IMAGE, TactfulInfra.MAIL_HOST, smtpHostPort,
                TactfulInfra.MAIL_HOST, imapHostPort, MAIL_IMAGE);
    }

    // ---- Kafka

    @Override
    public String kafkaBootstrap() {
        return "localhost:" + kafkaHostPort;
    }

    @Override
    public synchronized void stopKafka() {
        if (!kafkaRunning) {
            return;
        }
        dockerStop(kafka);
        kafkaRunning = false;
    }

    @Override
    public synchronized void startKafka() {
        if (kafkaRunning) {
            return;
        }
        dockerStart(kafka);
        awaitUp("Kafka at " + kafkaBootstrap(), this::kafkaAnswers);
        kafkaRunning = true;
    }

    @Override
    public synchronized boolean isKafkaRunning() {
        return kafkaRunning;
    }

    private synchronized void setKafkaRunning(boolean running) {
        kafkaRunning = running;
    }

    private boolean kafkaAnswers() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            // Listing topics needs a broker that has rejoined the cluster, not just an open port.
            admin.listTopics().names().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- PostgreSQL

    @Override
    public int postgresPort() {
        return postgresHostPort;
    }

    @Override
    public synchronized void stopPostgres() {
        if (!postgresRunning) {
            return;
        }
        dockerStop(postgres);
        postgresRunning = false;
    }

    @Override
    public synchronized void startPostgres() {
        if (postgresRunning) {
            return;
        }
        dockerStart(postgres);
        awaitUp("PostgreSQL at localhost:" + postgresHostPort, this::postgresAnswers);
        postgresRunning = true;
    }

    @Override
    public synchronized boolean isPostgresRunning() {
        return postgresRunning;
    }

    private synchronized void setPostgresRunning(boolean running) {
        postgresRunning = running;
    }

    private boolean postgresAnswers() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresHostPort + "/postgres",
                TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized boolean ensureDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort() + "/postgres",
                TactfulInfra.POSTGRES_USER, TactfulInfra.POSTGRES_PASSWORD)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                // The name was checked against DB_NAME above, so it is safe to splice into DDL.
                st.execute("CREATE DATABASE " + name);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    // ---- Mail

    @Override
    public int smtpPort() {
        return smtpHostPort;
    }

    @Override
    public int imapPort() {
        return imapHostPort;
    }

    @Override
    public synchronized void stopMail() {
        if (!mailRunning) {
            return;
        }
        dockerStop(mail);
        mailRunning = false;
    }

    @Override
    public synchronized void startMail() {
        if (mailRunning) {
            return;
        }
        dockerStart(mail);
        awaitUp("GreenMail", () -> {
            try {
                return api("GET", "/api/service/readiness").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        mailRunning = true;
    }

    @Override
    public synchronized boolean isMailRunning() {
        return mailRunning;
    }

    private synchronized void setMailRunning(boolean running) {
        mailRunning = running;
    }

    /** Each mailbox GreenMail knows (it creates one per recipient), read over IMAP as the embedded one would list it. */
    @Override
    public synchronized byte[][] receivedMessages() {
        List<byte[]> raw = new ArrayList<>();
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        for (String login : mailboxes()) {
            try (Store store = session.getStore("imap")) {
                store.connect(TactfulInfra.MAIL_HOST, imapHostPort, login, "any-password");
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message m : inbox.getMessages()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        m.writeTo(out);
                        raw.add(out.toByteArray());
                    }
                } finally {
                    inbox.close(false);
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Could not read mailbox " + login + " over IMAP", e);
            }
        }
        return raw.toArray(byte[][]::new);
    }

    @Override
    public synchronized void purgeMail() {
        try {
            HttpResponse<String> response = api("POST", "/api/mail/purge");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GreenMail refused to purge: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not purge the mailboxes", e);
        }
    }

    private List<String> mailboxes() {
        try {
            HttpResponse<String> response = api("GET", "/api/user");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GreenMail did not list its users: " + response.statusCode());
            }
            List<String> logins = new ArrayList<>();
            for (JsonNode user : json.readTree(response.body())) {
                logins.add(user.path("login").asText(user.path("email").asText()));
            }
            return logins;
        } catch (IOException e) {
            throw new IllegalStateException("Could not list the mailboxes", e);
        }
    }

    private HttpResponse<String> api(String method, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + TactfulInfra.MAIL_HOST + ":" + mailApiHostPort + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    // ---- Docker

    private static void dockerStop(GenericContainer<?> container) {
        long started = System.nanoTime();
        DockerClientFactory.instance().client().stopContainerCmd(container.getContainerId()).exec();
        LOG.infof("Container %s stopped in %d ms", container.getDockerImageName(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void dockerStart(GenericContainer<?> container) {
        DockerClientFactory.instance().client().startContainerCmd(container.getContainerId()).exec();
    }

    /** Polls until the server answers: Testcontainers' wait strategies only run on the first start. */
    private static void awaitUp(String what, BooleanSupplier answers) {
        long started = System.nanoTime();
        long deadline = started + RESTART_PATIENCE.toNanos();
        while (!answers.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not come back within " + RESTART_PATIENCE);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
        LOG.infof("%s answers again after %d ms", what, (System.nanoTime() - started) / 1_000_000);
    }
}
