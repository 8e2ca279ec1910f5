package dev.tactful.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default backend: the in-process servers of this module on random free ports, with throw-away data. */
final class EmbeddedBackend implements InfraBackend {

    static final class Provider implements InfraBackend.Provider {

        @Override
        public String name() {
            return InfraSelection.EMBEDDED;
        }

        @Override
        public InfraBackend create() {
            return new EmbeddedBackend();
        }
    }

    private final Path kafkaDir;
    private final Path postgresDir;
    private final InfraServers servers;

    private EmbeddedBackend() {
        try {
            kafkaDir = Files.createTempDirectory("tactful-kafka-");
            // Its own directory rather than zonky's throw-away one, so stopPostgres()/startPostgres() keep the data.
            postgresDir = Files.createTempDirectory("tactful-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        servers = new InfraServers(
                new EmbeddedKafka(Ports.free(), Ports.free(), kafkaDir),
                new EmbeddedPg(Ports.free(), postgresDir),
                new EmbeddedMail(Ports.free(), Ports.free()));
    }

    @Override
    public void start() {
        servers.start();
    }

    @Override
    public void stop() {
        servers.stop();
        TactfulInfra.deleteTree(kafkaDir);
        TactfulInfra.deleteTree(postgresDir);
    }

    @Override
    public String describe() {
        return String.format("embedded: Kafka %s, PostgreSQL localhost:%d, SMTP %s:%d, IMAP %s:%d",
                servers.kafka.bootstrap(), servers.postgres.port(), EmbeddedMail.HOST, servers.mail.smtpPort(),
                EmbeddedMail.HOST, servers.mail.imapPort());
    }

    @Override
    public String kafkaBootstrap() {
        return servers.kafka.bootstrap();
    }

    @Override
    public void stopKafka() {
        servers.kafka.stop();
    }

    @Override
    public void startKafka() {
        servers.kafka.start();
    }

    @Override
    public boolean isKafkaRunning() {
        return servers.kafka.isRunning();
    }

    @Override
    public int postgresPort() {
        return servers.postgres.port();
    }

    @Override
    public void stopPostgres() {
        servers.postgres.stop();
    }

    @Override
    public void startPostgres() {
        servers.postgres.start();
    }

    @Override
    public boolean isPostgresRunning() {
        return servers.postgres.isRunning();
    }

    @Override
    public boolean ensureDatabase(String name) {
        return servers.postgres.ensureDatabase(name);
    }

    @Override
    public int smtpPort() {
        return servers.mail.smtpPort();
    }

    @Override
    public int imapPort() {
        return servers.mail.imapPort();
    }

    @Override
    public void stopMail() {
        servers.mail.stop();
    }

    @Override
    public void startMail() {
        servers.mail.start();
    }

    @Override
    public boolean isMailRunning() {
        return servers.mail.isRunning();
    }

    @Override
    public byte[][] receivedMessages() {
        return servers.mail.receivedMessages();
    }

    @Override
    public void purgeMail() {
        servers.mail.purge();
    }

    @Override
    public Object greenMail() {
        return servers.mail.greenMail();
    }
}
