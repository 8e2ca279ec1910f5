package dev.tactful.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import dev.tactful.events.Topics;

/**
 * Runs the suite's infrastructure for a local run: Kafka (KRaft) on 19092, PostgreSQL on 15432 (postgres/postgres,
 * databases interview, planner, notifier, webapp), SMTP on 3025 and IMAP on 3143, with the topics pre-created. Data
 * stays in {@code --data-dir} (default {@code .tactful-data}) across restarts unless {@code --reset} is given.
 * <p>
 * Once everything is up it prints {@value #READY_LINE} and writes {@code <data-dir>/infra.ready}; Ctrl-C stops
 * all servers cleanly and removes that file.
 */
public final class LocalInfra implements AutoCloseable {

    public static final String READY_LINE = "TACTFUL-INFRA READY";
    public static final String READY_FILE = "infra.ready";
    /** Main topics (3 partitions each, keyed by interview id) and their dead-letter topics. */
    public static final List<String> TOPICS = List.of("interview-events", "followups-due", "notification-events", "inbox-events");
    public static final int MAIN_TOPIC_PARTITIONS = 3;

    private final Options options;
    private final InfraServers servers;

    private LocalInfra(Options options, InfraServers servers) {
        this.options = options;
        this.servers = servers;
    }

    /** Ports, data directory and flags of one launch. */
    public record Options(int kafkaPort, int kafkaControllerPort, int postgresPort, int smtpPort, int imapPort,
            Path dataDir, boolean reset, List<String> listMail, boolean help) {

        public static final int DEFAULT_KAFKA_PORT = 19092;
        public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
        public static final int DEFAULT_POSTGRES_PORT = 15432;
        public static final int DEFAULT_SMTP_PORT = 3025;
        public static final int DEFAULT_IMAP_PORT = 3143;

        public static Options defaults() {
            return new Options(DEFAULT_KAFKA_PORT, DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_POSTGRES_PORT,
                    DEFAULT_SMTP_PORT, DEFAULT_IMAP_PORT, Path.of(".tactful-data"), false, List.of(), false);
        }

        public static Options parse(String... args) {
            Options o = defaults();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--reset" -> o = o.with(o.kafkaPort, o.kafkaControllerPort, o.postgresPort, o.smtpPort,
                            o.imapPort, o.dataDir, true, o.listMail, o.help);
                    case "--help", "-h" -> o = o.with(o.kafkaPort, o.kafkaControllerPort, o.postgresPort, o.smtpPort,
                            o.imapPort, o.dataDir, o.reset, o.listMail, true);
                    default -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException("Missing value for " + arg);
                            }
                            value = args[++i];
                        }
                        o = o.set(arg, value);
                    }
                }
            }
            return o;
        }

        private Options set(String flag, String value) {
            return switch (flag) {
                case "--kafka-port" -> with(port(flag, value), kafkaControllerPort, postgresPort, smtpPort, imapPort,
                        dataDir, reset, listMail, help);
                case "--kafka-controller-port" -> with(kafkaPort, port(flag, value), postgresPort, smtpPort, imapPort,
                        dataDir, reset, listMail, help);
                case "--postgres-port" -> with(kafkaPort, kafkaControllerPort, port(flag, value), smtpPort, imapPort,
                        dataDir, reset, listMail, help);
                case "--smtp-port" -> with(kafkaPort, kafkaControllerPort, postgresPort, port(flag, value), imapPort,
                        dataDir, reset, listMail, help);
                case "--imap-port" -> with(kafkaPort, kafkaControllerPort, postgresPort, smtpPort, port(flag, value),
                        dataDir, reset, listMail, help);
                case "--data-dir" -> with(kafkaPort, kafkaControllerPort, postgresPort, smtpPort, imapPort,
                        Path.of(value), reset, listMail, help);
                case "--list-mail" -> with(kafkaPort, kafkaControllerPort, postgresPort, smtpPort, imapPort, dataDir,
                        reset, Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                        help);
                default -> throw new IllegalArgumentException("Unknown option " + flag + "\n" + USAGE);
            };
        }

        private Options with(int kafka, int controller, int pg, int smtp, int imap, Path dir, boolean reset,
                List<String> listMail, boolean help) {
            return new Options(kafka, controller, pg, smtp, imap, dir, reset, listMail, help);
        }

        private static int port(String flag, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a port number (1-65535), got '" + value + "'");
            }
        }
    }

    static final String USAGE = """
            Usage: LocalInfra [options]
              --kafka-port N             Kafka bootstrap port (default 19092)
              --kafka-controller-port N  KRaft controller port (default 19093)
              --postgres-port N          PostgreSQL port (default 15432), user/password postgres/postgres
              --smtp-port N              GreenMail SMTP port (default 3025)
              --imap-port N              GreenMail IMAP port (default 3143)
              --data-dir DIR             where Kafka and PostgreSQL keep data (default .tactful-data)
              --reset                    wipe the data dir before starting
              --list-mail ADDR[,ADDR]    print From/To/Subject of mail received by these addresses, then exit
              --help                     this text
            """;

    /** Starts the servers, databases and topics, then writes the ready file. */
    public static LocalInfra start(Options options) {
        Path dataDir = options.dataDir().toAbsolutePath().normalize();
        if (options.reset()) {
            TactfulInfra.deleteTree(dataDir);
        }
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(dataDir.resolve(READY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InfraServers servers = new InfraServers(
                new EmbeddedKafka(options.kafkaPort(), options.kafkaControllerPort(), dataDir.resolve("kafka")),
                new EmbeddedPg(options.postgresPort(), dataDir.resolve("postgres")),
                new EmbeddedMail(options.smtpPort(), options.imapPort()));
        servers.start();
        LocalInfra infra = new LocalInfra(new Options(options.kafkaPort(), options.kafkaControllerPort(),
                options.postgresPort(), options.smtpPort(), options.imapPort(), dataDir, options.reset(),
                options.listMail(), options.help()), servers);
        try {
            infra.createTopics();
            Files.writeString(infra.readyFile(), infra.addresses(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            infra.close();
            throw e instanceof RuntimeException re ? re : new UncheckedIOException((IOException) e);
        }
        return infra;
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : TOPICS) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, MAIN_TOPIC_PARTITIONS, (short) 1).configs(Topics.retentionConfig()));
                }
                if (!existing.contains(topic + "-dlq")) {
                    missing.add(new NewTopic(topic + "-dlq", 1, (short) 1).configs(Topics.retentionConfig()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the topics", e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(readyFile());
        } catch (IOException e) {
            // The servers still have to stop; a stale ready file is the lesser problem.
        }
        servers.stop();
    }

    public String kafkaBootstrap() {
        return servers.kafka.bootstrap();
    }

    public String jdbcUrl(String database) {
        return servers.postgres.jdbcUrl(database);
    }

    public Path dataDir() {
        return options.dataDir();
    }

    public Path readyFile() {
        return options.dataDir().resolve(READY_FILE);
    }

    String addresses() {
        return String.join(System.lineSeparator(),
                "kafka.bootstrap.servers=" + kafkaBootstrap(),
                "postgres.jdbc=" + servers.postgres.jdbcUrl("<db>") + " (user/password postgres/postgres; databases "
                        + String.join(", ", InfraServers.DATABASES) + ")",
                "postgres.reactive=" + servers.postgres.reactiveUrl("<db>"),
                "smtp=" + EmbeddedMail.HOST + ":" + servers.mail.smtpPort(),
                "imap=" + EmbeddedMail.HOST + ":" + servers.mail.imapPort(),
                "") ;
    }

    private String banner(long startedMillis) {
        String token = DevJwt.token("demo-candidate", Duration.ofHours(12));
        String line = "=".repeat(78);
        return String.join(System.lineSeparator(),
                line,
                " Tactful local infrastructure is up (" + startedMillis + " ms)",
                line,
                " Kafka (KRaft " + EmbeddedKafka.version() + ")  " + kafkaBootstrap(),
                "   topics: " + String.join(", ", TOPICS) + " (" + MAIN_TOPIC_PARTITIONS
                        + " partitions) + <topic>-dlq",
                " PostgreSQL                " + "localhost:" + servers.postgres.port()
                        + "  user/password postgres/postgres",
                "   databases: " + String.join(", ", InfraServers.DATABASES) + "   e.g. "
                        + servers.postgres.jdbcUrl("interview"),
                " SMTP (GreenMail)          " + EmbeddedMail.HOST + ":" + servers.mail.smtpPort()
                        + "  any sender/recipient, no auth",
                " IMAP (GreenMail)          " + EmbeddedMail.HOST + ":" + servers.mail.imapPort()
                        + "  log in as the recipient address, any password",
                " Data directory            " + options.dataDir() + "  (--reset wipes it)",
                "",
                " Dev JWT for candidate 'demo-candidate' (12 h; mint others with dev.tactful.infra.DevJwt):",
                "   Authorization: Bearer " + token,
                " Read received mail:  java -jar embedded-infra/target/tactful-embedded-infra-*.jar"
                        + " --list-mail <address>",
                " Stop with Ctrl-C.",
                line);
    }

    public static void main(String[] args) throws InterruptedException {
        // Before anything touches java.util.logging, so Kafka's and our logs go through JBoss LogManager.
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        if (!options.listMail().isEmpty()) {
            MailPeek.print(EmbeddedMail.HOST, options.imapPort(), options.listMail());
            return;
        }
        ConsoleLogging.install();
        long begin = System.nanoTime();
        LocalInfra infra = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Tactful local infrastructure...");
            infra.close();
            System.out.println("Stopped; data kept in " + infra.dataDir());
            stopped.countDown();
        }, "tactful-local-infra-stop"));
        System.out.println(infra.banner((System.nanoTime() - begin) / 1_000_000));
        System.out.println(READY_LINE);
        System.out.flush();
        stopped.await();
    }
}
